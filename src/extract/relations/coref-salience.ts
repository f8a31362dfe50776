// Salience: a description that opens its sentence as a subject ("The company also sells…", "Le groupe
// a ensuite vendu…") continues the subject before it — the previous sentence's grammatical subject, or
// an earlier clause's subject in the same sentence — when that subject holds exactly one entity the
// description may stand for. The nearest compatible name is only the fallback: in "Thales bought
// Gemalto. The group supplies…", the group is Thales, not the object named last.
import type { EntityRecord } from "../entities";
import type { Candidate } from "./arguments";
import type { AnaphorKind } from "./coref-lexicon";
import { type Antecedents, previousSubject } from "./coref-pronouns";
import type { SentenceContext } from "./sentence";

/** Whether entity `e` is one a description of `kind` may stand for (never a news outlet). */
export function fitsKind(e: EntityRecord | undefined, kind: AnaphorKind): boolean {
  if (!e || e.type !== kind.type || e.sectors.includes("media")) return false;
  if (kind.sector && !e.sectors.includes(kind.sector)) return false;
  return !kind.country || !e.country || e.country === kind.country;
}

/**
 * The subject a description in subject position continues; undefined when the description does not open its
 * sentence (a name stands before it), or no earlier subject holds exactly one entity of its kind.
 */
export function salientSubject(ctx: SentenceContext, c: Candidate, exclude: readonly string[]): Antecedents | undefined {
  const kind = c.anaphor;
  if (c.kind !== "anaphor" || !kind || c.possessive) return undefined;
  // "bien que cette entreprise soit critiquée": a demonstrative points at the name last read.
  if (ctx.run.k.anaphors[ctx.run.a.lang].demonstratives.has(ctx.items[c.first]?.norm ?? "")) return undefined;
  const entity = ctx.run.a.entity;
  const keep = (id: string) => fitsKind(entity(id), kind) && !exclude.includes(id);
  // "Thales bought Gemalto in 2019, and the group now supplies…": the sentence's first name, its subject, when the
  // description opens a later clause.
  const first = ctx.candidates.find((o) => o.kind !== "class" && !o.locative && !o.possessive && !o.attributed);
  if (first && first.last < c.first) {
    if (first.kind !== "group" || !ctx.run.k.anaphors[ctx.run.a.lang].pronounOpeners.has(ctx.items[c.first - 1]?.norm ?? "")) return undefined;
    const ids = first.entityIds.filter(keep);
    return ids.length === 1 ? { ids, mentions: [undefined] } : undefined;
  }
  if (ctx.candidates.some((o) => o.last < c.first && o.kind !== "class")) return undefined;
  return previousSubject(ctx, (ids) => ids.length === 1, keep);
}
