// Lookup tables over a loaded graph, built once per graph so every view function is a cheap lookup.
import type { ArticleMeta, Graph, GraphEdge, GraphNode, Modality } from "../../model";
import { normalise } from "./normalise";
import type { AddedMarks } from "./addedGraph";

export type SearchTerm = { text: string; norm: string };

export type GraphIndex = {
  graph: Graph;
  nodeById: Map<string, GraphNode>;
  edgeById: Map<string, GraphEdge>;
  articleById: Map<string, ArticleMeta>;
  /** Edge ids touching each node, in graph order. */
  edgesByNode: Map<string, string[]>;
  /** Number of relations of each node. */
  degree: Map<string, number>;
  /** An edge is asserted when any of its passages asserts it, alleged only when all of them hedge. */
  edgeModality: Map<string, Modality>;
  /** Distinct articles cited by each edge. */
  edgeArticles: Map<string, string[]>;
  /** Label first, then every alias, normalised for search. */
  searchTerms: Map<string, SearchTerm[]>;
  /** What articles added in this browser brought; absent when none were added. */
  added?: AddedMarks;
};

export function edgeModalityOf(edge: GraphEdge): Modality {
  return edge.evidence.some((e) => e.modality === "asserted") ? "asserted" : "alleged";
}

export function buildIndex(graph: Graph): GraphIndex {
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const articleById = new Map(graph.articles.map((a) => [a.id, a]));
  const edgesByNode = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  const edgeModality = new Map<string, Modality>();
  const edgeArticles = new Map<string, string[]>();
  for (const e of graph.edges) {
    edgesByNode.get(e.source)?.push(e.id);
    if (e.target !== e.source) edgesByNode.get(e.target)?.push(e.id);
    edgeModality.set(e.id, edgeModalityOf(e));
    edgeArticles.set(e.id, [...new Set(e.evidence.map((ev) => ev.articleId))]);
  }
  const degree = new Map([...edgesByNode].map(([id, list]) => [id, list.length]));
  const searchTerms = new Map<string, SearchTerm[]>();
  for (const n of graph.nodes) {
    const seen = new Set<string>();
    const terms: SearchTerm[] = [];
    for (const text of [n.label, ...n.aliases]) {
      const norm = normalise(text);
      if (norm && !seen.has(norm)) terms.push({ text, norm }), seen.add(norm);
    }
    searchTerms.set(n.id, terms);
  }
  return { graph, nodeById, edgeById, articleById, edgesByNode, degree, edgeModality, edgeArticles, searchTerms };
}
