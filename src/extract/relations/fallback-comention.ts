// The widest guess (rule "co-mention"): a sentence with no relation trigger that names exactly one
// company (or a product standing for its maker) and one state body, near each other, around a domain word
// ("cameras", "software", "contrat", "logiciel"), relates them by the tier's type (supplies by default).
// Switched and set in data/relations.yaml `fallback: co_mention`; its confidence is calibrated like any rule's.
import type { Language } from "../../model";
import type { Knowledge } from "../knowledge";
import type { Candidate } from "./arguments";
import { emit } from "./emit";
import { guardedEnd, pairKey, relatedPairs } from "./fallback";
import { stateAsWord } from "./fallback-guards";
import type { Item } from "./items";
import type { SentenceContext } from "./sentence";

export const CO_MENTION_RULE = "co-mention";

/** The first domain word of the sentence, or -1. */
function domainWord(k: Knowledge, lang: Language, items: readonly Item[]): number {
  const cues = k.fallback[lang].coMention.cues;
  return cues.size ? items.findIndex((it) => it.isWord && cues.has(it.norm ?? "")) : -1;
}

/** Whether a sentence with no trigger is still worth reading: the tier is on, two names and a domain word stand in it. */
export function mayCoMention(k: Knowledge, lang: Language, items: readonly Item[], mentionCount: number): boolean {
  return k.fallback[lang].coMention.enabled && mentionCount >= 2 && domainWord(k, lang, items) >= 0;
}

/**
 * The one entity of the sentence's usable names of the first type in `types` that it names at all ("the US company X
 * sells cameras to Europol's unit Y": an agency is preferred to a state); none when it names several of that type.
 */
function soleOf(ctx: SentenceContext, usable: readonly Candidate[], types: readonly string[]): { id: string; candidate: Candidate } | undefined {
  for (const type of types) {
    let found: { id: string; candidate: Candidate } | undefined;
    for (const c of usable) {
      for (const id of c.entityIds) {
        if (ctx.run.a.entity(id)?.type !== type) continue;
        if (found && found.id !== id) return undefined;
        found ??= { id, candidate: c };
      }
    }
    if (found) return found;
  }
  return undefined;
}

/** Whether the sentence's triggers, frames and other guesses produced no fact and no contract mention. */
function readNothing(ctx: SentenceContext): boolean {
  const { facts, contracts } = ctx.run;
  return (facts.at(-1)?.start ?? -1) < ctx.s.start && (contracts.at(-1)?.start ?? -1) < ctx.s.start;
}

/** Whether the sentence's readings already tie the company to a client ("halt the sale of Acme's tools to X"): no guess adds another. */
function tradesAlready(ctx: SentenceContext, id: string): boolean {
  const { run, s } = ctx;
  for (let i = run.facts.length - 1; i >= 0 && run.facts[i]!.start >= s.start; i--) {
    const f = run.facts[i]!;
    if (f.start === s.start && (f.type === "supplies" || f.type === "client_of") && (f.source === id || f.target === id)) return true;
  }
  return false;
}

export function coMentionFacts(ctx: SentenceContext): void {
  const { run, items, candidates } = ctx;
  const co = run.k.fallback[run.a.lang].coMention;
  if (!co.enabled || candidates.length < 2) return;
  if (ctx.triggers.length > 0 && !(co.inTriggerSentences && readNothing(ctx))) return;
  const cue = domainWord(run.k, run.a.lang, items);
  if (cue < 0 || ctx.cues.has("negation", 0, items.length)) return;
  // Named lists only: an anaphor's antecedent is a guess of its own, and two guesses make no evidence.
  const usable = candidates.filter((c) => c.kind === "group" && guardedEnd(ctx, c) && !stateAsWord(ctx, c));
  const source = soleOf(ctx, usable, co.source);
  const target = soleOf(ctx, usable, co.target);
  // One list naming both ("Acme and the Army") coordinates them; it states no trade between them.
  if (!source || !target || source.candidate === target.candidate) return;
  const [a, b] = source.candidate.first < target.candidate.first ? [source.candidate, target.candidate] : [target.candidate, source.candidate];
  if (b.first - a.last - 1 > co.maxWords) return;
  if (relatedPairs(ctx).has(pairKey(source.id, target.id)) || tradesAlready(ctx, source.id)) return;
  const sources = run.allowed(co.type, "source", [source.id]);
  const targets = run.allowed(co.type, "target", [target.id]);
  if (!sources.length || !targets.length) return;
  const whole = items.length;
  const reading = {
    modality: ctx.cues.has("alleged", 0, whole) ? ("alleged" as const) : ("asserted" as const),
    status: ctx.cues.has("ended", 0, whole) ? ("ended" as const) : ctx.cues.has("planned", 0, whole) ? ("planned" as const) : ("active" as const),
  };
  const frames = ctx.frames.length;
  ctx.inferred = new Map();
  emit(ctx, co.type, sources, targets, reading, run.a.text.slice(items[cue]!.start, items[cue]!.end), CO_MENTION_RULE);
  // A guess is no frame: the next sentence carries nothing over from it.
  ctx.frames.length = frames;
}
