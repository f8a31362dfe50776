import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { overviewGraph } from "../../src/app/graph/overview";
import { parseGraph, SCHEMA_VERSION, type Graph } from "../../src/model";

/** A star of `leaves` around "hub", a triangle a-b-c, and a chain x-y. */
function graph(leaves: number): Graph {
  const node = (id: string) => ({ id, label: id, type: "company", country: null, sectors: [], aliases: [id], curated: true, mentions: [], attributes: {} });
  const quote = "A signed a contract with B.";
  const edge = (s: string, t: string) => ({
    id: `${s}|supplies|${t}`,
    source: s,
    target: t,
    type: "supplies",
    status: "active",
    evidence: [{ articleId: "a", start: 0, end: quote.length, quote, modality: "asserted" }],
  });
  const ids = ["hub", "a", "b", "c", "x", "y", ...Array.from({ length: leaves }, (_, i) => `leaf${i}`)];
  const edges = [
    ...Array.from({ length: leaves }, (_, i) => edge("hub", `leaf${i}`)),
    edge("a", "b"),
    edge("b", "c"),
    edge("c", "a"),
    edge("x", "y"),
    edge("hub", "a"),
  ];
  const parsed = parseGraph({
    schemaVersion: SCHEMA_VERSION,
    articles: [{ id: "a", file: "a.txt", title: "A", language: "en", outlet: null, published: null, url: null, translationOf: null }],
    nodes: ids.map(node),
    edges,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.value;
}

describe("overviewGraph", () => {
  const index = buildIndex(graph(5));
  const all = filterGraph(index, EMPTY_FILTERS, true);

  it("keeps the most connected entities and only the relations among them", () => {
    const view = overviewGraph(index, all, 3);
    expect([...view.nodes].sort()).toEqual(["a", "b", "hub"]);
    expect([...view.edges].sort()).toEqual(["a|supplies|b", "hub|supplies|a"]);
  });

  it("adds an entity asked for, with its ties to the overview, and never one filtered out", () => {
    const view = overviewGraph(index, all, 3, ["c", "nowhere"]);
    expect(view.nodes.has("c")).toBe(true);
    expect(view.nodes.has("nowhere")).toBe(false);
    expect(view.edges.has("b|supplies|c")).toBe(true);
    expect(view.edges.has("c|supplies|a")).toBe(true);
  });

  it("is the whole graph when it is no bigger than the overview", () => {
    const view = overviewGraph(index, all, 1_000);
    expect(view.nodes.size).toBe(all.nodes.size);
    expect(view.edges.size).toBe(all.edges.size);
  });
});
