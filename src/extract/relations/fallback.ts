// The low-confidence reading of last resort: a sentence holding a relation trigger and names that fit
// its type, where the frames found no pair between those names, still relates the nearest fitting
// name before the trigger to the nearest fitting one after it (rule "same-sentence"; its confidence
// is calibrated on the tune set like every rule's, so the app can filter it out).
import type { Trigger } from "../knowledge";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import { clauseAround } from "./clause";
import { readCues } from "./cues";
import { emit, idsOf } from "./emit";
import type { SentenceContext } from "./sentence";

export const FALLBACK_RULE = "same-sentence";

export interface FallbackOptions {
  /** Most words between the trigger and either end (measured on tune: 5 is the best, see docs/decisions.md). */
  maxWords: number;
}

export const DEFAULT_FALLBACK: FallbackOptions = { maxWords: 5 };

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Pairs of entities the sentence already relates, by any fact or contract mention, in either direction. */
function relatedPairs(ctx: SentenceContext): Set<string> {
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
export function fallbackFacts(ctx: SentenceContext, read: ReadonlySet<number>, options: FallbackOptions = DEFAULT_FALLBACK): void {
  if (ctx.triggers.length === 0 || ctx.candidates.length < 2) return;
  const related = relatedPairs(ctx);
  const frames = ctx.frames.length;
  for (const t of ctx.triggers) if (!read.has(t.start)) fallbackForTrigger(ctx, t, related, options);
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
    c.kind !== "class" &&
    !c.possessive &&
    !c.attributed &&
    !c.locative &&
    c.first >= clause.start &&
    c.last < clause.end &&
    (!scope || (scope.reaches(c, t) && scope.reachesItem(t.start, { start: c.first, end: c.last + 1 }) && !scope.modifier(c)));
}

function fallbackForTrigger(ctx: SentenceContext, t: PatternMatch<Trigger>, related: Set<string>, options: FallbackOptions): void {
  const { run, items, candidates } = ctx;
  ctx.inferred = new Map();
  const type = t.value.type;
  const passive = t.value.dir === "passive";
  const before = passive ? "target" : "source";
  const after = passive ? "source" : "target";
  const fits = (c: Candidate, side: "source" | "target") => run.allowed(type, side, idsOf(ctx, c, []));
  const clause = clauseAround(items, t);
  const usable = usableEnd(ctx, t, clause);
  const left = candidates.findLast((c) => usable(c) && c.last < t.start && t.start - c.last <= options.maxWords && fits(c, before).length > 0);
  const right = candidates.find((c) => usable(c) && c.first >= t.end && c.first - t.end <= options.maxWords && fits(c, after).length > 0);
  if (!left || !right) return;
  const leftIds = fits(left, before);
  const rightIds = fits(right, after);
  // Any pair already read between the two ends means the frames spoke about them: no guess.
  if (leftIds.some((a) => rightIds.some((b) => a === b || related.has(pairKey(a, b))))) return;
  const reading = readCues(run.k, run.a.lang, items, ctx.cues, t, clause);
  if (reading.negated) return;
  const triggerText = run.a.text.slice(items[t.start]!.start, items[t.end - 1]!.end);
  const [sources, targets] = passive ? [rightIds, leftIds] : [leftIds, rightIds];
  emit(ctx, type, sources, targets, { status: reading.status, modality: reading.modality }, triggerText, FALLBACK_RULE);
  for (const a of sources) for (const b of targets) related.add(pairKey(a, b)).add(pairKey(b, a));
}
