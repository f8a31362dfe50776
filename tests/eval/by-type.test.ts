// Typed scores per relation type and per-edge verdicts (what `npm run eval -- --by-type` prints and
// `npm run calibrate` counts), on a hand-made graph whose answers are worked out by hand.
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type Graph, type GraphEdge, type GraphNode } from "../../src/model";
import { RuleConfidenceSchema } from "../../src/extract/knowledge";
import { rulePrecision } from "./calibration";
import { type Gold, scoreGraph } from "./scorer";

const TEXT = "Acme sells drones to the Army. Globex partners with Acme. Widget also sells to the Army.";
const at = (s: string) => ({ articleId: "a1", start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const node = (id: string, type: GraphNode["type"], mention: string): GraphNode => ({
  id,
  label: mention,
  type,
  country: null,
  sectors: [],
  aliases: [],
  curated: false,
  mentions: [at(mention)],
  attributes: {},
});
const edge = (source: string, type: GraphEdge["type"], target: string, quote: string): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  status: "active",
  evidence: [{ ...at(quote), quote, modality: "asserted" }],
});
const meta = { id: "a1", file: "a1.txt", title: "t", language: "en" as const, outlet: null, published: null, url: null, translationOf: null };

describe("typed scores by relation type", () => {
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    articles: [meta],
    nodes: [node("acme", "company", "Acme"), node("army", "agency", "Army"), node("globex", "company", "Globex"), node("widget", "company", "Widget")],
    edges: [
      // Right, written the other way round: the Army is Acme's client.
      edge("army", "client_of", "acme", "Acme sells drones to the Army"),
      edge("acme", "partnership", "globex", "Globex partners with Acme"),
      // Wrong: the gold has Widget supplying Globex, not the Army.
      edge("widget", "supplies", "army", "Widget also sells to the Army"),
    ],
  };
  const gold: Gold = {
    article: "a1.txt",
    entities: [
      { id: "acme", name: "Acme", type: "company" },
      { id: "army", name: "the Army", type: "agency" },
      { id: "globex", name: "Globex", type: "company" },
      { id: "widget", name: "Widget", type: "company" },
    ],
    relations: [
      { source: "acme", target: "army", type: "supplies" },
      { source: "globex", target: "acme", type: "partnership", optional: true },
      { source: "widget", target: "globex", type: "supplies" },
      { source: "acme", target: "widget", type: "ownership" },
    ],
  };
  const scored = scoreGraph({ graph, text: () => TEXT }, [{ file: "a1.json", gold }]);

  it("scores each type apart, client_of as supplies, optional gold left out", () => {
    expect(scored.byType).toEqual({
      supplies: { p: 0.5, r: 0.5, f1: 0.5, predicted: 2, gold: 2 },
      ownership: { p: 0, r: 0, f1: 0, predicted: 0, gold: 1 },
    });
  });

  it("adds up to the overall typed score", () => {
    const sum = Object.values(scored.byType).reduce((n, t) => n + t.predicted, 0);
    const gold = Object.values(scored.byType).reduce((n, t) => n + t.gold, 0);
    expect([sum, gold]).toEqual([2, 3]);
    expect(scored.summary.typed.p).toBe(0.5);
    expect(scored.summary.typed.r).toBeCloseTo(1 / 3);
  });

  it("gives each edge of the article its verdict", () => {
    expect(scored.verdicts).toEqual([
      { articleId: "a1", edgeId: "army|client_of|acme", verdict: "hit" },
      { articleId: "a1", edgeId: "acme|partnership|globex", verdict: "optional" },
      { articleId: "a1", edgeId: "widget|supplies|army", verdict: "miss" },
    ]);
  });
});

describe("rule confidence (npm run calibrate)", () => {
  const ev = (start: number, rule: string | undefined, articleId = "a1") => ({
    articleId,
    start,
    end: start + 1,
    quote: "x",
    modality: "asserted" as const,
    rule,
  });
  const e = (id: string, evidence: ReturnType<typeof ev>[]): GraphEdge => ({
    id,
    source: "s",
    target: "t",
    type: "supplies",
    status: "active",
    evidence: evidence.map(({ rule, ...rest }) => (rule ? { ...rest, rule } : rest)),
  });
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    articles: [meta],
    nodes: [],
    edges: [e("right", [ev(0, "verb"), ev(5, "verb"), ev(9, "list", "a2")]), e("wrong", [ev(0, "list")]), e("maybe", [ev(0, "verb")])],
  };
  const table = rulePrecision(
    graph,
    [
      { articleId: "a1", edgeId: "right", verdict: "hit" },
      { articleId: "a1", edgeId: "wrong", verdict: "miss" },
      { articleId: "a1", edgeId: "maybe", verdict: "optional" },
    ],
    "tune",
  );

  it("counts each rule's passages in the article judged, optional relations left out, smoothed by add-one", () => {
    expect(table.rules).toEqual({
      list: { confidence: 0.333, correct: 0, passages: 1 },
      verb: { confidence: 0.75, correct: 2, passages: 2 },
    });
  });

  it("writes what the extractor's knowledge accepts", () => {
    expect(RuleConfidenceSchema.parse(table)).toEqual(table);
  });
});
