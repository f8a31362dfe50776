// Paths, k-hop focus, rankings and corroboration on small graphs whose answers are worked out by hand.
import { SCHEMA_VERSION, type ArticleMeta, type Graph, type GraphEdge, type GraphNode, type RelationType } from "../../src/model";
import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { pathElements, shortestPaths } from "../../src/app/graph/paths";
import { focusGraph, kHop } from "../../src/app/graph/focus";
import { adjacency, betweenness, pagerank, rankings, sortRankings } from "../../src/app/graph/rankings";
import { corroboration } from "../../src/app/graph/corroboration";

const node = (id: string): GraphNode => ({
  id,
  label: id.toUpperCase(),
  type: "company",
  country: null,
  sectors: [],
  aliases: [],
  curated: true,
  mentions: [],
  attributes: {},
});
const edge = (source: string, type: RelationType, target: string, articles: string[] = ["a1"]): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  status: "active",
  evidence: articles.map((articleId, i) => ({ articleId, start: i, end: i + 1, quote: "x", modality: "asserted" as const })),
});
const article = (id: string, translationOf: string | null = null): ArticleMeta => ({
  id,
  file: `${id}.txt`,
  title: id,
  language: "en",
  outlet: null,
  published: null,
  url: null,
  translationOf,
});
function graphOf(ids: string[], edges: GraphEdge[], articles: ArticleMeta[] = [article("a1")]): Graph {
  return { schemaVersion: SCHEMA_VERSION, articles, nodes: ids.map(node), edges };
}

// a — b — d — e, and a — c — d: two shortest ways from a to d; f is alone.
const diamond = buildIndex(
  graphOf(
    ["a", "b", "c", "d", "e", "f"],
    [edge("a", "supplies", "b"), edge("c", "client_of", "a"), edge("b", "partnership", "d"), edge("c", "member_of", "d"), edge("d", "supplies", "e")],
  ),
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
    const line = betweenness(
      new Map([
        ["p", ["q"]],
        ["q", ["p", "r"]],
        ["r", ["q"]],
      ]),
    );
    expect(line.get("q")).toBe(1);
  });

  it("betweenness splits a pair between two equally short routes", () => {
    // a–b–d and a–c–d: b and c each carry half of the pair (a, d).
    const b = betweenness(
      new Map([
        ["a", ["b", "c"]],
        ["b", ["a", "d"]],
        ["c", ["a", "d"]],
        ["d", ["b", "c"]],
      ]),
    );
    expect(b.get("b")).toBeCloseTo(0.5);
    expect(b.get("c")).toBeCloseTo(0.5);
  });

  it("pagerank of a 3-star solves x = 0.0375 + 0.85c/3, c = 0.0375 + 2.55x", () => {
    const pr = pagerank(starAdj);
    expect(pr.get("h")).toBeCloseTo(0.47973, 5);
    expect(pr.get("x")).toBeCloseTo(0.173423, 5);
    expect([...pr.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
  });

  it("pagerank spreads an isolated node's rank evenly, so the ranks still sum to 1", () => {
    const pr = pagerank(
      new Map([
        ["a", ["b"]],
        ["b", ["a"]],
        ["c", []],
      ]),
    );
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
    expect(
      sortRankings(withTail, "degree", (id) => id)
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(["d", "a"]);
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

describe("paths as cited text", () => {
  it("states each relation in its own direction with its asserted quote and citation", async () => {
    const { pathsAsText } = await import("../../src/app/graph/pathText");
    const hedged = {
      ...edge("c", "client_of", "a"),
      evidence: [
        { articleId: "a1", start: 0, end: 5, quote: "maybe", modality: "alleged" as const },
        { articleId: "a1", start: 6, end: 9, quote: "yes", modality: "asserted" as const },
      ],
    };
    const g = buildIndex(
      graphOf(["a", "c", "d"], [hedged, edge("c", "partnership", "d")], [{ ...article("a1"), title: "T", outlet: "Le Monde", published: "2024-05-01" }]),
    );
    const text = pathsAsText(g, shortestPaths(g, "a", "d"), { relation: (t) => t.replace("_", " "), heading: (n) => `Path ${n}`, undated: "undated" });
    expect(text).toBe(["Path 1", "C —client of→ A", "  “yes” (T, Le Monde, 2024-05-01)", "C —partnership— D", "  “x” (T, Le Monde, 2024-05-01)"].join("\n"));
  });
});

describe("keyboard mode on the canvas", () => {
  it("goes to the nearest node in the arrow's direction, preferring straight ahead", async () => {
    const { nearestInDirection, firstNode } = await import("../../src/app/graph/keyboard");
    const o = { id: "o", x: 0, y: 0 };
    const nodes = [o, { id: "r", x: 10, y: 1 }, { id: "far", x: 30, y: 0 }, { id: "diag", x: 5, y: 7 }, { id: "up", x: 1, y: -20 }];
    expect(nearestInDirection(nodes, o, "right")).toBe("r");
    expect(nearestInDirection(nodes, o, "up")).toBe("up");
    expect(nearestInDirection(nodes, o, "down")).toBe("diag");
    expect(nearestInDirection(nodes, o, "left")).toBeNull();
    expect(firstNode(nodes)).toBe("up");
  });
});

describe("matching sentence in a translation", () => {
  it("lands on the same sentence when both texts have as many, else at the same relative place", async () => {
    const { matchingSentence } = await import("../../src/app/graph/translation");
    const fr: [number, number][] = [
      [0, 10],
      [11, 30],
      [31, 50],
    ];
    const en: [number, number][] = [
      [0, 8],
      [9, 25],
      [26, 40],
    ];
    expect(matchingSentence(fr, 15, en)).toEqual({ start: 9, end: 25 });
    expect(
      matchingSentence(fr, 45, [
        [0, 5],
        [6, 9],
        [10, 20],
        [21, 30],
        [31, 40],
      ]),
    ).toEqual({ start: 31, end: 40 });
    expect(matchingSentence(fr, 10, en)).toEqual({ start: 0, end: 8 });
    expect(matchingSentence([], 3, en)).toBeNull();
  });
});

describe("canvas classes for issue 11", () => {
  it("selecting an entity without relations fades nothing; a path brings its elements forward", async () => {
    const { elementClasses } = await import("../../src/app/graph/classes");
    const { drawnCount } = await import("../../src/app/graph/filterGraph");
    const all = filterGraph(diamond, EMPTY_FILTERS, true);
    const lone = elementClasses(diamond, all, { kind: "node", id: "f" });
    expect([...lone.values()].filter((c) => c.includes("dimmed"))).toEqual([]);
    const onPath = elementClasses(diamond, all, null, pathElements(shortestPaths(diamond, "a", "e")));
    expect(onPath.get("d|supplies|e")).toBe("neighbour onpath");
    expect(onPath.get("f")).toBe("dimmed");
    // f is counted among the entities but never drawn.
    expect(drawnCount(diamond, all.nodes)).toBe(5);
  });
});

describe("time", () => {
  const dated = (source: string, target: string, dates: (string | undefined)[], articleId = "a1"): GraphEdge => ({
    ...edge(source, "supplies", target),
    evidence: dates.map((date, i) => ({ articleId, start: i, end: i + 1, quote: "x", modality: "asserted" as const, ...(date ? { date } : {}) })),
  });
  const g = buildIndex(
    graphOf(
      ["a", "b", "c", "d"],
      [dated("a", "b", ["2019-10", undefined]), dated("b", "c", ["2022"]), dated("c", "d", [undefined], "p")],
      [article("a1"), { ...article("p"), published: "2021-03-04" }],
    ),
  );
  const all = filterGraph(g, EMPTY_FILTERS, true);

  it("counts passages per year, filling empty years, with undated ones apart; an article's date stands in for a passage's", async () => {
    const { histogram } = await import("../../src/app/graph/time");
    expect(histogram(g, all.edges)).toEqual({
      years: [
        { year: 2019, count: 1 },
        { year: 2020, count: 0 },
        { year: 2021, count: 1 },
        { year: 2022, count: 1 },
      ],
      undated: 1,
    });
  });

  it("keeps relations with a passage in the range, and undated ones only when asked", async () => {
    const { filterByTime } = await import("../../src/app/graph/time");
    expect([...filterByTime(g, all, { from: 2020, to: 2022, undated: false }).edges]).toEqual(["b|supplies|c", "c|supplies|d"]);
    expect([...filterByTime(g, all, { from: 2023, to: 2024, undated: true }).edges]).toEqual(["a|supplies|b"]);
    expect([...filterByTime(g, all, { from: 2019, to: 2019, undated: false }).nodes].sort()).toEqual(["a", "b"]);
  });
});

describe("betweenness on big graphs", () => {
  it("samples sources beyond the exact limit and scales, keeping the order of a clear hub", () => {
    // A star of 40 leaves: exact hub score is C(40, 2) = 780; every other source is a leaf.
    const adj = new Map<string, string[]>([["hub", Array.from({ length: 40 }, (_, i) => `l${i}`)]]);
    for (let i = 0; i < 40; i++) adj.set(`l${i}`, ["hub"]);
    expect(betweenness(adj).get("hub")).toBe(780);
    const sampled = betweenness(adj, 10);
    expect(sampled.get("hub")!).toBeGreaterThan(600);
    expect(sampled.get("hub")!).toBeLessThan(1000);
    expect(sampled.get("l3")).toBe(0);
  });
});
