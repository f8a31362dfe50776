// Aho–Corasick multi-pattern search: every occurrence of every pattern in one pass, linear in
// the text plus the matches, so a hostile 1 MB article cannot make matching stall.

export interface Hit {
  start: number;
  end: number;
  pattern: number;
}

export class AhoCorasick {
  /** Transitions by UTF-16 unit: number keys are cheaper than one-character strings. */
  private next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at this state, and the nearest state on the fail chain that ends one. */
  private readonly out: number[][] = [[]];
  private readonly outLink: number[] = [-1];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, id) => {
      this.add(p, id);
    });
    this.build();
    this.compact();
  }

  private add(pattern: string, id: number): void {
    this.lengths[id] = pattern.length;
    if (pattern.length === 0) return;
    let state = 0;
    for (let c = 0; c < pattern.length; c++) {
      const ch = pattern.charCodeAt(c);
      let to = this.next[state]!.get(ch);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.outLink.push(-1);
        this.next[state]!.set(ch, to);
      }
      state = to;
    }
    this.out[state]!.push(id);
  }

  private build(): void {
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const state = queue[qi]!;
      for (const [ch, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const via = this.next[f]!.get(ch);
        this.fail[to] = via !== undefined && via !== to ? via : 0;
        const fo = this.fail[to]!;
        this.outLink[to] = this.out[fo]!.length ? fo : this.outLink[fo]!;
        queue.push(to);
      }
    }
  }

  // The search runs on a compact copy of the trie: the root's transitions in a dense table (it is
  // visited after almost every failure) and every other state's in one flat, sorted edge list,
  // which is faster to scan than a Map per state and makes no garbage.
  private rootNext = new Int32Array(0);
  private edgeStart = new Int32Array(0);
  private edgeChar = new Uint16Array(0);
  private edgeTo = new Int32Array(0);

  private compact(): void {
    const states = this.next.length;
    this.rootNext = new Int32Array(65536);
    for (const [ch, to] of this.next[0]!) this.rootNext[ch] = to;
    this.edgeStart = new Int32Array(states + 1);
    let edges = 0;
    for (let s = 0; s < states; s++) edges += this.next[s]!.size;
    this.edgeChar = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    let e = 0;
    for (let s = 0; s < states; s++) {
      this.edgeStart[s] = e;
      for (const [ch, to] of [...this.next[s]!].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[e] = ch;
        this.edgeTo[e] = to;
        e++;
      }
    }
    this.edgeStart[states] = e;
    this.next = [];
  }

  /** The state reached from `state` by `ch`, or -1. */
  private step(state: number, ch: number): number {
    if (state === 0) return this.rootNext[ch]! || -1;
    let lo = this.edgeStart[state]!;
    let hi = this.edgeStart[state + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.edgeChar[mid]!;
      if (c === ch) return this.edgeTo[mid]!;
      if (c < ch) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** All occurrences, as offsets into `text` (UTF-16 units, as patterns are matched). */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    const out = this.out;
    const outLink = this.outLink;
    let state = 0;
    for (let c = 0; c < text.length; c++) {
      const ch = text.charCodeAt(c);
      let to = this.step(state, ch);
      while (to < 0 && state !== 0) {
        state = this.fail[state]!;
        to = this.step(state, ch);
      }
      state = Math.max(0, to);
      for (let s = out[state]!.length ? state : outLink[state]!; s > 0; s = outLink[s]!) {
        for (const id of out[s]!) hits.push({ start: c + 1 - this.lengths[id]!, end: c + 1, pattern: id });
      }
    }
    return hits;
  }
}
