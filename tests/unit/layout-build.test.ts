// The build-time layout (src/layout): which graphs get positions, that they are deterministic, that
// a rerun keeps what it knew and places only new nodes, and the v2 → v3 migration.
import { layoutGraph, positionsOf } from "../../src/layout";
import { placeNew, PLACE_DISTANCE } from "../../src/layout/place";
import { skeleton } from "../../src/layout/skeleton";
import { migrateGraph, parseGraph, SCHEMA_VERSION, type Graph, type Position } from "../../src/model";
import { fixtureGraphJson } from "../fixtures/load";

const quote = "A signed a contract with B.";
const node = (id: string) => ({
  id,
  label: id,
  type: "company" as const,
  country: null,
  sectors: [],
  aliases: [id],
  curated: true,
  mentions: [],
  attributes: {},
});
const edge = (s: string, t: string, type = "supplies" as const, passages = 1) => ({
  id: `${s}|${type}|${t}`,
  source: s,
  target: t,
  type,
  status: "active" as const,
  evidence: Array.from({ length: passages }, () => ({ articleId: "a", start: 0, end: quote.length, quote, modality: "asserted" as const })),
});

function graph(nodes: string[], edges: ReturnType<typeof edge>[]): Graph {
  const parsed = parseGraph({
    schemaVersion: SCHEMA_VERSION,
    articles: [{ id: "a", file: "a.txt", title: "A", language: "en", outlet: null, published: null, url: null, translationOf: null }],
    nodes: nodes.map(node),
    edges,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.value;
}

/** `n` nodes in a ring with chords, plus one node without relations. */
function ring(n: number, prefix = "r"): Graph {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const edges = ids.flatMap((id, i) => [edge(id, ids[(i + 1) % n]!), ...(i % 5 === 0 ? [edge(id, ids[(i + 7) % n]!)] : [])]);
  return graph([...ids, "lonely"], edges);
}

describe("skeleton", () => {
  it("keeps one link per pair whatever the relations and directions, and drops entities without relations", () => {
    const g = graph(
      ["a", "b", "c", "lonely"],
      [edge("a", "b"), edge("b", "a"), { ...edge("a", "b"), id: "a|contract|b", type: "contract" as never }, edge("b", "c")],
    );
    expect(skeleton(g)).toEqual({
      ids: ["a", "b", "c"],
      pairs: [
        [0, 1],
        [1, 2],
      ],
    });
  });

  it("drops a link that neither end counts among its strongest", () => {
    const leaves = Array.from({ length: 6 }, (_, i) => `l${i}`);
    const g = graph(["hub", ...leaves, "x"], [...leaves.map((l) => edge("hub", l)), edge("x", "l0"), edge("x", "l1", "supplies", 5)]);
    const sk = skeleton(g, { keep: 1 });
    // l1's strongest link is to x (more passages), the hub's (a tie, broken by order) to l0: hub-l1 goes.
    const named = sk.pairs.map(([a, b]) => `${sk.ids[a]}-${sk.ids[b]}`);
    expect(named).toEqual(["hub-l0", "hub-l2", "hub-l3", "hub-l4", "hub-l5", "l1-x"]);
  });
});

describe("layoutGraph", () => {
  it("leaves graphs at or under the threshold to the browser, and drops positions they had", () => {
    const g = ring(10);
    const withOld = { ...g, nodes: g.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) };
    const result = layoutGraph(withOld, { previous: new Map(), above: g.nodes.length + g.edges.length });
    expect(result.mode).toBe("none");
    expect(result.graph.nodes.some((n) => n.position)).toBe(false);
  });

  it("positions every drawn node, none without relations, the same way twice, and the graph still validates", () => {
    const g = ring(40);
    const a = layoutGraph(g, { previous: new Map(), above: 10 });
    const b = layoutGraph(g, { previous: new Map(), above: 10 });
    expect(a.mode).toBe("full");
    expect(a.placed).toBe(40);
    expect(a.graph.nodes.find((n) => n.id === "lonely")!.position).toBeUndefined();
    expect(a.graph.nodes.filter((n) => n.position)).toHaveLength(40);
    expect(positionsOf(a.graph)).toEqual(positionsOf(b.graph));
    for (const p of positionsOf(a.graph).values()) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    // Not all piled in one spot: the drawing spreads over several node widths.
    const xs = [...positionsOf(a.graph).values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    expect(parseGraph(JSON.parse(JSON.stringify(a.graph))).ok).toBe(true);
  });

  it("keeps the previous positions on a rerun and places only the new node, next to its neighbour", () => {
    const before = layoutGraph(ring(40), { previous: new Map(), above: 10 });
    const previous = positionsOf(before.graph);
    const grown = ring(40);
    grown.nodes.push(node("new"));
    grown.edges.push(edge("r3", "new"));
    const after = layoutGraph(grown, { previous, above: 10 });
    expect(after.mode).toBe("incremental");
    expect(after.placed).toBe(1);
    const now = positionsOf(after.graph);
    for (const [id, p] of previous) expect(now.get(id)).toEqual(p);
    const r3 = now.get("r3")!;
    const placed = now.get("new")!;
    expect(Math.hypot(placed.x - r3.x, placed.y - r3.y)).toBeCloseTo(PLACE_DISTANCE, -1);
    // Deterministic for the same inputs.
    expect(positionsOf(layoutGraph(grown, { previous, above: 10 }).graph)).toEqual(now);
  });

  it("lays everything out again on --relayout, or when most nodes are new", () => {
    const g = ring(40);
    const fresh = positionsOf(layoutGraph(g, { previous: new Map(), above: 10 }).graph);
    const shifted = new Map([...fresh].map(([id, p]) => [id, { x: p.x + 1000, y: p.y }]));
    const relaid = layoutGraph(g, { previous: shifted, relayout: true, above: 10 });
    expect(relaid.mode).toBe("full");
    expect(positionsOf(relaid.graph)).toEqual(fresh);
    const few = new Map([...shifted].slice(0, 10));
    expect(layoutGraph(g, { previous: few, above: 10 }).mode).toBe("full");
  });
});

describe("placeNew", () => {
  it("puts a component with nothing placed beside the drawing, its members linked in a chain outwards", () => {
    const g = graph(["a", "b", "x", "y", "z"], [edge("a", "b"), edge("x", "y"), edge("y", "z")]);
    const known = new Map<string, Position>([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 100, y: 50 }],
    ]);
    const placed = placeNew(skeleton(g), known);
    expect(placed.get("a")).toEqual({ x: 0, y: 0 });
    expect(placed.get("x")!.x).toBeGreaterThan(100);
    const [x, y, z] = ["x", "y", "z"].map((id) => placed.get(id)!);
    expect(Math.hypot(y!.x - x!.x, y!.y - x!.y)).toBeCloseTo(PLACE_DISTANCE, -1);
    expect(Math.hypot(z!.x - y!.x, z!.y - y!.y)).toBeCloseTo(PLACE_DISTANCE, -1);
  });
});

describe("schema version 3", () => {
  it("migrates version 1 and version 2 graphs, which have no positions", () => {
    const v1 = fixtureGraphJson() as { schemaVersion: number };
    expect(v1.schemaVersion).toBe(1);
    const v2 = { ...v1, schemaVersion: 2 };
    for (const old of [v1, v2]) {
      expect((migrateGraph(old) as { schemaVersion: number }).schemaVersion).toBe(3);
      const parsed = parseGraph(old);
      expect(parsed.ok && parsed.value.schemaVersion).toBe(3);
    }
    expect(parseGraph({ ...v1, schemaVersion: 4 }).ok).toBe(false);
  });

  it("rejects a position that is not two numbers", () => {
    const g = ring(10);
    const bad = { ...g, nodes: g.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: "1", y: 2 } } : n)) };
    const parsed = parseGraph(JSON.parse(JSON.stringify(bad)));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]).toMatch(/^nodes\.0\.position\.x/);
  });
});

describe("presetPositions (the app)", () => {
  it("is null for a graph without positions: the canvas lays it out", async () => {
    const { presetPositions } = await import("../../src/app/graph/preset");
    const { buildIndex } = await import("../../src/app/graph/graphIndex");
    expect(presetPositions(buildIndex(ring(10)))).toBeNull();
  });

  it("keeps the extractor's positions and places a node added in the browser beside its neighbour", async () => {
    const { presetPositions } = await import("../../src/app/graph/preset");
    const { buildIndex } = await import("../../src/app/graph/graphIndex");
    const laid = layoutGraph(ring(40), { previous: new Map(), above: 10 }).graph;
    const added = { ...laid, nodes: [...laid.nodes, node("added")], edges: [...laid.edges, edge("added", "r7")] };
    const preset = presetPositions(buildIndex(added))!;
    for (const [id, p] of positionsOf(laid)) expect(preset.get(id)).toEqual(p);
    const r7 = preset.get("r7")!;
    const p = preset.get("added")!;
    expect(Math.hypot(p.x - r7.x, p.y - r7.y)).toBeCloseTo(PLACE_DISTANCE, -1);
    expect(preset.has("lonely")).toBe(false);
  });
});
