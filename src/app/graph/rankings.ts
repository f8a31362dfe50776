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

/** Neighbour lists as compressed rows over integer ids: the inner loops then touch typed arrays only. */
function compress(adj: ReadonlyMap<string, readonly string[]>): { ids: string[]; offsets: Int32Array; targets: Int32Array } {
  const ids = [...adj.keys()];
  const at = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = offsets[i]! + (adj.get(id) ?? []).filter((w) => at.has(w)).length;
  });
  const targets = new Int32Array(offsets[ids.length]!);
  ids.forEach((id, i) => {
    let k = offsets[i]!;
    for (const w of adj.get(id) ?? []) {
      const j = at.get(w);
      if (j !== undefined) targets[k++] = j;
    }
  });
  return { ids, offsets, targets };
}

/** Above this many nodes, betweenness is estimated from this many evenly spaced sources (Brandes & Pich 2007). */
const EXACT_UP_TO = 800;

/**
 * Brandes' betweenness for an unweighted undirected graph; each unordered pair counted once.
 * Predecessors are not stored: on the way back, w's predecessors are its neighbours one level up.
 * Exact up to EXACT_UP_TO nodes; beyond, sources are sampled and the sum scaled, so the ranking
 * stays interactive on 10,000 elements.
 */
export function betweenness(adj: ReadonlyMap<string, readonly string[]>, exactUpTo = EXACT_UP_TO): Map<string, number> {
  const { ids, offsets, targets } = compress(adj);
  const n = ids.length;
  const pivots = Math.min(n, exactUpTo);
  const step = n / pivots;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n);
  const order = new Int32Array(n);
  for (let p = 0; p < pivots; p++) {
    const s = Math.floor(p * step);
    dist.fill(-1);
    sigma.fill(0);
    delta.fill(0);
    dist[s] = 0;
    sigma[s] = 1;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = targets[k]!;
        if (dist[w] === -1) (dist[w] = dist[v]! + 1), (order[tail++] = w);
        if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = targets[k]!;
        if (dist[v] === dist[w]! - 1) delta[v]! += sigma[v]! * coefficient;
      }
      score[w]! += delta[w]!;
    }
  }
  // Every pair was walked from both ends; a sample stands for n / pivots sources each.
  return new Map(ids.map((id, i) => [id, (score[i]! / 2) * step]));
}

/** PageRank with damping 0.85; a node with no neighbour spreads its rank over every node. */
export function pagerank(adj: ReadonlyMap<string, readonly string[]>, damping = 0.85, tolerance = 1e-10, maxIterations = 200): Map<string, number> {
  const { ids, offsets, targets } = compress(adj);
  const n = ids.length;
  if (n === 0) return new Map();
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) if (offsets[i] === offsets[i + 1]) dangling += rank[i]!;
    next.fill((1 - damping) / n + (damping * dangling) / n);
    for (let i = 0; i < n; i++) {
      const degree = offsets[i + 1]! - offsets[i]!;
      if (!degree) continue;
      const share = (damping * rank[i]!) / degree;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) next[targets[k]!]! += share;
    }
    let change = 0;
    for (let i = 0; i < n; i++) change += Math.abs(next[i]! - rank[i]!);
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return new Map(ids.map((id, i) => [id, rank[i]!]));
}

/** Every visible node with its three measures; degree counts its visible relations. */
export function rankings(index: GraphIndex, visible: Pick<VisibleGraph, "nodes" | "edges">): Ranking[] {
  const adj = adjacency(index, visible);
  const between = betweenness(adj);
  const pr = pagerank(adj);
  const degree = degreeMap(index, visible);
  return [...adj.keys()].map((id) => ({ id, degree: degree.get(id) ?? 0, betweenness: between.get(id) ?? 0, pagerank: pr.get(id) ?? 0 }));
}

/** Visible relations per entity: the one measure cheap enough for a first paint. */
function degreeMap(index: GraphIndex, visible: Pick<VisibleGraph, "edges">): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    if (e.target !== e.source) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  return degree;
}

/** Every visible node with its degree only (betweenness and PageRank left at 0), for ranking by degree. */
export function degrees(index: GraphIndex, visible: Pick<VisibleGraph, "nodes" | "edges">): Ranking[] {
  const degree = degreeMap(index, visible);
  return index.graph.nodes.filter((n) => visible.nodes.has(n.id)).map((n) => ({ id: n.id, degree: degree.get(n.id) ?? 0, betweenness: 0, pagerank: 0 }));
}

/** Highest first on the measure, ties broken by degree then label, so the order is stable. */
export function sortRankings(rows: readonly Ranking[], by: Measure, labelOf: (id: string) => string): Ranking[] {
  return [...rows].sort((a, b) => b[by] - a[by] || b.degree - a.degree || labelOf(a.id).localeCompare(labelOf(b.id)));
}
