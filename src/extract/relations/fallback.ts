// The low-confidence reading of last resort: a sentence holding a relation trigger and names that fit
// its type, where the frames found no pair between those names, still relates the nearest fitting
// name before the trigger to the nearest fitting one after it: rule "same-sentence" within a few words
// and the trigger's clause, then, when that finds nothing, rule "same-sentence-wide" farther (within the
// clause or the sentence). Each tier is switched and reaches as far as data/relations.yaml `fallback:`
// says; each rule's confidence is calibrated on the tune set, so the app can filter the guesses out.
import type { Trigger } from "../knowledge";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import { clauseAround } from "./clause";
import { readCues } from "./cues";
import { clearGap, complementEnds, stateAsWord } from "./fallback-guards";
import { emit, idsOf } from "./emit";
import type { SentenceContext } from "./sentence";

export const FALLBACK_RULE = "same-sentence";
export const WIDE_RULE = "same-sentence-wide";

/** One tier's reach: most words between the trigger and either end, and the span the ends must stand in. */
interface Reach {
  maxWords: number;
  span: "clause" | "sentence";
  rule: string;
  /** The wide tier's ends stand past words the narrow one never crosses: a verb, another trigger, a noun complement, a currency prefix. */
  strict: boolean;
}

export const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Pairs of entities the sentence already relates, by any fact or contract mention, in either direction. */
export function relatedPairs(ctx: SentenceContext): Set<string> {
  const { run, s } = ctx;
  const pairs = new Set<string>();
  const add = (a: string, b: string) => pairs.add(pairKey(a, b)).add(pairKey(b, a));
  for (let i = run.facts.length - 1; i >= 0 && run.facts[i]!.start >= s.start; i--) {
    const f = run.facts[i]!;
    if (f.start === s.start) add(f.source, f.target);
  }
  for (let i = run.contracts.length - 1; i >= 0 && run.contracts[i]!.start >= s.start; i--) {
    const c = run.contracts[i]!;
    if (c.start !== s.start) continue;
    for (const a of c.parties) for (const b of c.parties) if (a !== b) add(a, b);
  }
  return pairs;
}

/** For each trigger the frames left without a pair (`read` holds the start of those they read), relates its nearest fitting names on either side. */
export function fallbackFacts(ctx: SentenceContext, read: ReadonlySet<number>): void {
  if (ctx.triggers.length === 0 || ctx.candidates.length < 2) return;
  const { sameSentence, wide } = ctx.run.k.fallback[ctx.run.a.lang];
  if (!sameSentence.enabled && !wide.enabled) return;
  const related = relatedPairs(ctx);
  const frames = ctx.frames.length;
  for (const t of ctx.triggers) {
    if (read.has(t.start)) continue;
    const done =
      sameSentence.enabled && fallbackForTrigger(ctx, t, related, { maxWords: sameSentence.maxWords, span: "clause", rule: FALLBACK_RULE, strict: false });
    if (!done && wide.enabled) fallbackForTrigger(ctx, t, related, { maxWords: wide.maxWords, span: wide.scope, rule: WIDE_RULE, strict: true });
  }
  // A guess is no frame: the next sentence carries nothing over from it.
  ctx.frames.length = frames;
}

/**
 * Whether a candidate may stand as an end: a named list or an anaphor (never an unnamed class), never a
 * reporting source or an attribution's side, never a place phrase, a name outside the trigger's clause,
 * one shut in a clause the trigger is outside of (or outside a clause the trigger is shut in: "X (which
 * Y criticised) supplies Z" relates Y to no Z), or a modifier of the next name.
 */
function usableEnd(ctx: SentenceContext, t: PatternMatch<Trigger>, clause: { start: number; end: number }): (c: Candidate) => boolean {
  const scope = ctx.scope;
  return (c) =>
    guardedEnd(ctx, c) &&
    c.first >= clause.start &&
    c.last < clause.end &&
    (!scope || (scope.reaches(c, t) && scope.reachesItem(t.start, { start: c.first, end: c.last + 1 })));
}

/** The guards every fallback tier keeps: no unnamed class, possessive, reporting source or attribution side, place phrase or modifier. */
export function guardedEnd(ctx: SentenceContext, c: Candidate): boolean {
  return c.kind !== "class" && !c.possessive && !c.attributed && !c.locative && !ctx.scope?.modifier(c);
}

/** Relates the trigger's nearest fitting ends within the reach; whether it emitted (or found the pair already related). */
function fallbackForTrigger(ctx: SentenceContext, t: PatternMatch<Trigger>, related: Set<string>, reach: Reach): boolean {
  const { run, items, candidates } = ctx;
  ctx.inferred = new Map();
  const type = t.value.type;
  const passive = t.value.dir === "passive";
  const before = passive ? "target" : "source";
  const after = passive ? "source" : "target";
  const fits = (c: Candidate, side: "source" | "target") => run.allowed(type, side, idsOf(ctx, c, []));
  const clause = clauseAround(items, t);
  const span = reach.span === "clause" ? clause : { start: 0, end: items.length };
  const inSpan = usableEnd(ctx, t, span);
  const usable = reach.strict ? (c: Candidate) => inSpan(c) && !stateAsWord(ctx, c) : inSpan;
  const left = candidates.findLast((c) => usable(c) && c.last < t.start && t.start - c.last <= reach.maxWords && fits(c, before).length > 0);
  const right = candidates.find((c) => usable(c) && c.first >= t.end && c.first - t.end <= reach.maxWords && fits(c, after).length > 0);
  if (!left || !right) return false;
  if (reach.strict && !(clearGap(ctx, t, left.last + 1, t.start) && clearGap(ctx, t, t.end, right.first) && !complementEnds(ctx, t, left, right))) return false;
  const leftIds = fits(left, before);
  const rightIds = fits(right, after);
  // Any pair already read between the two ends means the frames spoke about them: no guess, and no wider one.
  if (leftIds.some((a) => rightIds.some((b) => a === b || related.has(pairKey(a, b))))) return true;
  const reading = readCues(run.k, run.a.lang, items, ctx.cues, t, clause);
  if (reading.negated) return true;
  const triggerText = run.a.text.slice(items[t.start]!.start, items[t.end - 1]!.end);
  const [sources, targets] = passive ? [rightIds, leftIds] : [leftIds, rightIds];
  emit(ctx, type, sources, targets, { status: reading.status, modality: reading.modality }, triggerText, reach.rule);
  for (const a of sources) for (const b of targets) related.add(pairKey(a, b)).add(pairKey(b, a));
  return true;
}
