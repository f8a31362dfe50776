// "How is A connected to B?": the shortest chains of relations between two entities, by hops,
// within what the filters show, so an "asserted only" or "active only" path is a filter away.
import type { GraphIndex } from "./graphIndex";

/** A chain of relations: nodes[i] and nodes[i + 1] are joined by edges[i]. */
export type GraphPath = { nodes: string[]; edges: string[] };

export type PathOptions = {
  /** Only these relations may be walked (the filtered graph); all of them when absent. */
  within?: { edges: ReadonlySet<string> };
  /** At most this many paths, all of the shortest length. */
  limit?: number;
  /** Paths longer than this are not looked for: a chain of seven relations explains nothing. */
  maxHops?: number;
};

const DEFAULTS = { limit: 5, maxHops: 6 } as const;

type Step = { node: string; edge: string };

/** Breadth-first from `from` until the level where `to` is reached; records every shortest way in. */
function shortestWays(index: GraphIndex, from: string, to: string, within: PathOptions["within"], maxHops: number): Map<string, Step[]> | null {
  const depth = new Map<string, number>([[from, 0]]);
  const ways = new Map<string, Step[]>();
  let level = [from];
  for (let d = 1; d <= maxHops && level.length && !depth.has(to); d++) {
    const next: string[] = [];
    for (const node of level) {
      for (const edgeId of index.edgesByNode.get(node) ?? []) {
        if (within && !within.edges.has(edgeId)) continue;
        const e = index.edgeById.get(edgeId);
        if (!e) continue;
        const other = e.source === node ? e.target : e.source;
        const seen = depth.get(other);
        if (seen === undefined) depth.set(other, d), next.push(other), ways.set(other, [{ node, edge: edgeId }]);
        else if (seen === d) ways.get(other)!.push({ node, edge: edgeId });
      }
    }
    level = next;
  }
  return depth.has(to) ? ways : null;
}

/** Up to `limit` shortest paths from `from` to `to`, in a stable order; [] when none within maxHops. */
export function shortestPaths(index: GraphIndex, from: string, to: string, options: PathOptions = {}): GraphPath[] {
  const limit = options.limit ?? DEFAULTS.limit;
  const maxHops = options.maxHops ?? DEFAULTS.maxHops;
  if (!index.nodeById.has(from) || !index.nodeById.has(to) || from === to || limit <= 0) return [];
  const ways = shortestWays(index, from, to, options.within, maxHops);
  if (!ways) return [];
  const out: GraphPath[] = [];
  // Walk back from `to` along recorded ways; each way in is one branch.
  const walk = (node: string, nodes: string[], edges: string[]) => {
    if (out.length >= limit) return;
    if (node === from) {
      out.push({ nodes: [from, ...nodes], edges: [...edges] });
      return;
    }
    for (const step of ways.get(node) ?? []) walk(step.node, [node, ...nodes], [step.edge, ...edges]);
  };
  walk(to, [], []);
  return out;
}

/** Every node and edge on any of the paths, for highlighting. */
export function pathElements(paths: readonly GraphPath[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.add(n);
    for (const e of p.edges) edges.add(e);
  }
  return { nodes, edges };
}
