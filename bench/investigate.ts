// Path search, focus and key-player ranking times on the generated 10,000-element graph. Printed,
// never asserted; called from bench/ui.ts.
import type { Graph } from "../src/model";
import { buildIndex } from "../src/app/graph/graphIndex";
import { filterGraph } from "../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../src/app/graph/filters";
import { shortestPaths } from "../src/app/graph/paths";
import { focusGraph } from "../src/app/graph/focus";
import { rankings } from "../src/app/graph/rankings";
import { seededRandom } from "../src/app/graph/layout";

function summary(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${s[s.length - 1]!.toFixed(2)} ms (n=${s.length})`;
}

export function benchInvestigate(graph: Graph): void {
  const index = buildIndex(graph);
  const all = filterGraph(index, EMPTY_FILTERS, true);
  const rnd = seededRandom(7);
  const id = () => graph.nodes[Math.floor(rnd() * graph.nodes.length)]!.id;
  const paths: number[] = [];
  let found = 0;
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    found += shortestPaths(index, id(), id(), { within: all }).length > 0 ? 1 : 0;
    paths.push(performance.now() - t0);
  }
  const elements = graph.nodes.length + graph.edges.length;
  console.log(`  shortest paths (≤5, ≤6 hops), ${elements} elements, 200 random pairs (${found} joined): ${summary(paths)}`);
  const focus: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    focusGraph(index, all, { root: id(), hops: 2, expanded: [], hidden: [] });
    focus.push(performance.now() - t0);
  }
  console.log(`  2-hop focus, ${elements} elements, 50 random roots: ${summary(focus)}`);
  const ranks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    rankings(index, all);
    ranks.push(performance.now() - t0);
  }
  console.log(`  key players (degree + betweenness + PageRank), ${elements} elements: ${summary(ranks)}`);
}
