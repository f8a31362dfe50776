// The guards of the wide fallback tiers: their ends stand past words the narrow tier never crosses, so a
// verb, another trigger, a noun's complement or a currency prefix keeps them apart.
import type { Trigger } from "../knowledge";
import { tagSentence } from "../grammar";
import type { TaggedToken } from "../grammar/types";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import type { SentenceContext } from "./sentence";

const CURRENCY_OR_NUMBER = /[\p{Sc}\d]/u;

/** The sentence's tagged tokens by start, read once per sentence and only when a wide end is weighed. */
const tokensOf = new WeakMap<SentenceContext, Map<number, TaggedToken>>();
function tokenAt(ctx: SentenceContext, i: number): TaggedToken | undefined {
  let byStart = tokensOf.get(ctx);
  if (!byStart) {
    const { a } = ctx.run;
    byStart = new Map(tagSentence(a.text, ctx.s.start, ctx.s.end, a.lang).map((t) => [t.start, t]));
    tokensOf.set(ctx, byStart);
  }
  return byStart.get(ctx.items[i]!.start);
}

/**
 * A verb of its own between a trigger and an end owns the names past it: a finite verb or a gerund ("…, signaling
 * an investment in X"), or a participle with its own agent ("services used in territories occupied by X"). A
 * participle with none and no auxiliary is an adjective ("encrypted radio sets", "des radios chiffrées").
 */
function ownsWhatFollows(ctx: SentenceContext, i: number): boolean {
  const token = tokenAt(ctx, i);
  if (token?.pos !== "VERB") return false;
  if (token.verbForm !== "part") return true;
  // "a notamment évoqué", "has recently signed": a participle after its auxiliary is a verb group of its own.
  for (let j = i - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    const before = tokenAt(ctx, j)?.pos;
    if (before === "AUX") return true;
    if (before !== "ADV") break;
  }
  return ctx.run.k.words[ctx.run.a.lang].agentPrepositions.has(ctx.items[i + 1]?.norm ?? "");
}

/**
 * Whether the words between a trigger and a far end leave that end to it: no verb ("services used in territories
 * occupied by X"), no other trigger or nominal head, each of which would own the names past it.
 */
export function clearGap(ctx: SentenceContext, t: PatternMatch<Trigger>, from: number, to: number): boolean {
  const owners = new Set([...ctx.triggers, ...ctx.nominalHeads].map((o) => o.start).filter((i) => i !== t.start));
  for (let i = from; i < to; i++) if (owners.has(i) || (ctx.items[i]!.isWord && ownsWhatFollows(ctx, i))) return false;
  return true;
}

/**
 * Whether either end is another noun's complement: right after "of"/"de" (past determiners), where that word is
 * not the trigger's own ("supplier of X"): "uses the services in its occupation of X" relates nothing to X; nor
 * an active trigger's end after "by"/"par", another verb's agent.
 */
export function complementEnds(ctx: SentenceContext, t: PatternMatch<Trigger>, left: Candidate, right: Candidate): boolean {
  const { run, items } = ctx;
  const complements = run.k.fallback[run.a.lang].wide.nounComplements;
  const determiners = run.k.words[run.a.lang].determiners;
  const of = (i: number) => complements.has(items[i]?.norm ?? "");
  const introducer = (first: number) => {
    let i = first - 1;
    while (i >= 0 && !of(i) && determiners.has(items[i]?.norm ?? "")) i--;
    return of(i) ? i : -1;
  };
  const beforeLeft = introducer(left.first);
  const beforeRight = introducer(right.first);
  // "…in the territories occupied by X": an agent the active trigger does not take is another verb's.
  const agent = t.value.dir !== "passive" && right.first - 1 >= t.end && run.k.words[run.a.lang].agentPrepositions.has(items[right.first - 1]?.norm ?? "");
  return beforeLeft >= 0 || beforeRight > t.end || agent;
}

/** A lone state name glued to a currency sign or a number is a currency's prefix ("US$5 million"), no party. */
export function stateAsWord(ctx: SentenceContext, c: Candidate): boolean {
  if (c.kind !== "group" || c.entityIds.length !== 1 || !ctx.run.isState(c.entityIds[0]!)) return false;
  return CURRENCY_OR_NUMBER.test(ctx.run.a.text[ctx.items[c.last]!.end] ?? "");
}
