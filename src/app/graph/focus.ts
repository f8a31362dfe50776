// Focus: isolate a node's neighbourhood at 1–3 hops, grow it one node at a time, hide nodes,
// always within what the filters already show.
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";

export type FocusSpec = {
  /** The node whose neighbourhood is isolated. */
  root: string;
  hops: 1 | 2 | 3;
  /** Nodes whose own 1-hop neighbours were added, one at a time. */
  expanded: readonly string[];
  /** Nodes taken out of the view (and not walked through). */
  hidden: readonly string[];
};

/** Nodes within `hops` relations of `start`, walking only `within` edges and never through `blocked`. */
export function kHop(index: GraphIndex, start: string, hops: number, within: ReadonlySet<string>, blocked: ReadonlySet<string> = new Set()): Set<string> {
  const reached = new Set<string>();
  if (!index.nodeById.has(start) || blocked.has(start)) return reached;
  reached.add(start);
  let level = [start];
  for (let d = 0; d < hops && level.length; d++) {
    const next: string[] = [];
    for (const node of level) {
      for (const edgeId of index.edgesByNode.get(node) ?? []) {
        if (!within.has(edgeId)) continue;
        const e = index.edgeById.get(edgeId);
        if (!e) continue;
        const other = e.source === node ? e.target : e.source;
        if (reached.has(other) || blocked.has(other)) continue;
        reached.add(other);
        next.push(other);
      }
    }
    level = next;
  }
  return reached;
}

/** The visible graph narrowed to the focus: its nodes, and every visible relation between two of them. */
export function focusGraph(index: GraphIndex, visible: VisibleGraph, focus: FocusSpec): VisibleGraph {
  const hidden = new Set(focus.hidden);
  const nodes = kHop(index, focus.root, focus.hops, visible.edges, hidden);
  for (const id of focus.expanded) {
    if (!nodes.has(id)) continue;
    for (const n of kHop(index, id, 1, visible.edges, hidden)) nodes.add(n);
  }
  const edges = new Set<string>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (e && nodes.has(e.source) && nodes.has(e.target)) edges.add(id);
  }
  const matched = new Set([...nodes].filter((n) => visible.matched.has(n)));
  return { nodes, edges, matched };
}
