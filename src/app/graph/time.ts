// Time: each passage's year (the date it states, else its article's publication date) and a filter
// on a range of years; passages with neither date form an "undated" bucket of their own.
import type { ArticleMeta, Evidence } from "../../model";
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";

export type TimeRange = { from: number; to: number; undated: boolean };
export type Histogram = { years: { year: number; count: number }[]; undated: number };

export function evidenceYear(ev: Evidence, article: ArticleMeta | undefined): number | null {
  const date = ev.date ?? article?.published ?? null;
  const y = date ? /^(\d{4})/.exec(date) : null;
  return y ? Number(y[1]) : null;
}

/** Passages per year over the given relations, every year between the first and the last listed. */
export function histogram(index: GraphIndex, edges: Iterable<string>): Histogram {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const id of edges) {
    for (const ev of index.edgeById.get(id)?.evidence ?? []) {
      const y = evidenceYear(ev, index.articleById.get(ev.articleId));
      if (y === null) undated++;
      else counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  if (!counts.size) return { years: [], undated };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
  return { years, undated };
}

/** Keeps relations with at least one passage in the range (or undated, when those are included), and their ends. */
export function filterByTime(index: GraphIndex, visible: VisibleGraph, range: TimeRange): VisibleGraph {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  for (const id of visible.edges) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    const inside = e.evidence.some((ev) => {
      const y = evidenceYear(ev, index.articleById.get(ev.articleId));
      return y === null ? range.undated : y >= range.from && y <= range.to;
    });
    if (inside) edges.add(id), nodes.add(e.source), nodes.add(e.target);
  }
  const matched = new Set([...nodes].filter((n) => visible.matched.has(n)));
  return { nodes, edges, matched };
}
