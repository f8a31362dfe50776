// Shared by every export format: the file type they return and the few facts about an edge or a
// node that several formats write (weight, modality, cited articles).
import { SYMMETRIC_RELATIONS, type ArticleMeta, type Graph, type GraphEdge, type Modality } from "../model";

/** One file of an export; formats that make a folder return several. */
export type ExportFile = { name: string; mime: string; content: string };

/** An edge is asserted when any passage asserts it, alleged only when every passage hedges (as the app shows it). */
export function modalityOf(edge: GraphEdge): Modality {
  return edge.evidence.some((e) => e.modality === "asserted") ? "asserted" : "alleged";
}

export function isSymmetric(edge: GraphEdge): boolean {
  return SYMMETRIC_RELATIONS.has(edge.type);
}

/** Distinct article ids cited by an edge, in the order its passages cite them. */
export function articleIdsOf(edge: GraphEdge): string[] {
  return [...new Set(edge.evidence.map((e) => e.articleId))];
}

export function articlesById(graph: Graph): Map<string, ArticleMeta> {
  return new Map(graph.articles.map((a) => [a.id, a]));
}

/** Relation types as Neo4j and FtM roles like them: CLIENT_OF, "client of". */
export const upperSnake = (type: string) => type.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
export const words = (type: string) => type.replace(/_/g, " ");

/**
 * The graph restricted to a view: the given nodes, the given edges whose ends are both kept, and
 * the articles that kept passages or mentions cite. Order and ids are those of the whole graph.
 */
export function subgraph(graph: Graph, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Graph {
  const nodes = graph.nodes.filter((n) => nodeIds.has(n.id));
  const edges = graph.edges.filter((e) => edgeIds.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target));
  const cited = new Set<string>();
  for (const e of edges) for (const ev of e.evidence) cited.add(ev.articleId);
  for (const n of nodes) for (const m of n.mentions) cited.add(m.articleId);
  return { ...graph, articles: graph.articles.filter((a) => cited.has(a.id)), nodes, edges };
}
