// Verb groups and nominal groups inside one clause. Every walk is bounded by the clause and by a
// small window, so that the analysis stays linear in the sentence.
import type { ClauseLists } from "./clause-lists";
import type { Segment } from "./clause-segment";
import type { Span, TaggedToken, VerbGroup } from "./types";
import { work } from "./work";

export interface Ctx {
  text: string;
  tokens: TaggedToken[];
  /** Each token's lower-case text with plain apostrophes. */
  keys: string[];
  owner: Int32Array;
  segments: Segment[];
  /** Each clause's own tokens (not those of clauses embedded in it), in order. */
  own: number[][];
  lists: ClauseLists;
}

/** Longest distance a nominal group or a skipped apposition may span, in tokens. */
const WINDOW = 24;

const isVerb = (t: TaggedToken | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX");
const NOMINAL = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "SYM"]);
const HEADS = new Set(["NOUN", "PROPN", "PRON", "NUM"]);

/** Whether token i lies in clause seg or in a clause embedded in it (clauses nest as intervals). */
function inside(ctx: Ctx, i: number, seg: number): boolean {
  const s = ctx.segments[seg];
  return !!s && i >= s.first && i <= s.last;
}

function inGroup(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (NOMINAL.has(t.pos) || t.pos === "PART") return t.pos !== "PART" || t.lemma !== "to";
  if (t.pos === "ADP") return ctx.lists.npInner.has(t.lemma);
  if (t.pos === "CCONJ") return true;
  // "Canada-based": a word glued to a hyphen belongs to the name it qualifies.
  const prev = ctx.tokens[i - 1];
  if (prev?.text === "-" && prev.end === t.start) return true;
  // Hyphens and apostrophes inside names ("Canada-based", "Kyé- Ossi") stay in the group.
  return t.pos === "PUNCT" && (t.text === "-" || t.text === "'" || t.text === "’");
}

/** The group's head: the last noun of its first chunk (before "of"/"de" or a conjunction). */
function headOf(ctx: Ctx, first: number, last: number): number {
  let head = -1;
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i] as TaggedToken;
    if ((t.pos === "ADP" || t.pos === "CCONJ") && head >= 0) break;
    if (HEADS.has(t.pos)) head = i;
  }
  return head >= 0 ? head : last;
}

function trim(ctx: Ctx, first: number, last: number): Span | undefined {
  // A group neither starts nor ends with a preposition, conjunction or punctuation.
  while (first <= last && !NOMINAL.has(ctx.tokens[first]?.pos ?? "X")) first++;
  while (last >= first && !HEADS.has(ctx.tokens[last]?.pos ?? "X") && ctx.tokens[last]?.pos !== "ADJ") last--;
  if (first > last) return undefined;
  const a = ctx.tokens[first] as TaggedToken;
  const b = ctx.tokens[last] as TaggedToken;
  return { start: a.start, end: b.end, head: headOf(ctx, first, last) };
}

/** The nominal group that starts at token `from` (skipping adverbs), inside clause `seg`. */
export function groupRight(ctx: Ctx, from: number, seg: number): Span | undefined {
  let i = from;
  while (ctx.tokens[i]?.pos === "ADV" && inside(ctx, i, seg) && i - from < WINDOW) i++;
  const first = i;
  while (i < ctx.tokens.length && i - first < WINDOW && inside(ctx, i, seg) && ctx.owner[i] === ctx.owner[first] && inGroup(ctx, i)) {
    const t = ctx.tokens[i] as TaggedToken;
    work.steps++;
    const afterNoun = i > first && (ctx.tokens[i - 1]?.pos === "NOUN" || ctx.tokens[i - 1]?.pos === "PROPN");
    if (afterNoun && (t.pos === "DET" || (!ctx.lists.adjectiveAfterNoun && (t.pos === "ADJ" || t.pos === "NUM")))) break;
    i++;
  }
  return i > first ? trim(ctx, first, i - 1) : undefined;
}

/**
 * The nominal group that ends before token `from`, inside clause `seg` (limit `bound`), past
 * embedded clauses, an apposition between commas and a prepositional phrase ("X on Wednesday added").
 */
export function groupLeft(ctx: Ctx, from: number, seg: number, bound: number, allowPP = 2): Span | undefined {
  let i = from - 1;
  const stop = Math.max(bound, from - 4 * WINDOW);
  let last = -1;
  let skippedPP = 0;
  let skippedChild = false;
  while (i >= stop) {
    const t = ctx.tokens[i] as TaggedToken;
    work.steps++;
    if (!inside(ctx, i, seg)) break;
    if (ctx.owner[i] !== seg) {
      i--; // an embedded clause (relative, parenthesis, aside)
      skippedChild = last < 0;
      continue;
    }
    if (last < 0 && t.pos === "ADV") {
      i--;
      continue;
    }
    if (last < 0 && ((t.text === "," && (skippedChild || ctx.owner[i - 1] !== seg)) || (t.pos === "PRON" && ctx.lists.objectClitics.has(t.lemma)))) {
      i--; // the comma that closes an embedded clause, or an object clitic before the verb
      continue;
    }
    if (last < 0 && t.text === ",") {
      // An apposition ", a networking company," between the group and the verb.
      let k = i - 1;
      while (k >= stop && k > i - WINDOW && ctx.tokens[k]?.text !== "," && inGroup(ctx, k)) k--;
      if (ctx.tokens[k]?.text === "," && k < i - 1 && inside(ctx, k, seg)) {
        i = k - 1;
        continue;
      }
      break;
    }
    // "une offre" after "mis en place": a determiner after a noun starts another group.
    if (last >= 0 && (t.pos === "NOUN" || t.pos === "PROPN") && ctx.tokens[i + 1]?.pos === "DET") break;
    if (inGroup(ctx, i)) {
      if (last < 0) last = i;
      i--;
      continue;
    }
    if (t.pos === "ADP" && last >= 0 && skippedPP < allowPP) {
      // What we collected was a prepositional phrase between subject and verb.
      skippedPP++;
      last = -1;
      i--;
      continue;
    }
    break;
  }
  return last >= 0 ? trim(ctx, i + 1, last) : undefined;
}

/** Verb groups among the clause's own tokens, in order. */
export function verbGroups(ctx: Ctx, seg: number): VerbGroup[] {
  const own = ctx.own[seg] ?? [];
  const groups: VerbGroup[] = [];
  for (let k = 0; k < own.length; k++) {
    const i = own[k] as number;
    work.steps++;
    if (!isVerb(ctx.tokens[i])) continue;
    let last = k;
    // Auxiliaries, adverbs, particles and clitics before a further verb stay in the group.
    for (let j = k + 1; j < own.length && (own[j] as number) === (own[j - 1] as number) + 1; j++) {
      work.steps++;
      const t = ctx.tokens[own[j] as number] as TaggedToken;
      if (isVerb(t)) last = j;
      else if (!(t.pos === "ADV" || t.pos === "PART" || (t.pos === "PRON" && t.end - t.start <= 3 && isVerb(ctx.tokens[(own[j] as number) + 1])))) break;
    }
    groups.push(describe(ctx, i, own[last] as number));
    k = last;
  }
  return groups;
}

function describe(ctx: Ctx, first: number, last: number): VerbGroup {
  const { tokens, lists } = ctx;
  const main = tokens[last] as TaggedToken;
  let passive = false;
  let reflexive = false;
  for (let k = Math.max(0, first - 2); k <= last; k++) {
    const t = tokens[k] as TaggedToken;
    work.steps++;
    if (k < last && isVerb(t) && lists.passiveAux.has(t.lemma) && main.verbForm === "part") passive = true;
    if (t.pos === "PRON" && lists.reflexive.has(t.lemma)) reflexive = true;
  }
  // A participle standing alone ("linked to…", "contrôlée par…") is passive too.
  if (first === last && main.pos === "VERB" && main.verbForm === "part" && !isVerb(tokens[first - 1])) passive = true;
  if (reflexive || lists.etreVerbs.has(main.lemma)) passive = false;
  let negated = false;
  for (let k = Math.max(0, first - 2); k <= Math.min(tokens.length - 1, last + 1); k++) {
    if (lists.negation.has((tokens[k] as TaggedToken).lemma)) negated = true;
  }
  return { first, last, lemma: main.lemma, voice: passive ? "passive" : "active", negated };
}
