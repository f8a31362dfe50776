// Fact emission: a trigger's chosen arguments become facts, filtered by the entity types the
// relation admits, with the provenance of endpoints the sentence names only through an anaphor.
import type { Modality, RelationType, Status } from "../../model";
import type { Candidate } from "./arguments";
import type { Fact } from "./facts";
import { possessorIds } from "./coref-pronouns";
import { salientSubject } from "./coref-salience";
import { inferredAt, type Inferred } from "./inferred";
import { buysProduct, namesProduct, noteProducts } from "./products";
import type { SentenceContext } from "./sentence";

/** The state's own bodies: a company works for them as a supplier. */
export const PUBLIC: ReadonlySet<string> = new Set(["agency", "state"]);

export interface ReadingOf {
  status: Status;
  modality: Modality;
}

/** Records that items first..last stand for entity `id`, named elsewhere (at `antecedent`, by default its nearest mention). */
export function inferItems(
  ctx: SentenceContext,
  first: number,
  last: number,
  id: string,
  how: Inferred["how"],
  antecedent: { start: number; end: number } | undefined = ctx.run.mentionIndex.near(id, ctx.items[first]!.start),
): void {
  if (antecedent) ctx.inferred.set(id, inferredAt(ctx.run.a.text, ctx.items[first]!.start, ctx.items[last]!.end, antecedent, how));
}

/** The entities a candidate stands for: a list's members, an anaphor's antecedent (other than `exclude`), none for a class. */
export function idsOf(ctx: SentenceContext, c: Candidate | undefined, exclude: string[]): string[] {
  if (!c) return [];
  if (c.kind === "group") {
    noteProducts(ctx, c);
    return c.entityIds;
  }
  if (c.kind === "class") return [];
  if (c.possessive) return possessorIds(ctx, c, exclude);
  const salient = salientSubject(ctx, c, exclude);
  if (salient) {
    inferItems(ctx, c.first, c.last, salient.ids[0]!, "anaphor", salient.mentions[0]);
    return salient.ids;
  }
  const found = ctx.run.resolver.antecedent(c.anaphor!, ctx.items[c.first]!.start, exclude);
  if (!found) return [];
  inferItems(ctx, c.first, c.last, found.id, "anaphor", found);
  return [found.id];
}

/** Emits one fact per admitted source × target, and records the sentence's frame (and the type's issuer when active). */
export function emit(
  ctx: SentenceContext,
  given: RelationType,
  sources: string[],
  targets: string[],
  reading: ReadingOf,
  trigger: string,
  rule: string,
  active = false,
  provenance: Pick<Fact, "rule" | "via"> = {},
): void {
  const { run, s } = ctx;
  const entity = run.a.entity;
  // An investor that blacklists a company excludes it from its portfolio: a divestment, not a sanction.
  if (given === "sanction") {
    const investors = sources.filter((id) => entity(id)?.sectors.includes("investment"));
    if (investors.length) {
      emit(ctx, "divestment", investors, targets, { ...reading, status: "ended" }, trigger, rule, active);
      sources = sources.filter((id) => !investors.includes(id));
      if (!sources.length) return;
    }
  }
  // "Palantir works for the IDF", "Thales travaille pour l'armée": a company serves a state body, it is none of its members.
  if (given === "member_of") {
    const serving = sources.filter((id) => entity(id)?.type === "company");
    const served = targets.filter((id) => PUBLIC.has(entity(id)?.type ?? ""));
    if (serving.length && served.length) {
      emit(ctx, "supplies", serving, served, reading, trigger, rule, active, provenance);
      sources = sources.filter((id) => !serving.includes(id));
      if (!sources.length) return;
    }
  }
  // "acquired Hikvision's cameras", "a acquis des caméras Hikvision": buying a company's product makes a client, not an owner.
  if (given === "ownership" && buysProduct(ctx, trigger)) {
    const bought = targets.filter((id) => namesProduct(ctx, id));
    if (bought.length) {
      emit(ctx, "client_of", sources, bought, reading, trigger, rule, active, provenance);
      targets = targets.filter((id) => !bought.includes(id));
      if (!targets.length) return;
    }
  }
  // "the army installed Hikvision cameras": a state body that puts a company's product to work is its client, not its supplier.
  if (given === "supplies" && sources.length && sources.every((id) => PUBLIC.has(entity(id)?.type ?? ""))) {
    const makers = targets.filter((id) => entity(id)?.type === "company" && namesProduct(ctx, id));
    if (makers.length) {
      emit(ctx, "client_of", sources, makers, reading, trigger, rule, active, provenance);
      targets = targets.filter((id) => !makers.includes(id));
      if (!targets.length) return;
    }
  }
  // "the IDF’s involvement in Project Nimbus": any link to a named contract makes its source a party.
  const type: RelationType = targets.some((id) => entity(id)?.type === "contract") && given !== "criticism" ? "contract" : given;
  const src = run.allowed(type, "source", sources);
  const tgt = run.allowed(type, "target", targets);
  for (const source of src) {
    for (const target of tgt) {
      if (source === target) continue;
      const via = {
        ...(ctx.inferred.has(source) ? { source: ctx.inferred.get(source)! } : {}),
        ...(ctx.inferred.has(target) ? { target: ctx.inferred.get(target)! } : {}),
      };
      run.facts.push({
        type,
        source,
        target,
        ...reading,
        start: s.start,
        end: s.end,
        trigger,
        rule,
        ...(via.source || via.target ? { via } : {}),
        ...provenance,
      });
    }
  }
  if (src.length && tgt.length) ctx.frames.push({ type, sources: src, targets: tgt, active });
  if (src.length && tgt.length && active) run.issuers.set(type, src);
}
