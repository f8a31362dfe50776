// A tiny phrase-pattern language over token sequences (see data/relations.yaml for the syntax):
// words, prefixes ("fourni*"), alternatives ("a|b"), bounded gaps ("~3"), a word's part of speech
// ("livre:VERB"), the frame's object ("@6"), a verb's object before its slot word ("%5") and a gap that may cross names ("^3"). Matching is bounded by the pattern's length and gap
// sizes, never by the text, so it stays linear.
import { fold } from "./fold";
import { tokenize } from "./tokens";

interface Word {
  word: string;
  prefix: boolean;
  /** The part of speech the word must have there ("livre:VERB" is not the book): asked of the sentence's tagger. */
  pos?: string;
}
/**
 * "object": up to `max` items holding at least one name, which a gap may not cross; the match ends
 * before them, so that the name is the trigger's right argument while the words after it confirm the
 * frame ("added @6 to ~3 entity list").
 * "span": up to `max` items that may hold names: the object a verb takes before the slot word that opens its
 * target ("achetait des terminaux Starlink à X", "a acheté le logiciel Pegasus auprès de X"); the name after the
 * slot word stays the right argument.
 */
type Element =
  | { kind: "alt"; options: Word[][] }
  | { kind: "gap"; max: number }
  | { kind: "object"; max: number }
  | { kind: "span"; max: number }
  | { kind: "cross"; max: number };

/**
 * "^N": up to N items that may include names, for words that qualify a noun the pattern names ("to a US
 * trade blacklist", "on the Commerce Department's entity list"): the name there owns the noun, it is no argument.
 */
const GAP_KINDS = { "~": "gap", "@": "object", "%": "span", "^": "cross" } as const;

export interface CompiledPattern<T> {
  elements: Element[];
  value: T;
  /** Number of literal words: longer patterns win when matches overlap. */
  weight: number;
}

/** What a pattern matches against: a folded word, or null for an item that never matches (an entity). */
export interface MatchItem {
  norm: string | null;
  /** A gap may not run over this item (clause breaks, sentence punctuation). */
  blocksGap?: boolean;
}

/** The part of speech of item i, when a tagger is at hand: asked only for words a pattern constrains. */
export type PosAt = (i: number) => string | undefined;

export interface PatternMatch<T> {
  value: T;
  start: number;
  end: number;
  weight: number;
}

/** "d'", "l'", "qu'" written alone: the tokenizer attaches an elision to the word after it, so alone it is one token. */
const LONE_ELISION = /^(\p{L}{1,7})['’]$/u;
const POS_SUFFIX = /^(.+):([A-Z]{3,5})$/;

function compileWord(written: string): Word[] {
  const tagged = POS_SUFFIX.exec(written);
  if (tagged) return compileWord(tagged[1]!).map((w) => ({ ...w, pos: tagged[2]! }));
  const raw = written;
  const prefix = raw.endsWith("*") && raw.length > 1;
  const body = prefix ? raw.slice(0, -1) : raw;
  const elided = LONE_ELISION.exec(body);
  if (elided) return [{ word: `${fold(elided[1]!)}'`, prefix }];
  const toks = tokenize(body).map((t) => t.norm);
  if (toks.length === 0) return [{ word: fold(body), prefix }];
  return toks.map((w, i) => ({ word: w, prefix: prefix && i === toks.length - 1 }));
}

export function compilePattern<T>(pattern: string, value: T): CompiledPattern<T> {
  const elements: Element[] = [];
  let weight = 0;
  for (const part of pattern.trim().split(/\s+/)) {
    const gap = /^([~@%^])(\d+)$/.exec(part);
    if (gap) {
      elements.push({ kind: GAP_KINDS[gap[1] as keyof typeof GAP_KINDS], max: Number(gap[2]) });
      continue;
    }
    const options = part.split("|").filter(Boolean).map(compileWord);
    weight += Math.min(...options.map((o) => o.length));
    elements.push({ kind: "alt", options });
  }
  if (elements[0]?.kind !== "alt") throw new Error(`pattern '${pattern}' must begin with a word`);
  return { elements, value, weight };
}

export function compilePatterns<T>(specs: readonly { pattern: string; value: T }[]): CompiledPattern<T>[] {
  return specs.map((s) => compilePattern(s.pattern, s.value));
}

const wordMatches = (w: Word, norm: string | null) => norm !== null && (w.prefix ? norm.startsWith(w.word) : norm === w.word);
/** Without a tagger a constrained word matches on its form alone. */
const posMatches = (w: Word, i: number, posAt: PosAt | undefined) => w.pos === undefined || posAt === undefined || posAt(i) === w.pos;

/** Where the match ends (-1: none); `cut` receives where an object element began, the reported end. */
interface Cursor {
  items: readonly MatchItem[];
  posAt: PosAt | undefined;
  cut: number;
}

function matchFrom<T>(p: CompiledPattern<T>, c: Cursor, el: number, pos: number): number {
  if (el === p.elements.length) return pos;
  const e = p.elements[el]!;
  const { items } = c;
  if (e.kind !== "alt") {
    let names = 0;
    for (let skip = 0; skip <= e.max && pos + skip <= items.length; skip++) {
      if (skip > 0) {
        const skipped = items[pos + skip - 1]!;
        if (skipped.blocksGap || (skipped.norm === null && e.kind === "gap")) break;
        if (skipped.norm === null) names++;
      }
      if (e.kind === "object" && names === 0) continue;
      // An elision belongs to the word after it: the "à" of "jusqu'à" opens no slot.
      if (e.kind === "span" && skip > 0 && items[pos + skip - 1]!.norm?.endsWith("'")) continue;
      const end = matchFrom(p, c, el + 1, pos + skip);
      if (end >= 0) {
        if (e.kind === "object") c.cut = pos;
        return end;
      }
    }
    return -1;
  }
  for (const option of e.options) {
    if (pos + option.length > items.length) continue;
    if (option.every((w, k) => wordMatches(w, items[pos + k]!.norm) && posMatches(w, pos + k, c.posAt))) {
      const end = matchFrom(p, c, el + 1, pos + option.length);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** The reported end of p's match at i: before its object, if it has one; -1 when p does not match. */
function matchEnd<T>(p: CompiledPattern<T>, items: readonly MatchItem[], i: number, posAt: PosAt | undefined): number {
  const cursor: Cursor = { items, posAt, cut: -1 };
  const end = matchFrom(p, cursor, 0, i);
  return end < 0 ? -1 : cursor.cut >= 0 ? cursor.cut : end;
}

/** Indexes patterns by their possible first words so each position tries only a few. */
export class PatternIndex<T> {
  private readonly exact = new Map<string, CompiledPattern<T>[]>();
  private readonly byPrefix = new Map<string, CompiledPattern<T>[]>();
  private readonly shortPrefix: CompiledPattern<T>[] = [];
  private readonly cache = new Map<string, CompiledPattern<T>[]>();

  constructor(patterns: readonly CompiledPattern<T>[]) {
    for (const p of patterns) {
      const first = p.elements[0] as Extract<Element, { kind: "alt" }>;
      const seen = new Set<string>();
      for (const option of first.options) {
        const w = option[0]!;
        const key = (w.prefix ? "*" : "=") + (w.prefix ? w.word.slice(0, 3) : w.word);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!w.prefix) push(this.exact, w.word, p);
        else if (w.word.length >= 3) push(this.byPrefix, w.word.slice(0, 3), p);
        else this.shortPrefix.push(p);
      }
    }
  }

  /** The patterns that may start with this word (exact first words, 3-letter prefixes, short prefixes), cached per word. */
  private candidates(norm: string): readonly CompiledPattern<T>[] {
    // Most words start no pattern: two lookups say so without touching the cache.
    if (this.shortPrefix.length === 0 && !this.exact.has(norm) && !this.byPrefix.has(norm.slice(0, 3))) return NONE;
    let list = this.cache.get(norm);
    if (list) return list;
    const found = new Set<CompiledPattern<T>>([...(this.exact.get(norm) ?? []), ...(this.byPrefix.get(norm.slice(0, 3)) ?? []), ...this.shortPrefix]);
    list = [...found].filter((p) => firstWordMayMatch(p, norm));
    // Bounded, so that a hostile text of unique words cannot grow it without end.
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(norm, list);
    return list;
  }

  /** All matches at every position; overlapping ones resolved longest-first, then leftmost. */
  findAll(items: readonly MatchItem[], posAt?: PosAt): PatternMatch<T>[] {
    const all: PatternMatch<T>[] = [];
    for (let i = 0; i < items.length; i++) {
      const norm = items[i]!.norm;
      if (norm === null) continue;
      for (const p of this.candidates(norm)) {
        const end = matchEnd(p, items, i, posAt);
        if (end > i) all.push({ value: p.value, start: i, end, weight: p.weight });
      }
    }
    all.sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(items.length);
    const kept: PatternMatch<T>[] = [];
    for (const m of all) {
      let free = true;
      for (let k = m.start; k < m.end && free; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = m.start; k < m.end; k++) taken[k] = 1;
      kept.push(m);
    }
    return kept.sort((a, b) => a.start - b.start);
  }

  /** Does any pattern match starting exactly at position i? Returns the longest end, or -1. */
  matchAt(items: readonly MatchItem[], i: number, posAt?: PosAt): PatternMatch<T> | undefined {
    const norm = items[i]?.norm;
    if (norm === null || norm === undefined) return undefined;
    let best: PatternMatch<T> | undefined;
    for (const p of this.candidates(norm)) {
      const end = matchEnd(p, items, i, posAt);
      if (end > i && (!best || end > best.end)) best = { value: p.value, start: i, end, weight: p.weight };
    }
    return best;
  }
}

const NONE: readonly never[] = [];

function firstWordMayMatch<T>(p: CompiledPattern<T>, norm: string): boolean {
  const first = p.elements[0] as Extract<Element, { kind: "alt" }>;
  return first.options.some((o) => wordMatches(o[0]!, norm));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
