// Provenance (issue 10, items 7–8): each passage records the rule that produced it, its confidence,
// and the endpoints it names only through an anaphor, a class or a pronoun (`via`), with where the
// antecedent is named. A passage naming neither end of its relation is dropped.
import type { ExtractResult } from "../../src/extract/index";
import { parseRuleConfidence } from "../../src/extract/knowledge";
import { makeResolver } from "../../src/extract/relations/arguments";
import { auditNaming, endpointNaming } from "../../src/extract/provenance";
import { merge, type ArticleResult } from "../../src/extract/stages/09-merge";
import type { Fact } from "../../src/extract/stages/07-relations";
import type { EntityRecord } from "../../src/extract/entities";
import { extract as extractDir } from "../eval/score";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

/** The evidence of one edge of a one-article extraction, its inferred ends written as "words ← antecedent (how)". */
function provenance(r: ExtractResult, edgeId: string) {
  const text = r.articles[0]!.text;
  const edge = r.graph.edges.find((e) => e.id === edgeId);
  if (!edge) throw new Error(`no edge ${edgeId} in ${r.graph.edges.map((e) => e.id).join(", ")}`);
  const show = (v: NonNullable<(typeof edge.evidence)[number]["via"]>["source"]) =>
    v ? `${v.text} ← ${text.slice(v.antecedentStart, v.antecedentEnd)} (${v.how})` : undefined;
  return edge.evidence.map((ev) => ({ rule: ev.rule, source: show(ev.via?.source), target: show(ev.via?.target) }));
}

describe("inferred endpoints (via)", () => {
  it.each([
    [
      "Palantir won praise. The company supplies software to the Israeli military.",
      "palantir|supplies|idf",
      "pattern-forward",
      "The company ← Palantir (anaphor)",
      undefined,
    ],
    [
      "Palantir est critiquée. L'entreprise fournit des logiciels à l'armée israélienne.",
      "palantir|supplies|idf",
      "pattern-forward",
      "L'entreprise ← Palantir (anaphor)",
      undefined,
    ],
    [
      "Palantir supplies software to ICE. It also supplies the Israeli military.",
      "palantir|supplies|idf",
      "pronoun-subject",
      "It ← Palantir (subject)",
      undefined,
    ],
    [
      "Palantir fournit des logiciels à ICE. Il fournit aussi l'armée israélienne.",
      "palantir|supplies|idf",
      "pronoun-subject",
      "Il ← Palantir (subject)",
      undefined,
    ],
    ["Palantir a été fondée en 2003. Son président est Alex Karp.", "alex-karp|member_of|palantir", "role", undefined, "Son ← Palantir (anaphor)"],
    ["Palantir was founded in 2003. Its CEO, Alex Karp, spoke.", "alex-karp|member_of|palantir", "role", undefined, "Its ← Palantir (anaphor)"],
    [
      "Les États-Unis ont placé sur liste noire plusieurs entreprises chinoises. Hikvision et Dahua sont concernées.",
      "us|sanction|hikvision",
      "class-member",
      undefined,
      "entreprises chinoises ← Hikvision (list)",
    ],
    [
      "Palantir won praise. The company won a contract with ICE.",
      "palantir|contract|contract-ice-palantir",
      "contract-party",
      "The company ← Palantir (anaphor)",
      undefined,
    ],
  ])("%s", (text, edgeId, rule, source, target) => {
    expect(provenance(extract(k, text), edgeId)).toEqual([{ rule, source, target }]);
  });

  it("records nothing inferred when the quote names both ends", () => {
    expect(provenance(extract(k, "Palantir supplies software to the Israeli military."), "palantir|supplies|idf")).toEqual([
      { rule: "pattern-forward", source: undefined, target: undefined },
    ]);
  });
});

describe("the resolver reports the mention it chose", () => {
  const records: Record<string, EntityRecord> = Object.fromEntries(
    ["a", "b"].map((id) => [id, { id, label: id, type: "company", country: null, sectors: [], forms: [id], caseSensitive: [], curated: true }]),
  );
  const mentions = [
    { entityId: "a", start: 0, end: 4 },
    { entityId: "b", start: 10, end: 14 },
    { entityId: "a", start: 20, end: 24 },
  ];
  const resolver = makeResolver(
    mentions,
    (id) => records[id],
    () => 0,
  );
  it.each([
    [30, [], { id: "a", start: 20, end: 24 }],
    [30, ["a"], { id: "b", start: 10, end: 14 }],
    [18, [], { id: "b", start: 10, end: 14 }],
    [0, [], undefined],
  ])("before %i, excluding %j", (before, exclude, expected) => {
    expect(resolver.antecedent({ type: "company" }, before, exclude)).toEqual(expected);
    expect(resolver.anaphor({ type: "company" }, before, exclude)).toBe(expected?.id);
  });
});

describe("every passage names its endpoints", () => {
  const spans = new Map([
    ["a", [{ start: 0, end: 4 }]],
    ["b", [{ start: 30, end: 34 }]],
  ]);
  const via = { start: 12, end: 15, text: "its", antecedentStart: 0, antecedentEnd: 4, how: "anaphor" as const };
  it.each([
    [
      { start: 0, end: 40 },
      { source: "named", target: "named" },
    ],
    [
      { start: 10, end: 40 },
      { source: "missing", target: "named" },
    ],
    [
      { start: 10, end: 40, via: { source: via } },
      { source: "inferred", target: "named" },
    ],
    [
      { start: 10, end: 20 },
      { source: "missing", target: "missing" },
    ],
    // A mention straddling the passage's end is not inside it.
    [
      { start: 0, end: 32 },
      { source: "named", target: "missing" },
    ],
  ])("%j", (passage, expected) => {
    expect(endpointNaming(passage, "a", "b", (id) => spans.get(id))).toEqual(expected);
  });

  const record = (id: string): EntityRecord => ({ id, label: id, type: "company", country: null, sectors: [], forms: [id], caseSensitive: [], curated: true });
  const text = "Acme met Bolt. Later it sold kits to them. Nothing here.";
  const fact = (start: number, end: number, extra: Partial<Fact> = {}): Fact => ({
    type: "supplies",
    source: "acme",
    target: "bolt",
    status: "active",
    modality: "asserted",
    start,
    end,
    rule: "pattern-forward",
    ...extra,
  });
  const article = (facts: Fact[]): ArticleResult => ({
    meta: { id: "a", file: "a.txt", title: "a", language: "en", outlet: null, published: null, url: null, translationOf: null },
    text,
    mentions: [
      { entityId: "acme", start: 0, end: 4 },
      { entityId: "bolt", start: 9, end: 13 },
    ],
    facts,
    contracts: [],
  });
  const later = { start: 21, end: 23, text: "it", antecedentStart: 0, antecedentEnd: 4, how: "subject" as const };

  it("drops a passage that names neither end and infers neither, and counts it", () => {
    const dropped = { unnamed: 0 };
    const g = merge([article([fact(15, 42)])], record, { dropped });
    expect(g.edges).toEqual([]);
    expect(dropped.unnamed).toBe(1);
  });

  it("keeps a passage whose unnamed end is inferred, with its via", () => {
    const g = merge([article([fact(15, 42, { target: "acme", source: "bolt", via: { target: later } })])], record);
    expect(g.edges.map((e) => e.evidence.map((ev) => ev.via))).toEqual([[{ target: later }]]);
  });

  it("swaps the inferred ends with the endpoints of a symmetric relation stored sorted", () => {
    // "it" is Bolt, the source as written; the partnership is stored acme → bolt.
    const g = merge([article([fact(15, 42, { type: "partnership", source: "bolt", target: "acme", via: { source: later } })])], record);
    expect(g.edges.map((e) => [e.id, e.evidence[0]!.via])).toEqual([["acme|partnership|bolt", { target: later }]]);
  });

  it("stamps the rule and its confidence, the surer rule winning when two read one passage", () => {
    const confidence = new Map([
      ["pattern-forward", 0.8],
      ["carried-recipient", 0.4],
    ]);
    const g = merge([article([fact(0, 14, { rule: "carried-recipient" }), fact(0, 14)])], record, { confidenceOf: (r) => confidence.get(r) });
    expect(g.edges[0]!.evidence.map(({ rule, confidence }) => ({ rule, confidence }))).toEqual([{ rule: "pattern-forward", confidence: 0.8 }]);
  });
});

describe("confidence comes from data/rule-confidence.json", () => {
  const json = (rules: Record<string, { confidence: number; correct: number; passages: number }>) =>
    JSON.stringify({ corpus: "tune", smoothing: "add-one", rules });

  it("is stamped on the passages of a calibrated rule, and absent for a rule never measured", () => {
    const kc = {
      ...k,
      ruleConfidence: new Map(Object.entries(parseRuleConfidence(json({ "pattern-forward": { confidence: 0.75, correct: 2, passages: 2 } })))),
    };
    const r = extract(kc, "Palantir supplies software to the Israeli military. Palantir was founded in 2003. Its CEO, Alex Karp, spoke.");
    const byRule = r.graph.edges.flatMap((e) => e.evidence.map((ev) => [ev.rule, ev.confidence]));
    expect(byRule).toContainEqual(["pattern-forward", 0.75]);
    expect(byRule).toContainEqual(["role", undefined]);
  });

  it("reads nothing when the file is absent, and rejects a confidence out of range", () => {
    expect(Object.keys(parseRuleConfidence(undefined))).toHaveLength(0);
    expect(() => parseRuleConfidence(json({ x: { confidence: 1.5, correct: 1, passages: 1 } }))).toThrow(/rule-confidence\.json/);
  });

  it("is read by the knowledge from its file", () => {
    expect(k.ruleConfidence.size).toBeGreaterThan(0);
  });
});

describe.each([
  ["seeds", "seeds"],
  ["tune", "tests/eval/dev/tune/articles"],
])("the %s corpus", (_, dir) => {
  const { graph } = extractDir(dir);
  it("has no passage that names neither end of its relation", () => {
    expect(auditNaming(graph).neither).toEqual([]);
  });
  it("gives every machine passage a rule", () => {
    expect(graph.edges.flatMap((e) => e.evidence.filter((ev) => !ev.curated && !ev.rule).map(() => e.id))).toEqual([]);
  });
});
