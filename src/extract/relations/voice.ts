// Voice: a verb trigger read in the passive (auxiliary + past participle, or a participle standing
// alone, as the grammar layer finds it) takes its agent from the clause's by/par complement,
// wherever it stands ("sont utilisés depuis des années par la CIA"), and its patient as target.
// Without an agent, a relation whose agent is an authority (`attributed_agent` in relations.yaml)
// takes the source of an attribution in the same or the next sentence ("…, the department said",
// "a annoncé le Département"); else the stage's fallbacks (carried subject, article issuer) apply.
import type { Language, RelationType } from "../../model";
import { analyseSentence, type Clause, type SentenceAnalysis, type Span } from "../grammar";
import { clauseLists } from "../grammar/clause-lists";
import type { Trigger } from "../knowledge";
import { firstStartAtOrAfter, lastStartAtOrBefore } from "../text/bisect";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import type { Mention } from "../entities";
import { idsOf, inferItems } from "./emit";
import type { ArticleRun, SentenceContext } from "./sentence";
import type { TriggerView } from "./trigger-view";

export interface PassiveArguments {
  sources: string[];
  targets: string[];
  rule: string;
}

/** Each sentence is tagged at most once, and only when one of its verb triggers asks. */
const analyses = new WeakMap<ArticleRun, Map<number, SentenceAnalysis>>();

function analysisAt(run: ArticleRun, start: number, end: number): SentenceAnalysis {
  let byStart = analyses.get(run);
  if (!byStart) analyses.set(run, (byStart = new Map()));
  let analysis = byStart.get(start);
  if (!analysis) byStart.set(start, (analysis = analyseSentence(run.a.text, start, end, run.a.lang)));
  return analysis;
}

/** The trigger's arguments when its verb stands in the passive; undefined when it is active or no verb. */
export function passiveArguments(ctx: SentenceContext, v: TriggerView): PassiveArguments | undefined {
  const { run, items } = ctx;
  const { t } = v;
  if (t.value.dir !== "forward" || v.type === "contract") return undefined;
  const agentWords = run.k.words[run.a.lang].agentPrepositions;
  // "employed by", "equipped with": a pattern that writes its preposition states its own direction.
  for (let i = t.start; i < t.end; i++) if (agentWords.has(items[i]!.norm ?? "")) return undefined;
  // Tagging costs: a sentence with no by/par is tagged only for a relation that looks for an attributed agent,
  // and only when an auxiliary stands just before the trigger or the trigger opens its clause.
  const attributed = run.k.relationTypes[v.type]?.attributed_agent === true;
  if (!items.some((it) => agentWords.has(it.norm ?? "")) && !(attributed && mayBePassive(ctx, t))) return undefined;
  const analysis = analysisAt(run, ctx.s.start, ctx.s.end);
  const clause = passiveClause(ctx, analysis, t);
  if (!clause) return undefined;
  const agent = agentOf(ctx, clause, agentWords);
  const agentIds = idsOf(ctx, agent, []);
  // The patient is the subject, before the verb, or after it when inverted ("Also listed were X").
  const subject = v.left ?? (v.right !== agent ? v.right : undefined);
  const patient = v.continued ?? idsOf(ctx, subject, agentIds);
  if (agentIds.length) return { sources: agentIds, targets: patient, rule: "passive-agent" };
  if (!attributed) return undefined;
  // "added to a U.S. government list", "placed on the department's entity list": the name that qualifies the
  // trigger's own noun owns it, so it is the agent.
  const owned = items.slice(t.start + 1, t.end).flatMap((it) => (it.entityId ? [it.entityId] : []));
  const ownerIds = run.allowed(v.type, "source", owned).filter((id) => !patient.includes(id));
  if (ownerIds.length) return { sources: ownerIds, targets: patient, rule: "passive-owner" };
  const sources = run
    .allowed(
      v.type,
      "source",
      attributionSources(ctx, analysis, t, v.type, (id) => run.allowed(v.type, "source", [id]).length > 0 && !patient.includes(id)),
    )
    .filter((id) => !patient.includes(id));
  if (sources.length) return { sources, targets: patient, rule: "passive-attributed" };
  const place = placeAgent(ctx, v, patient);
  return { sources: place, targets: patient, rule: place.length ? "passive-place" : "passive-agentless" };
}

/** How many words may stand between a passive verb and the state it is done in ("banned in the US"); farther, the place is an embedded verb's ("banned from operating in X"). */
const PLACE_REACH = 2;

/** "est désormais interdit aux États-Unis", "was banned in India": for a type that allows it, the state the verb is done in. */
function placeAgent(ctx: SentenceContext, v: TriggerView, patient: readonly string[]): string[] {
  const { run } = ctx;
  // A known issuer of the type is the better guess ("fined in France" in an article about the CNIL's fines).
  if (!run.k.relationTypes[v.type]?.place_agent || run.issuers.has(v.type)) return [];
  const place = ctx.candidates.find((c) => c.kind === "group" && c.locative && c.first >= v.t.end && c.first - v.t.end <= PLACE_REACH);
  if (!place || place.last >= v.clause.end) return [];
  return run.allowed(v.type, "source", place.entityIds).filter((id) => !patient.includes(id));
}

/**
 * A passive's agent is the article's issuer of that type, as an active subject is ("NSO was sanctioned by the
 * Treasury. Candiru was also sanctioned."); its frame stays passive, so "It…" next continues the patient, not the agent.
 */
export function noteAgent(ctx: SentenceContext, type: RelationType, sources: string[]): void {
  const agents = ctx.run.allowed(type, "source", sources);
  if (agents.length) ctx.run.issuers.set(type, agents);
}

function mayBePassive(ctx: SentenceContext, t: PatternMatch<Trigger>): boolean {
  const { items, run } = ctx;
  const auxiliaries = run.k.words[run.a.lang].passiveAuxiliaries;
  for (let i = Math.max(0, t.start - 4); i < t.start; i++) if (auxiliaries.has(items[i]!.norm ?? "")) return true;
  const before = items[t.start - 1];
  return before === undefined || !before.isWord;
}

/** The clause whose verb group ends on one of the trigger's first two words, when that group is passive. */
function passiveClause(ctx: SentenceContext, analysis: SentenceAnalysis, t: PatternMatch<Trigger>): Clause | undefined {
  const starts = t.end - t.start > 1 ? [ctx.items[t.start]!.start, ctx.items[t.start + 1]!.start] : [ctx.items[t.start]!.start];
  const clause = analysis.clauses.find((c) => c.verb !== undefined && starts.includes(analysis.tokens[c.verb.last]!.start));
  return clause?.verb?.voice === "passive" ? clause : undefined;
}

const within = (ctx: SentenceContext, c: Candidate, span: { start: number; end: number }) =>
  ctx.items[c.first]!.start >= span.start && ctx.items[c.first]!.start < span.end;

/** The first named argument of the clause's by/par complements. */
function agentOf(ctx: SentenceContext, clause: Clause, agentWords: ReadonlySet<string>): Candidate | undefined {
  for (const complement of clause.complements) {
    if (!agentWords.has(complement.prep)) continue;
    const found = ctx.candidates.find((c) => c.kind !== "class" && within(ctx, c, complement));
    if (found) return found;
  }
  return undefined;
}

/**
 * Who the sentence's statement is attributed to, else the next sentence's ("… . The department said so."), else
 * the previous sentence's announcement ("The department announced new rules on Monday. X was added to the list.").
 * An agent named in another sentence is recorded as inferred from the trigger's words, with where it is named.
 */
function attributionSources(
  ctx: SentenceContext,
  analysis: SentenceAnalysis,
  t: PatternMatch<Trigger>,
  type: RelationType,
  admit: (id: string) => boolean,
): string[] {
  const { run } = ctx;
  for (const span of sourceSpans(analysis, run.a.lang)) {
    const ids = idsOf(
      ctx,
      ctx.candidates.find((c) => c.kind !== "class" && within(ctx, c, span)),
      [],
    );
    if (ids.length) return ids;
  }
  const index = lastStartAtOrBefore(run.a.sentences, ctx.s.start);
  // The previous sentence only while the article has named no issuer of the type: a known issuer is the better guess.
  const neighbours = run.issuers.has(type) ? [index + 1] : [index + 1, index - 1];
  for (const other of neighbours) {
    const found = neighbourSources(ctx, other).filter((m) => admit(m.entityId));
    if (!found.length) continue;
    for (const m of found) inferItems(ctx, t.start, t.end - 1, m.entityId, "subject", m);
    return found.map((m) => m.entityId);
  }
  return [];
}

/** The attribution sources named in sentence `index` of the same paragraph. */
function neighbourSources(ctx: SentenceContext, index: number): Mention[] {
  const { run } = ctx;
  const other = run.a.sentences[index];
  if (!other || other.paragraph !== ctx.s.paragraph) return [];
  const mentions = run.a.mentions;
  const from = firstStartAtOrAfter(mentions, other.start);
  if (from >= mentions.length || mentions[from]!.start >= other.end) return [];
  for (const span of sourceSpans(analysisAt(run, other.start, other.end), run.a.lang)) {
    const found = mentionsIn(run, from, span);
    if (found.length) return found;
  }
  return [];
}

/** The sentence's attribution sources ("according to X", "a annoncé X"), then the subjects of its reporting verbs ("X said the firm…"). */
function sourceSpans(analysis: SentenceAnalysis, lang: Language): Span[] {
  const reporting = clauseLists(lang).attributionVerbs;
  const subjects = analysis.clauses.flatMap((c) => (c.subject && c.verb?.voice === "active" && reporting.has(c.verb.lemma) ? [c.subject] : []));
  return [...analysis.attributions.map((a) => a.source), ...subjects];
}

function mentionsIn(run: ArticleRun, from: number, span: Span): Mention[] {
  const found: Mention[] = [];
  for (let i = from; i < run.a.mentions.length && run.a.mentions[i]!.start < span.end; i++) {
    const m = run.a.mentions[i]!;
    if (m.start >= span.start && m.end <= span.end) found.push(m);
  }
  return found;
}
