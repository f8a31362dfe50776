// Type-ahead over labels and every alias, accent-, case- and apostrophe-insensitive.
import type { GraphNode } from "../../model";
import type { GraphIndex } from "./graphIndex";
import { normalise } from "./normalise";

export type SearchHit = { node: GraphNode /** the label or alias that matched */; matched: string; rank: number };

/** 0 exact, 1 prefix, 2 a word starts with the query, 3 anywhere inside, -1 no match. */
function rankOf(norm: string, q: string): number {
  if (norm === q) return 0;
  if (norm.startsWith(q)) return 1;
  const at = norm.indexOf(q);
  if (at < 0) return -1;
  return /[\s'(\-–/]/.test(norm[at - 1] ?? "") ? 2 : 3;
}

export function searchNodes(index: GraphIndex, query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const node of index.graph.nodes) {
    let best: { rank: number; text: string } | null = null;
    for (const term of index.searchTerms.get(node.id) ?? []) {
      const rank = rankOf(term.norm, q);
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, text: term.text };
    }
    if (best) hits.push({ node, matched: best.text, rank: best.rank });
  }
  hits.sort((a, b) => a.rank - b.rank || (index.degree.get(b.node.id) ?? 0) - (index.degree.get(a.node.id) ?? 0) || a.node.label.localeCompare(b.node.label));
  return hits.slice(0, limit);
}
