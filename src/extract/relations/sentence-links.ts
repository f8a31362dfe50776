// Relations a sentence states without a relation trigger: nominal frames ("filiale de X"), the
// owners of a named contract ("Google and Amazon’s Project Nimbus"), roles ("le PDG de X"), and who
// the previous sentence's contract serves.
import type { Status } from "../../model";
import { clauseAround } from "./clause";
import { readCues } from "./cues";
import { emit } from "./emit";
import { inferredAt, type Inferred } from "./inferred";
import { nominalFacts } from "./nominal";
import { coveredBy, makeEndpoints, viaOf } from "./nominal-endpoints";
import { roleLinks, type RoleLink } from "./roles";
import { titleInstitution } from "./title-institutions";
import type { SentenceContext } from "./sentence";

export function nominalLinks(ctx: SentenceContext): void {
  const { run, items, candidates, cues, triggers } = ctx;
  const { k, a } = run;
  const endpoints = makeEndpoints(a, items, candidates, run.resolver);
  const facts = nominalFacts(
    {
      lex: k.nominal[a.lang],
      text: a.text,
      items,
      candidates,
      triggerAt: coveredBy(triggers, items.length),
      isState: run.isState,
      openers: k.cues.list_openers[a.lang],
      ...endpoints,
    },
    ctx.nominalHeads,
  );
  for (const f of facts) {
    const reading = readCues(k, a.lang, items, cues, { ...f.head, value: { type: f.type, dir: "forward", source: "" } }, clauseAround(items, f.head));
    if (reading.negated) continue;
    const headText = a.text.slice(items[f.head.start]!.start, items[f.head.end - 1]!.end);
    for (const x of f.sources)
      for (const y of f.targets) {
        // A unit of a state body is its member, not its property ("DHS subagencies including CBP", "la division X du ministère").
        const unit = f.type === "ownership" && a.entity(y.id)?.type === "agency" && ["agency", "state"].includes(a.entity(x.id)?.type ?? "");
        if (unit) emit(ctx, "member_of", [y.id], [x.id], reading, headText, f.rule, false, { rule: f.rule, ...viaOf(y, x) });
        else emit(ctx, f.type, [x.id], [y.id], reading, headText, f.rule, false, { rule: f.rule, ...viaOf(x, y) });
      }
  }
}

/** "Google and Amazon’s Project Nimbus": the owners of a named contract are its parties. */
export function contractOwners(ctx: SentenceContext): void {
  const { run, items } = ctx;
  const connectors = run.k.cues.list_connectors[run.a.lang];
  items.forEach((item, i) => {
    const owned = items[i + 2]?.entityId;
    if (!item.entityId || items[i + 1]?.norm !== "'s" || !owned || run.a.entity(owned)?.type !== "contract") return;
    const owners = [item.entityId];
    for (let j = i - 1; j >= 0 && (items[j]!.entityId || connectors.matchAt(items, j)); j--) {
      if (items[j]!.entityId) owners.push(items[j]!.entityId!);
    }
    ctx.inferred = new Map();
    emit(ctx, "contract", owners, [owned], { status: "active", modality: "asserted" }, "'s", "contract-owner");
  });
}

const BODIES = new Set(["agency", "organization"]);

/** "The Ministry of Defence's Strategic Command", "NATO's Innovation Fund board": a body's body is its unit. */
export function unitsOfPossessors(ctx: SentenceContext): void {
  const { run, items, cues } = ctx;
  const type = (id: string | undefined) => (id ? run.a.entity(id)?.type : undefined);
  items.forEach((item, i) => {
    const unit = items[i + 2]?.entityId;
    if (!item.entityId || items[i + 1]?.norm !== "'s" || !unit || unit === item.entityId) return;
    if (type(unit) !== "agency" || !BODIES.has(type(item.entityId) ?? "")) return;
    const reading = readCues(
      run.k,
      run.a.lang,
      items,
      cues,
      { start: i + 1, end: i + 2, value: { type: "member_of", dir: "forward", source: "" } },
      clauseAround(items, { start: i, end: i + 3 }),
    );
    if (reading.negated) return;
    ctx.inferred = new Map();
    emit(ctx, "member_of", [unit], [item.entityId], reading, "'s", "unit-of-possessor");
  });
}

/** "X, PDG de Y", "Palantir CEO Alex Karp": the person is a member of the organisation. */
export function roleFacts(ctx: SentenceContext): void {
  const { run, items, cues, s } = ctx;
  const { k, a } = run;
  const anaphors = ctx.candidates.filter((c) => c.kind === "anaphor" && c.anaphor && c.anaphor.type !== "person");
  const links: (RoleLink & { rule?: string })[] = roleLinks(k, a.lang, items, a.entity, {
    ownerAt: (i) => run.resolver.owner(items[i]!.start),
    anaphorAt: (i, exclude) => {
      const c = anaphors.find((x) => x.first === i);
      const antecedent = c ? run.resolver.antecedent(c.anaphor!, items[i]!.start, [exclude]) : undefined;
      return c && antecedent ? { last: c.last, id: antecedent.id, start: antecedent.start, end: antecedent.end } : undefined;
    },
  });
  // "Commerce Secretary X", "le Premier ministre X": a title before the name that names its institution.
  items.forEach((item, p) => {
    if (!item.entityId || a.entity(item.entityId)?.type !== "person") return;
    const t = titleInstitution(k, a, items, p);
    if (!t || t.institution === item.entityId) return;
    // A portfolio taken for a body of its own ("Defense" in "Defense Minister X") is the title's, not the person's organisation.
    const inTitle = new Set(items.slice(t.roleAt, t.titleEnd).map((x) => x.entityId));
    for (let n = links.length - 1; n >= 0; n--) if (links[n]!.person === item.entityId && inTitle.has(links[n]!.organisation)) links.splice(n, 1);
    if (!links.some((l) => l.person === item.entityId && l.organisation === t.institution))
      links.push({ person: item.entityId, organisation: t.institution, role: t.role, roleAt: t.roleAt, titleEnd: t.titleEnd, rule: "role-title" });
  });
  for (const link of links) {
    // "l'ancien PDG de X", "former CEO", "ex-directeur": the role, and so the membership, is over.
    const ex = items[link.roleAt - 1]?.norm === "-" && items[link.roleAt - 2]?.norm === "ex";
    const status: Status = ex || cues.has("ended", link.roleAt - 2, link.roleAt) ? "ended" : "active";
    const via = roleVia(ctx, link);
    run.facts.push({
      type: "member_of",
      source: link.person,
      target: link.organisation,
      status,
      modality: "asserted",
      start: s.start,
      end: s.end,
      trigger: link.role,
      rule: link.rule ?? "role",
      ...(via ? { via: { target: via } } : {}),
    });
  }
}

/** The words that stood for the organisation ("Son", "la société") and where it is named, when the role's sentence does not name it. */
function roleVia(ctx: SentenceContext, link: RoleLink): Inferred | undefined {
  const { run, items } = ctx;
  const text = run.a.text;
  if (link.anaphor) {
    const { first, last, antecedent } = link.anaphor;
    return inferredAt(text, items[first]!.start, items[last]!.end, antecedent, "anaphor");
  }
  // The title stands for the institution (or "Son" for the company); the evidence points to where the article names it.
  const [first, last] = link.titleEnd !== undefined ? [link.roleAt, link.titleEnd - 1] : [link.possessiveAt, link.possessiveAt];
  if (first === undefined || last === undefined) return undefined;
  const antecedent = run.mentionIndex.near(link.organisation, items[first]!.start);
  return antecedent ? inferredAt(text, items[first]!.start, items[last]!.end, antecedent, "anaphor") : undefined;
}

/** "L'objectif est de … pour le GCHQ, le MI5 et le MI6": who the previous sentence's contract serves. */
export function contractPurpose(ctx: SentenceContext): void {
  const { run, items, cues, s } = ctx;
  const previous = run.previousContract;
  if (ctx.contractHere || !previous || previous.paragraph !== s.paragraph || !cues.has("contract_purpose", 0, items.length)) return;
  const served = run
    .allowed(
      "contract",
      "source",
      ctx.candidates.filter((c) => c.kind === "group" && !c.attributed).flatMap((c) => c.entityIds),
    )
    .filter((id) => run.a.entity(id)?.type !== "company");
  if (!served.length) return;
  const whole = { start: 0, end: items.length };
  const reading = readCues(run.k, run.a.lang, items, cues, { start: 0, end: 1, value: { type: "contract", dir: "forward", source: "" } }, whole);
  run.contracts.push({
    parties: served.sort(),
    start: s.start,
    end: s.end,
    status: "active",
    modality: reading.modality,
    kind: "contract",
    trigger: "",
    triggerStart: s.start,
    triggerEnd: s.end,
    continues: previous.index,
    definite: true,
    rule: "contract-purpose",
  });
}
