// The build-time layout: positions for the nodes of graphs too large to lay out in the browser.
// Pure (graph and previous positions in, graph out); the CLI reads the previous positions and
// writes the result. A rerun keeps every position it knew and places only new nodes; a whole
// layout runs when there is none yet, when most nodes are new, or on request (--relayout).
import type { Graph, Position } from "../model";
import { fullLayout } from "./full";
import { placeMissing } from "./place";
import { skeleton } from "./skeleton";

export { positionsOf } from "./positions";

/** Graphs with more elements (entities and relations) than this get positions at build time. */
export const LAYOUT_ABOVE = 2_000;

export type LayoutMode = "none" | "full" | "incremental";

export type LayoutResult = {
  graph: Graph;
  mode: LayoutMode;
  /** Nodes given a position they did not have before. */
  placed: number;
};

export type LayoutRequest = {
  /** Positions of the previous output, by node id; empty when there is none. */
  previous: ReadonlyMap<string, Position>;
  /** Lay out everything again, ignoring `previous`. */
  relayout?: boolean;
  /** Overrides LAYOUT_ABOVE (tests, benchmarks). */
  above?: number;
};

export function layoutGraph(graph: Graph, request: LayoutRequest): LayoutResult {
  const above = request.above ?? LAYOUT_ABOVE;
  if (graph.nodes.length + graph.edges.length <= above) return { graph: withPositions(graph, new Map()), mode: "none", placed: 0 };
  const drawn = drawnIds(graph);
  const kept = new Map<string, Position>();
  if (!request.relayout) for (const id of drawn) if (request.previous.has(id)) kept.set(id, request.previous.get(id)!);
  // When most of the drawing would be new, placing node by node gives a worse picture than a layout.
  const full = kept.size * 2 < drawn.size;
  const positions = full ? fullLayout(skeleton(graph)) : placeMissing(graph, kept);
  return { graph: withPositions(graph, positions), mode: full ? "full" : "incremental", placed: full ? positions.size : positions.size - kept.size };
}

/** The entities the canvas draws: those with a relation to another. */
function drawnIds(graph: Graph): Set<string> {
  const out = new Set<string>();
  for (const e of graph.edges) if (e.source !== e.target) out.add(e.source).add(e.target);
  return out;
}

/** The graph with exactly these positions on its nodes (none on the others). */
function withPositions(graph: Graph, positions: ReadonlyMap<string, Position>): Graph {
  const nodes = graph.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p && !n.position) return n;
    const { position: _, ...rest } = n;
    return p ? { ...rest, position: { x: p.x, y: p.y } } : rest;
  });
  return { ...graph, nodes };
}
