// Subject pronouns standing as a trigger's argument ("It supplies…", "Ils devront cesser d'utiliser…"):
// the subject before them of the same number — an earlier clause's subject in the sentence, the
// previous sentence's active statement, else the previous sentence's grammatical subject. The evidence
// records the pronoun and where its antecedent is named.
import { analyseSentence } from "../grammar";
import type { Mention } from "../entities";
import { firstStartAtOrAfter, lastStartAtOrBefore } from "../text/bisect";
import type { Candidate } from "./arguments";
import { inferItems } from "./emit";
import type { SentenceContext } from "./sentence";

/** How many items before a trigger its pronoun subject may stand ("It also quietly supplies", "Ils devront cesser d'utiliser"). */
const PRONOUN_REACH = 5;

/** A pronoun subject's antecedents: their ids and the mentions that name them. */
export interface Antecedents {
  ids: string[];
  mentions: ({ start: number; end: number } | undefined)[];
}

/** The nearest subject pronoun before item `at`, with only words between them; -1 when there is none. */
export function subjectPronounAt(ctx: SentenceContext, at: number, leftBound: number): number {
  const lex = ctx.run.k.anaphors[ctx.run.a.lang];
  for (let i = at - 1; i >= Math.max(leftBound, at - PRONOUN_REACH); i--) {
    const it = ctx.items[i]!;
    if (!it.isWord || it.entityId) return -1;
    if (lex.singularPronouns.has(it.norm ?? "") || lex.pluralPronouns.has(it.norm ?? "")) return i;
  }
  return -1;
}

/**
 * Whether the pronoun opens its clause ("…, and it supplies", "qu'il fournit", a sentence's first word):
 * then it, not a name before it, is the trigger's subject. After a verb it is that verb's object ("built it and supplies").
 */
export function opensClause(ctx: SentenceContext, pronoun: number): boolean {
  const before = ctx.items[pronoun - 1];
  return before === undefined || ctx.run.k.anaphors[ctx.run.a.lang].pronounOpeners.has(before.norm ?? "");
}

/** The entities the subject pronoun at item `pronoun` stands for, recorded as inferred; undefined when there is none. */
export function pronounSubject(ctx: SentenceContext, pronoun: number): string[] | undefined {
  if (pronoun < 0) return undefined;
  const plural = ctx.run.k.anaphors[ctx.run.a.lang].pluralPronouns.has(ctx.items[pronoun]!.norm!);
  const fits = (ids: readonly string[] | undefined) => ids !== undefined && ids.length > 0 && (plural ? ids.length > 1 : ids.length === 1);
  const found = earlierSubject(ctx, pronoun, fits) ?? firstName(ctx, pronoun, fits) ?? activeSource(ctx, fits) ?? previousSubject(ctx, fits);
  if (!found) return undefined;
  for (const [n, id] of found.ids.entries()) inferItems(ctx, pronoun, pronoun, id, "subject", found.mentions[n]);
  return found.ids;
}

/** "Palantir won the bid, and it supplies the Army": the subject of an earlier clause of the sentence. */
function earlierSubject(ctx: SentenceContext, pronoun: number, fits: (ids: readonly string[]) => boolean): Antecedents | undefined {
  const c = ctx.subject?.candidate;
  if (c?.kind !== "group" || c.last >= pronoun || !fits(c.entityIds)) return undefined;
  return { ids: c.entityIds, mentions: c.entityIds.map(() => undefined) };
}

/**
 * "Palantir said that it supplies…", "Palantir a annoncé qu'il fournit…": the sentence's first name before the
 * pronoun, even one that reports (its own doings), unless an attribution cue introduces it ("according to X, it…")
 * or it is a news outlet.
 */
function firstName(ctx: SentenceContext, pronoun: number, fits: (ids: readonly string[]) => boolean): Antecedents | undefined {
  const first = ctx.candidates.find((c) => c.kind === "group" && !c.locative && !c.possessive);
  if (!first || first.last >= pronoun || ctx.cues.has("attribution_before", Math.max(0, first.first - 3), first.first)) return undefined;
  if (first.entityIds.some((id) => ctx.run.a.entity(id)?.sectors.includes("media"))) return undefined;
  return fits(first.entityIds) ? { ids: first.entityIds, mentions: first.entityIds.map(() => undefined) } : undefined;
}

/** "Thales présente son offre… Il annonce…": the source of the previous sentence's active statement. */
function activeSource(ctx: SentenceContext, fits: (ids: readonly string[]) => boolean): Antecedents | undefined {
  const sources = ctx.run.previousFrames.find((f) => f.active)?.sources;
  return sources && fits(sources) ? { ids: sources, mentions: sources.map(() => undefined) } : undefined;
}

/** "Les länder de Hesse et de Hambourg sont visés… Ils devront…": the names in the previous sentence's main subject. */
export function previousSubject(
  ctx: SentenceContext,
  fits: (ids: readonly string[]) => boolean,
  keep: (id: string) => boolean = () => true,
): Antecedents | undefined {
  const { a } = ctx.run;
  const index = lastStartAtOrBefore(a.sentences, ctx.s.start);
  const previous = a.sentences[index - 1];
  if (!previous || previous.paragraph !== ctx.s.paragraph) return undefined;
  const analysis = analyseSentence(a.text, previous.start, previous.end, a.lang);
  const subject = analysis.clauses.find((c) => c.kind === "main" && c.subject)?.subject;
  if (!subject) return undefined;
  const inside: Mention[] = [];
  for (let i = firstStartAtOrAfter(a.mentions, subject.start); i < a.mentions.length && a.mentions[i]!.start < subject.end; i++) {
    const m = a.mentions[i]!;
    if (m.end <= subject.end && keep(m.entityId) && !inside.some((o) => o.entityId === m.entityId)) inside.push(m);
  }
  const ids = inside.map((m) => m.entityId);
  return fits(ids) ? { ids, mentions: inside } : undefined;
}

/**
 * What a possessive determiner before a trigger stands for ("Palantir renewed its contract with…", "Son
 * contrat avec…"): the nearest name of its number before it in the clause, else the subject before it as for
 * a pronoun, else (for one owner) the last company, agency or organisation named nearby.
 */
export function possessorIds(ctx: SentenceContext, c: Candidate, exclude: readonly string[]): string[] {
  const plural = c.possessive === "plural";
  const fits = (ids: readonly string[] | undefined) =>
    ids !== undefined && ids.length > 0 && (plural ? ids.length > 1 : ids.length === 1) && !ids.some((id) => exclude.includes(id));
  const found = nearestOwner(ctx, c.first, fits) ?? activeSource(ctx, fits) ?? previousSubject(ctx, fits) ?? lastOwner(ctx, c.first, plural, fits);
  if (!found) return [];
  for (const [n, id] of found.ids.entries()) inferItems(ctx, c.first, c.last, id, "anaphor", found.mentions[n]);
  return found.ids;
}

/** The nearest name or description before the possessive in its sentence ("bien que cette entreprise soit critiquée pour sa collaboration…"). */
function nearestOwner(ctx: SentenceContext, at: number, fits: (ids: readonly string[]) => boolean): Antecedents | undefined {
  for (let j = ctx.candidates.length - 1; j >= 0; j--) {
    const o = ctx.candidates[j]!;
    if (o.last >= at || o.attributed || o.locative || o.possessive || o.kind === "class") continue;
    if (o.kind === "group") return fits(o.entityIds) ? { ids: o.entityIds, mentions: o.entityIds.map(() => undefined) } : undefined;
    const found = ctx.run.resolver.antecedent(o.anaphor!, ctx.items[o.first]!.start, []);
    return found && fits([found.id]) ? { ids: [found.id], mentions: [found] } : undefined;
  }
  return undefined;
}

function lastOwner(ctx: SentenceContext, at: number, plural: boolean, fits: (ids: readonly string[]) => boolean): Antecedents | undefined {
  if (plural) return undefined;
  const id = ctx.run.resolver.owner(ctx.items[at]!.start);
  return id && fits([id]) ? { ids: [id], mentions: [undefined] } : undefined;
}
