// The one-step neighbourhood of a node, used to highlight what a selection touches.
import type { GraphIndex } from "./graphIndex";

export type Neighbourhood = { nodes: Set<string>; edges: Set<string> };

/** The node, its relations and the nodes at their other ends; limited to `within` when given. */
export function neighbourhood(index: GraphIndex, nodeId: string, within?: { edges: ReadonlySet<string> }): Neighbourhood {
  const nodes = new Set<string>([nodeId]);
  const edges = new Set<string>();
  for (const id of index.edgesByNode.get(nodeId) ?? []) {
    if (within && !within.edges.has(id)) continue;
    const e = index.edgeById.get(id);
    if (!e) continue;
    edges.add(id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return { nodes, edges };
}
