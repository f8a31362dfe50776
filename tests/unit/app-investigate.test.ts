// Paths, k-hop focus, rankings and corroboration on small graphs whose answers are worked out by hand.
import type { ArticleMeta, Graph, GraphEdge, GraphNode, RelationType } from "../../src/model";
import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { pathElements, shortestPaths } from "../../src/app/graph/paths";
import { focusGraph, kHop } from "../../src/app/graph/focus";
import { adjacency, betweenness, pagerank, rankings, sortRankings } from "../../src/app/graph/rankings";
import { corroboration } from "../../src/app/graph/corroboration";

const node = (id: string): GraphNode => ({
  id, label: id.toUpperCase(), type: "company", country: null, sectors: [], aliases: [], curated: true, mentions: [], attributes: {},
});
const edge = (source: string, type: RelationType, target: string, articles: string[] = ["a1"]): GraphEdge => ({
  id: `${source}|${type}|${target}`, source, target, type, status: "active",
  evidence: articles.map((articleId, i) => ({ articleId, start: i, end: i + 1, quote: "x", modality: "asserted" as const })),
});
const article = (id: string, translationOf: string | null = null): ArticleMeta => ({
  id, file: `${id}.txt`, title: id, language: "en", outlet: null, published: null, url: null, translationOf,
});
function graphOf(ids: string[], edges: GraphEdge[], articles: ArticleMeta[] = [article("a1")]): Graph {
  return { schemaVersion: 1, articles, nodes: ids.map(node), edges };
}

// a — b — d — e, and a — c — d: two shortest ways from a to d; f is alone.
const diamond = buildIndex(
  graphOf(["a", "b", "c", "d", "e", "f"], [edge("a", "supplies", "b"), edge("c", "client_of", "a"), edge("b", "partnership", "d"), edge("c", "member_of", "d"), edge("d", "supplies", "e")]),
);

describe("shortestPaths", () => {
  it("finds every shortest path by hops, walking relations either way", () => {
    const paths = shortestPaths(diamond, "a", "e");
    expect(paths).toEqual([
      { nodes: ["a", "b", "d", "e"], edges: ["a|supplies|b", "b|partnership|d", "d|supplies|e"] },
      { nodes: ["a", "c", "d", "e"], edges: ["c|client_of|a", "c|member_of|d", "d|supplies|e"] },
    ]);
  });

  it("keeps to the filtered relations", () => {
    const within = { edges: new Set(["a|supplies|b", "b|partnership|d", "d|supplies|e", "c|member_of|d"]) };
    expect(shortestPaths(diamond, "a", "e", { within }).map((p) => p.nodes)).toEqual([["a", "b", "d", "e"]]);
  });

  it("stops at the limit and at maxHops, and answers [] for no path or the same node", () => {
    expect(shortestPaths(diamond, "a", "e", { limit: 1 })).toHaveLength(1);
    expect(shortestPaths(diamond, "a", "e", { maxHops: 2 })).toEqual([]);
    expect(shortestPaths(diamond, "a", "f")).toEqual([]);
    expect(shortestPaths(diamond, "a", "a")).toEqual([]);
    expect(shortestPaths(diamond, "a", "nobody")).toEqual([]);
  });

  it("lists parallel relations between the same two entities as separate paths", () => {
    const g = buildIndex(graphOf(["a", "b"], [edge("a", "supplies", "b"), edge("a", "contract", "b")]));
    expect(shortestPaths(g, "a", "b").map((p) => p.edges)).toEqual([["a|supplies|b"], ["a|contract|b"]]);
  });

  it("collects the elements of all paths", () => {
    const els = pathElements(shortestPaths(diamond, "a", "e"));
    expect([...els.nodes].sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(els.edges.size).toBe(5);
  });
});

describe("focus", () => {
  const all = filterGraph(diamond, EMPTY_FILTERS, true);

  it("reaches nodes within k hops", () => {
    expect([...kHop(diamond, "a", 1, all.edges)].sort()).toEqual(["a", "b", "c"]);
    expect([...kHop(diamond, "a", 2, all.edges)].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...kHop(diamond, "e", 3, all.edges)].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("does not walk through a hidden node", () => {
    expect([...kHop(diamond, "e", 3, all.edges, new Set(["d"]))]).toEqual(["e"]);
  });

  it("keeps the relations between focused nodes, adds an expanded node's neighbours, drops hidden ones", () => {
    const one = focusGraph(diamond, all, { root: "a", hops: 1, expanded: [], hidden: [] });
    expect([...one.nodes].sort()).toEqual(["a", "b", "c"]);
    expect([...one.edges].sort()).toEqual(["a|supplies|b", "c|client_of|a"]);
    const grown = focusGraph(diamond, all, { root: "a", hops: 1, expanded: ["b"], hidden: ["c"] });
    expect([...grown.nodes].sort()).toEqual(["a", "b", "d"]);
    expect([...grown.edges].sort()).toEqual(["a|supplies|b", "b|partnership|d"]);
  });
});

describe("rankings", () => {
  // A star: h joined to x, y, z.
  const star = buildIndex(graphOf(["h", "x", "y", "z"], [edge("h", "supplies", "x"), edge("y", "supplies", "h"), edge("h", "supplies", "z")]));
  const starAdj = adjacency(star, filterGraph(star, EMPTY_FILTERS, true));

  it("betweenness: the hub of a 3-star lies on all 3 leaf pairs; the middle of a path on 1", () => {
    const b = betweenness(starAdj);
    expect(Object.fromEntries(b)).toEqual({ h: 3, x: 0, y: 0, z: 0 });
    const line = betweenness(new Map([["p", ["q"]], ["q", ["p", "r"]], ["r", ["q"]]]));
    expect(line.get("q")).toBe(1);
  });

  it("betweenness splits a pair between two equally short routes", () => {
    // a–b–d and a–c–d: b and c each carry half of the pair (a, d).
    const b = betweenness(new Map([["a", ["b", "c"]], ["b", ["a", "d"]], ["c", ["a", "d"]], ["d", ["b", "c"]]]));
    expect(b.get("b")).toBeCloseTo(0.5);
    expect(b.get("c")).toBeCloseTo(0.5);
  });

  it("pagerank of a 3-star solves x = 0.0375 + 0.85c/3, c = 0.0375 + 2.55x", () => {
    const pr = pagerank(starAdj);
    expect(pr.get("h")).toBeCloseTo(0.479730, 5);
    expect(pr.get("x")).toBeCloseTo(0.173423, 5);
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it("pagerank spreads an isolated node's rank evenly, so the ranks still sum to 1", () => {
    const pr = pagerank(new Map([["a", ["b"]], ["b", ["a"]], ["c", []]]));
    expect(pr.get("a")).toBeCloseTo(pr.get("b")!, 9);
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
    expect(pr.get("c")!).toBeLessThan(pr.get("a")!);
  });

  it("ranks the visible graph only, degree counting relations, and sorts by the chosen measure", () => {
    const visible = { nodes: new Set(["a", "b", "c", "d"]), edges: new Set(["a|supplies|b", "c|client_of|a", "b|partnership|d", "c|member_of|d"]) };
    const rows = rankings(diamond, visible);
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
    expect(rows.every((r) => r.degree === 2 && r.betweenness === 0.5)).toBe(true);
    const withTail = rankings(diamond, filterGraph(diamond, EMPTY_FILTERS, true));
    const sorted = sortRankings(withTail, "betweenness", (id) => id);
    // d carries (a,e), (b,e), (c,e) whole and half of (b,c), which may also go through a.
    expect(sorted[0]).toMatchObject({ id: "d", degree: 3, betweenness: 3.5 });
    expect(sortRankings(withTail, "degree", (id) => id).map((r) => r.id).slice(0, 2)).toEqual(["d", "a"]);
  });
});

describe("corroboration", () => {
  const articles = new Map([
    ["a1", article("a1", "a2")],
    ["a2", article("a2", "a1")],
    ["b1", article("b1")],
  ]);

  it("counts an article and its translation as one source", () => {
    const e = edge("x", "supplies", "y", ["a1", "a1", "a2", "a2"]);
    expect(corroboration(e, articles)).toEqual({ passages: 4, articles: 2, independent: 1, withTranslation: 1 });
  });

  it("counts unrelated articles separately", () => {
    const e = edge("x", "supplies", "y", ["a2", "b1"]);
    expect(corroboration(e, articles)).toEqual({ passages: 2, articles: 2, independent: 2, withTranslation: 0 });
  });
});
