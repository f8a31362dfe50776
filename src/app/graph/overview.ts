// The first view of a big graph: its most connected entities (the key players' degree ranking),
// not a hairball of thousands. The rest stays reachable: a filter or a focus shows what it asks
// for, and an entity chosen from search is drawn with its ties to the overview.
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";
import { degrees, sortRankings } from "./rankings";

/** Above this many entities the graph opens on the overview. */
export const OVERVIEW_ABOVE = 1_500;
/** How many entities the overview shows. */
export const OVERVIEW_SIZE = 300;

/** The `size` most connected entities of `visible`, plus `extra` (a chosen entity), and the relations among them. */
export function overviewGraph(index: GraphIndex, visible: VisibleGraph, size: number, extra: readonly string[] = []): VisibleGraph {
  const ranked = sortRankings(degrees(index, visible), "degree", (id) => index.nodeById.get(id)?.label ?? id);
  const nodes = new Set(ranked.slice(0, size).map((r) => r.id));
  for (const id of extra) if (visible.nodes.has(id)) nodes.add(id);
  const edges = new Set<string>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (e && nodes.has(e.source) && nodes.has(e.target)) edges.add(id);
  }
  const matched = new Set([...visible.matched].filter((id) => nodes.has(id)));
  return { nodes, edges, matched };
}
