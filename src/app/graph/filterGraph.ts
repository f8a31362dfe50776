// The filter: (graph, filters) → the nodes and edges to show. Pure and linear in the graph size,
// so it can run on every click or keystroke.
import type { GraphEdge } from "../../model";
import type { GraphIndex } from "./graphIndex";
import { hasEdgeFilters, hasNodeFilters, reviewState, type Filters } from "./filters";

export type VisibleGraph = {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes that match the node filters themselves (not kept only as neighbours). */
  matched: ReadonlySet<string>;
};

const ofList = <T>(list: readonly T[]) => (list.length ? new Set(list) : null);

export function edgeMatches(edge: GraphEdge, index: GraphIndex, f: Filters): boolean {
  if (f.relations.length && !f.relations.includes(edge.type)) return false;
  if (f.statuses.length && !f.statuses.includes(edge.status)) return false;
  if (f.modalities.length && !f.modalities.includes(index.edgeModality.get(edge.id) ?? "asserted")) return false;
  if (f.reviews.length && !f.reviews.includes(reviewState(edge))) return false;
  if (f.articles.length && !(index.edgeArticles.get(edge.id) ?? []).some((a) => f.articles.includes(a))) return false;
  return true;
}

const unfiltered = new WeakMap<GraphIndex, VisibleGraph>();

/** The whole graph as a VisibleGraph, built once per graph: clearing the filters is the commonest change. */
function everything(index: GraphIndex): VisibleGraph {
  let all = unfiltered.get(index);
  if (!all) {
    const nodes = new Set(index.graph.nodes.map((n) => n.id));
    unfiltered.set(index, (all = { nodes, edges: new Set(index.graph.edges.map((e) => e.id)), matched: nodes }));
  }
  return all;
}

/**
 * Node facets pick nodes; edge facets pick edges. An edge shows when it matches and both ends
 * match — or, with keepNeighbours, when one end matches (its other end is then shown as context).
 * Without edge filters, matching nodes show even when none of their relations does.
 */
export function filterGraph(index: GraphIndex, f: Filters, keepNeighbours: boolean): VisibleGraph {
  const byNode = hasNodeFilters(f);
  const byEdge = hasEdgeFilters(f);
  const { graph } = index;
  if (!byNode && !byEdge) return everything(index);
  const matchedSets = { types: ofList(f.types), countries: ofList(f.countries), sectors: ofList(f.sectors) };
  const matched = new Set<string>();
  for (const n of graph.nodes) {
    if (matchedSets.types && !matchedSets.types.has(n.type)) continue;
    if (matchedSets.countries && (n.country === null || !matchedSets.countries.has(n.country))) continue;
    if (matchedSets.sectors && !n.sectors.some((s) => matchedSets.sectors!.has(s))) continue;
    matched.add(n.id);
  }
  const edges = new Set<string>();
  const nodes = new Set<string>(byEdge ? [] : matched);
  for (const e of graph.edges) {
    if (byEdge && !edgeMatches(e, index, f)) continue;
    const s = matched.has(e.source);
    const t = matched.has(e.target);
    if (s && t ? true : keepNeighbours ? s || t : false) {
      edges.add(e.id);
      nodes.add(e.source);
      nodes.add(e.target);
    }
  }
  return { nodes, edges, matched };
}

/** How many of these nodes the canvas draws: an entity without any relation is only listed, never drawn. */
export function drawnCount(index: GraphIndex, nodes: Iterable<string>): number {
  let n = 0;
  for (const id of nodes) if ((index.degree.get(id) ?? 0) > 0) n++;
  return n;
}
