// What the layout sees of a graph: the entities the canvas draws (those with a relation) and one
// link per pair of them, however many relations and passages the pair has. A big corpus states the
// same pairs hundreds of times; springs between the same two nodes only add work.
import type { Graph } from "../model";

export type Skeleton = {
  /** The drawn entities, in the graph's order (deterministic: the extractor sorts them). */
  ids: string[];
  /** One entry per linked pair, as indexes into `ids`, smaller first, sorted. */
  pairs: [number, number][];
};

export type SkeletonOptions = {
  /**
   * Each node keeps its links to this many of its strongest neighbours (most relations, then most
   * passages); a link stays when either end keeps it. A hub of thousands of links is pulled to the
   * same place by a dozen, and the force pass costs per link.
   */
  keep: number;
};

export const SKELETON_DEFAULTS: SkeletonOptions = { keep: 12 };

export function skeleton(graph: Graph, options: SkeletonOptions = SKELETON_DEFAULTS): Skeleton {
  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const total = graph.nodes.length;
  // Pair code → weight: a relation counts more than any number of passages.
  const weight = new Map<number, number>();
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const code = Math.min(s, t) * total + Math.max(s, t);
    weight.set(code, (weight.get(code) ?? 0) + 1000 + e.evidence.length);
  }
  const neighbours: { other: number; w: number }[][] = graph.nodes.map(() => []);
  for (const [code, w] of weight) {
    const a = Math.floor(code / total);
    const b = code % total;
    neighbours[a]!.push({ other: b, w });
    neighbours[b]!.push({ other: a, w });
  }
  const kept = new Set<number>();
  neighbours.forEach((list, i) => {
    list.sort((p, q) => q.w - p.w || p.other - q.other);
    for (const { other } of list.slice(0, options.keep)) kept.add(Math.min(i, other) * total + Math.max(i, other));
  });
  // Renumber over the drawn nodes only, keeping the graph's order.
  const drawn: number[] = [];
  const renumber = new Map<number, number>();
  neighbours.forEach((list, i) => {
    if (list.length) renumber.set(i, drawn.push(i) - 1);
  });
  const pairs = [...kept].sort((p, q) => p - q).map((code): [number, number] => [renumber.get(Math.floor(code / total))!, renumber.get(code % total)!]);
  return { ids: drawn.map((i) => graph.nodes[i]!.id), pairs };
}

/** Each node's neighbours in the skeleton, as indexes. */
export function adjacency(sk: Skeleton): number[][] {
  const adj: number[][] = sk.ids.map(() => []);
  for (const [a, b] of sk.pairs) {
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  return adj;
}
