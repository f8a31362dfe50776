// mergeAdded: articles added in the browser join the loaded graph, marked as added here, without
// changing it; known entities and relations gain the new passages instead of being doubled.
import { mergeAdded } from "../../src/app/graph/addedGraph";
import { checkReferences, parseGraph, SCHEMA_VERSION, type ArticleMeta, type Graph, type GraphEdge, type GraphNode } from "../../src/model";

const meta = (id: string): ArticleMeta => ({
  id,
  file: `seeds/${id}.md`,
  title: id,
  language: "en",
  outlet: null,
  published: null,
  url: null,
  translationOf: null,
});
const node = (id: string, articleId: string, start = 0): GraphNode => ({
  id,
  label: id,
  type: "company",
  country: null,
  sectors: [],
  aliases: [id],
  curated: true,
  mentions: [{ articleId, start, end: start + 3 }],
  attributes: {},
});
const edge = (source: string, target: string, articleId: string, start = 0): GraphEdge => ({
  id: `${source}|supplies|${target}`,
  source,
  target,
  type: "supplies",
  status: "active",
  evidence: [{ articleId, start, end: start + 10, quote: "x".repeat(10), modality: "asserted" }],
});
const graph = (articles: string[], nodes: GraphNode[], edges: GraphEdge[]): Graph => ({
  schemaVersion: SCHEMA_VERSION,
  articles: articles.map(meta),
  nodes,
  edges,
});

const BASE = graph(["a1"], [node("acme", "a1"), node("ice", "a1", 10)], [edge("acme", "ice", "a1")]);
const BASE_JSON = JSON.stringify(BASE);

describe("mergeAdded", () => {
  it("returns the loaded graph itself when nothing was added", () => {
    const { graph: g, marks } = mergeAdded(BASE, []);
    expect(g).toBe(BASE);
    expect(marks.nodes.size + marks.edges.size + marks.articles.size).toBe(0);
  });

  it("adds new entities and relations, marked as added, and gives known ones the new passages", () => {
    const added = graph(
      ["local-1"],
      [node("acme", "local-1", 5), node("newco", "local-1", 20)],
      [edge("acme", "ice", "local-1", 0), edge("newco", "ice", "local-1", 20)],
    );
    const { graph: g, marks } = mergeAdded(BASE, [added]);
    expect(g.articles.map((a) => a.id)).toEqual(["a1", "local-1"]);
    expect(g.nodes.map((n) => n.id)).toEqual(["acme", "ice", "newco"]);
    expect(g.nodes[0]!.mentions.map((m) => m.articleId)).toEqual(["a1", "local-1"]);
    expect(g.edges.map((e) => [e.id, e.evidence.length])).toEqual([
      ["acme|supplies|ice", 2],
      ["newco|supplies|ice", 1],
    ]);
    expect([...marks.articles]).toEqual(["local-1"]);
    expect([...marks.nodes]).toEqual(["newco"]);
    expect([...marks.edges]).toEqual(["newco|supplies|ice"]);
    expect(parseGraph(g).ok).toBe(true);
    expect(checkReferences(g)).toEqual([]);
    expect(JSON.stringify(BASE)).toBe(BASE_JSON);
  });

  it("merges two additions that name the same new entity into one node", () => {
    const one = graph(["local-1"], [node("newco", "local-1"), node("ice", "local-1", 9)], [edge("newco", "ice", "local-1")]);
    const two = graph(["local-2"], [node("newco", "local-2"), node("ice", "local-2", 9)], [edge("newco", "ice", "local-2")]);
    const { graph: g, marks } = mergeAdded(BASE, [one, two]);
    expect(g.nodes.filter((n) => n.id === "newco")).toHaveLength(1);
    expect(g.edges.find((e) => e.id === "newco|supplies|ice")!.evidence.map((e) => e.articleId)).toEqual(["local-1", "local-2"]);
    expect([...marks.nodes]).toEqual(["newco"]);
  });

  it("skips an addition whose article the corpus now has, so its passages are not counted twice", () => {
    const again = graph(["a1"], [node("acme", "a1")], [edge("acme", "ice", "a1", 40)]);
    const { graph: g, marks } = mergeAdded(BASE, [again]);
    expect(g.edges[0]!.evidence).toHaveLength(1);
    expect(marks.articles.size).toBe(0);
  });

  it("does not repeat a passage it already has", () => {
    const same = graph(["local-1"], [node("acme", "a1")], [edge("acme", "ice", "a1")]);
    const { graph: g } = mergeAdded(BASE, [same]);
    expect(g.nodes[0]).toBe(BASE.nodes[0]);
    expect(g.edges[0]).toBe(BASE.edges[0]);
  });
});
