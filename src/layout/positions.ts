// Reading the positions a graph carries (schema version 3), shared by the CLI and the app.
import type { Graph, Position } from "../model";

/** The positions a graph carries, by node id. */
export function positionsOf(graph: Pick<Graph, "nodes">): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const n of graph.nodes) if (n.position) out.set(n.id, n.position);
  return out;
}
