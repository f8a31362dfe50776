// The minimum-confidence filter: a relation stays while one of its passages is at least as sure as
// asked. A passage's confidence is its rule's precision on the tune set; a passage without one (a
// person's own, or from a rule never measured) is never below the bar, so it is never hidden for it.
import type { Evidence } from "../../model";
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";

export const CONFIDENCE_STEPS = [0.5, 0.7, 0.8, 0.9] as const;

export const meetsConfidence = (ev: Evidence, min: number): boolean => ev.curated !== undefined || ev.confidence === undefined || ev.confidence >= min;

/** Like the time range: the relations left and their ends. */
export function filterByConfidence(index: GraphIndex, visible: VisibleGraph, min: number): VisibleGraph {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (!e?.evidence.some((ev) => meetsConfidence(ev, min))) continue;
    edges.add(id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  const matched = new Set([...nodes].filter((n) => visible.matched.has(n)));
  return { nodes, edges, matched };
}

const measured = new WeakMap<GraphIndex, boolean>();

/** Whether any passage carries a confidence (data made before calibration carries none). */
export function hasConfidence(index: GraphIndex): boolean {
  let found = measured.get(index);
  if (found === undefined) measured.set(index, (found = index.graph.edges.some((e) => e.evidence.some((ev) => ev.confidence !== undefined))));
  return found;
}
