// Key players: degree, betweenness and PageRank over the visible graph, relations taken as
// undirected links (who works with whom, whichever way the verb points).
// Hand-written rather than graphology-metrics: ours is no graphology graph, and the three measures
// are ~60 lines over the index we already have (Brandes 2001; PageRank by power iteration).
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";

export type Measure = "degree" | "betweenness" | "pagerank";
export const MEASURES: readonly Measure[] = ["degree", "betweenness", "pagerank"];
export type Ranking = { id: string; degree: number; betweenness: number; pagerank: number };

/** Distinct visible neighbours of each visible node, in graph order (parallel relations count once). */
export function adjacency(index: GraphIndex, visible: Pick<VisibleGraph, "nodes" | "edges">): Map<string, string[]> {
  const adj = new Map<string, Set<string>>();
  for (const n of index.graph.nodes) if (visible.nodes.has(n.id)) adj.set(n.id, new Set());
  for (const e of index.graph.edges) {
    if (!visible.edges.has(e.id) || e.source === e.target) continue;
    adj.get(e.source)?.add(e.target);
    adj.get(e.target)?.add(e.source);
  }
  return new Map([...adj].map(([id, s]) => [id, [...s]]));
}

/** Brandes' betweenness for an unweighted undirected graph; each unordered pair counted once. */
export function betweenness(adj: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const score = new Map<string, number>([...adj.keys()].map((k) => [k, 0]));
  for (const s of adj.keys()) {
    const order: string[] = [];
    const preds = new Map<string, string[]>();
    const sigma = new Map<string, number>([[s, 1]]);
    const dist = new Map<string, number>([[s, 0]]);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      order.push(v);
      for (const w of adj.get(v) ?? []) {
        if (!dist.has(w)) dist.set(w, dist.get(v)! + 1), queue.push(w);
        if (dist.get(w) === dist.get(v)! + 1) {
          sigma.set(w, (sigma.get(w) ?? 0) + sigma.get(v)!);
          const p = preds.get(w);
          if (p) p.push(v);
          else preds.set(w, [v]);
        }
      }
    }
    const delta = new Map<string, number>();
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i]!;
      const dw = delta.get(w) ?? 0;
      for (const v of preds.get(w) ?? []) delta.set(v, (delta.get(v) ?? 0) + (sigma.get(v)! / sigma.get(w)!) * (1 + dw));
      if (w !== s) score.set(w, score.get(w)! + dw);
    }
  }
  // Every pair was walked from both ends.
  for (const [k, v] of score) score.set(k, v / 2);
  return score;
}

/** PageRank with damping 0.85; a node with no neighbour spreads its rank over every node. */
export function pagerank(adj: ReadonlyMap<string, readonly string[]>, damping = 0.85, tolerance = 1e-10, maxIterations = 200): Map<string, number> {
  const ids = [...adj.keys()];
  const n = ids.length;
  if (n === 0) return new Map();
  let rank = new Map(ids.map((id) => [id, 1 / n]));
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (const id of ids) if ((adj.get(id) ?? []).length === 0) dangling += rank.get(id)!;
    const base = (1 - damping) / n + (damping * dangling) / n;
    const next = new Map(ids.map((id) => [id, base]));
    for (const id of ids) {
      const out = adj.get(id)!;
      if (!out.length) continue;
      const share = (damping * rank.get(id)!) / out.length;
      for (const w of out) next.set(w, next.get(w)! + share);
    }
    let change = 0;
    for (const id of ids) change += Math.abs(next.get(id)! - rank.get(id)!);
    rank = next;
    if (change < tolerance) break;
  }
  return rank;
}

/** Every visible node with its three measures; degree counts its visible relations. */
export function rankings(index: GraphIndex, visible: Pick<VisibleGraph, "nodes" | "edges">): Ranking[] {
  const adj = adjacency(index, visible);
  const between = betweenness(adj);
  const pr = pagerank(adj);
  const degree = new Map<string, number>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return [...adj.keys()].map((id) => ({ id, degree: degree.get(id) ?? 0, betweenness: between.get(id) ?? 0, pagerank: pr.get(id) ?? 0 }));
}

/** Highest first on the measure, ties broken by degree then label, so the order is stable. */
export function sortRankings(rows: readonly Ranking[], by: Measure, labelOf: (id: string) => string): Ranking[] {
  return [...rows].sort((a, b) => b[by] - a[by] || b.degree - a.degree || labelOf(a.id).localeCompare(labelOf(b.id)));
}
