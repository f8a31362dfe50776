// What one trigger sees of its sentence: its clause and bounds (never past a neighbouring trigger),
// the nearest usable candidates on each side, a subject shared with an earlier verb or continued
// from the previous sentence by a pronoun, and the modality its cues give.
import type { RelationType } from "../../model";
import type { Trigger } from "../knowledge";
import type { PatternMatch } from "../text/patterns";
import { type Candidate, followsAtOnce } from "./arguments";
import { clauseAround } from "./clause";
import { readCues, type Reading } from "./cues";
import { coordinatedSubject } from "./coordinated-subject";
import { opensClause, pronounSubject, subjectPronounAt } from "./coref-pronouns";
import type { SentenceContext } from "./sentence";

const MAX_LEFT = 15;
const MAX_RIGHT = 10;

export interface TriggerView {
  t: PatternMatch<Trigger>;
  clause: { start: number; end: number };
  leftBound: number;
  rightBound: number;
  usable: (c: Candidate) => boolean;
  left: Candidate | undefined;
  /** The left argument is the subject of an earlier verb of the clause. */
  shared: boolean;
  /** The sources a pronoun subject continues from the previous sentence. */
  continued: string[] | undefined;
  /** Every usable candidate after the trigger. */
  rightAll: Candidate[];
  right: Candidate | undefined;
  reading: Reading;
  triggerText: string;
  type: RelationType;
}

/** The trigger's view, or undefined when its cues negate it. */
export function viewTrigger(ctx: SentenceContext, t: PatternMatch<Trigger>): TriggerView | undefined {
  const { items, candidates, cues, aside, run } = ctx;
  ctx.inferred = new Map();
  const clause = clauseAround(items, t);
  // A trigger of the main clause looks past asides that state their own relation ("Anduril—a firm backed
  // by Peter Thiel—has landed contracts"): their triggers bound nothing and their names are no arguments.
  const main = aside[t.start] === 0;
  // A trigger shut in a clause this one is outside of (a relative, a parenthesis) bounds none of its arguments.
  const scope = ctx.scope;
  const peers = (main ? ctx.mainTriggers : ctx.triggers).filter((p) => p === t || !scope || scope.reachesItem(p.start, t));
  const at = peers.indexOf(t);
  const leftBound = Math.max(clause.start, at > 0 ? peers[at - 1]!.end : 0);
  const rightBound = Math.min(clause.end, peers[at + 1]?.start ?? items.length);
  // Never a name shut in a clause the trigger is outside of, nor one that only qualifies the next name.
  const usable = (c: Candidate) =>
    !c.attributed && !(main && ctx.relationalAside.has(aside[c.first]!)) && (!scope || (scope.reaches(c, t) && !scope.modifier(c)));
  const { left, shared, continued } = subjectOf(ctx, t, clause, leftBound, usable);
  // A possessive after the trigger qualifies what is supplied or signed ("supplies its software to X"), never an end.
  const rightAll = candidates.filter((c) => usable(c) && !c.possessive && c.first >= t.end && (!c.locative || followsAtOnce(items, t.end, c)));
  // "… utilisés dans les territoires occupés par Israël": a name inside a place phrase is no argument.
  // The members a list names for a class noun stand where the class does ("firms in Russia's base, including X").
  const standsAt = (c: Candidate) => c.namesClassAt ?? c.first;
  const right = rightAll.find(
    (c) => c.last < rightBound && standsAt(c) - t.end <= (t.value.reach ?? MAX_RIGHT) && !cues.has("place_break", t.end, standsAt(c)),
  );
  const reading = readCues(run.k, run.a.lang, items, cues, t, clause);
  if (reading.negated) return undefined;
  const triggerText = run.a.text.slice(items[t.start]!.start, items[t.end - 1]!.end);
  // "bought Muslim Pro's data", "acquired Palantir's software": what is bought is the owner's product, so a client.
  const type: RelationType =
    t.value.type === "ownership" && t.value.dir === "forward" && right && items[right.last + 1]?.norm === "'s" ? "client_of" : t.value.type;
  return { t, clause, leftBound, rightBound, usable, left, shared, continued, rightAll, right, reading, triggerText, type };
}

/** The subject the clause analysis gives, else the nearest name on the left, else the clause's earlier subject, else a pronoun continuing the previous sentence's subject. */
function subjectOf(
  ctx: SentenceContext,
  t: PatternMatch<Trigger>,
  clause: { start: number; end: number },
  leftBound: number,
  usable: (c: Candidate) => boolean,
): { left: Candidate | undefined; shared: boolean; continued: string[] | undefined } {
  const { candidates } = ctx;
  // A relative's antecedent, a fronted gerund's main subject: the clause's subject stands outside it.
  const leftOf = (before: number) =>
    candidates.findLast((c) => usable(c) && c.last < before && c.first >= leftBound && leftDistance(ctx, c, t) <= MAX_LEFT && !c.locative);
  let left = ctx.scope?.subjectOf(t.start) ?? leftOf(t.start);
  // "X a envoyé à la CNIL des plaintes contre Y", "X sent to the regulator…": a name after "à"/"to" is the verb's
  // indirect object, never the subject: that is the name before it in the clause, else a pronoun or an earlier subject.
  if (left && left !== ctx.scope?.subjectOf(t.start) && indirectObject(ctx, left)) left = leftOf(left.first);
  const pronoun = t.value.dir !== "passive" ? subjectPronounAt(ctx, t.start, leftBound) : -1;
  // "Palantir supplies ICE, and it also works with Google": a pronoun opening the trigger's clause is its subject, not the name before it.
  const pronounFirst = left !== undefined && pronoun >= 0 && left.last < pronoun && opensClause(ctx, pronoun);
  if (pronounFirst) left = undefined;
  // "launched Project Maven … and awarded Google a contract": the first verb's object is no subject of the second.
  const coordinated =
    left && !pronounFirst && t.value.dir !== "passive" && !ctx.scope?.subjectOf(t.start) ? coordinatedSubject(ctx, t, clause, left, usable) : undefined;
  if (coordinated) left = coordinated;
  // "Israël utilise ces outils, collaborant avec Google": a second verb shares the first one's subject.
  const shared =
    coordinated !== undefined ||
    (!left &&
      !pronounFirst &&
      t.value.dir !== "passive" &&
      ctx.subject !== undefined &&
      ctx.subject.clauseStart === clause.start &&
      usable(ctx.subject.candidate));
  if (shared && !coordinated) left = ctx.subject!.candidate;
  // "Il annonce…", "It supplies…", "Ils devront…": a pronoun subject stands for the subject before it of its number.
  const continued = !left ? pronounSubject(ctx, pronoun) : undefined;
  if (t.value.dir !== "passive" && left) ctx.subject = { candidate: left, clauseStart: clause.start };
  return { left, shared, continued };
}

/** How far past MAX_LEFT a candidate may stand when a relative or an aside fills the distance. */
const ASIDE_REACH = 40;

/**
 * Words between a candidate and the trigger, not counting those of a clause shut away from the trigger: a relative or an
 * aside between a subject and its verb is no distance ("X, qui était en poste aux ambassades de France à Washington et
 * Tel Aviv, s'est fait recruter par Y"). Counted only within a bounded window, so a sentence stays linear.
 */
function leftDistance(ctx: SentenceContext, c: Candidate, t: PatternMatch<Trigger>): number {
  const gap = t.start - c.last;
  const scope = ctx.scope;
  if (gap <= MAX_LEFT || !scope || gap > MAX_LEFT + ASIDE_REACH) return gap;
  // Only a name its own relative follows ("X, qui …", "X, who …"): the relative says so of it.
  const { items, run } = ctx;
  if (items[c.last + 1]?.norm !== "," || !run.k.cues.subject_relatives[run.a.lang].matchAt(items, c.last + 2)) return gap;
  let shut = 0;
  for (let i = c.last + 1; i < t.start; i++) if (!scope.reachesItem(i, t)) shut++;
  return gap - shut;
}

/** Is the candidate the complement of a dative preposition ("à la CNIL", "to the FTC"), the preposition tagged as one ("a" the verb is not)? */
function indirectObject(ctx: SentenceContext, c: Candidate): boolean {
  const { items, run, posAt } = ctx;
  const determiners = run.k.words[run.a.lang].determiners;
  let p = c.first - 1;
  while (p > 0 && determiners.has(items[p]!.norm ?? "")) p--;
  return p >= 0 && Boolean(run.k.cues.indirect_object[run.a.lang].matchAt(items, p)) && posAt(p) === "ADP";
}
