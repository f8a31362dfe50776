// Aho–Corasick multi-pattern search: every occurrence of every pattern in one pass, linear in
// the text plus the matches, so a hostile 1 MB article cannot make matching stall.

export interface Hit {
  start: number;
  end: number;
  pattern: number;
}

export class AhoCorasick {
  /** Transitions by UTF-16 unit: number keys are cheaper than one-character strings. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at this state, and the nearest state on the fail chain that ends one. */
  private readonly out: number[][] = [[]];
  private readonly outLink: number[] = [-1];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, id) => this.add(p, id));
    this.build();
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

  /** All occurrences, as offsets into `text` (UTF-16 units, as patterns are matched). */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    let state = 0;
    for (let c = 0; c < text.length; c++) {
      const ch = text.charCodeAt(c);
      const i = c + 1;
      let to = this.next[state]!.get(ch);
      while (to === undefined && state !== 0) {
        state = this.fail[state]!;
        to = this.next[state]!.get(ch);
      }
      state = to ?? 0;
      for (let s = this.out[state]!.length ? state : this.outLink[state]!; s > 0; s = this.outLink[s]!) {
        for (const id of this.out[s]!) hits.push({ start: i - this.lengths[id]!, end: i, pattern: id });
      }
    }
    return hits;
  }
}
