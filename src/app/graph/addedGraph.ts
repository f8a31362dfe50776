// Articles added in the browser, merged into the loaded graph: new entities and relations join it
// (and are marked as added here), evidence found again for known ones joins theirs. Pure: the
// loaded graph is never changed; nodes and edges that gain something are copied.
import type { Evidence, Graph, GraphEdge, GraphNode, Span } from "../../model";

export type AddedMarks = {
  /** Articles that came from this browser, not from the corpus. */
  articles: ReadonlySet<string>;
  /** Entities and relations that only added articles state. */
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
};

export const NO_ADDITIONS: AddedMarks = { articles: new Set(), nodes: new Set(), edges: new Set() };

const spanKey = (s: Span) => `${s.articleId}:${s.start}:${s.end}`;

function withMentions(node: GraphNode, extra: GraphNode): GraphNode {
  const seen = new Set(node.mentions.map(spanKey));
  const mentions = extra.mentions.filter((m) => !seen.has(spanKey(m)));
  const aliases = extra.aliases.filter((a) => !node.aliases.includes(a));
  if (!mentions.length && !aliases.length) return node;
  return { ...node, mentions: [...node.mentions, ...mentions], aliases: [...node.aliases, ...aliases] };
}

function withEvidence(edge: GraphEdge, extra: GraphEdge): GraphEdge {
  const seen = new Set(edge.evidence.map(spanKey));
  const evidence: Evidence[] = extra.evidence.filter((e) => !seen.has(spanKey(e)));
  return evidence.length ? { ...edge, evidence: [...edge.evidence, ...evidence] } : edge;
}

/**
 * The loaded graph with every addition merged in, in order. An addition whose article the graph
 * already has (it has since been put into seeds/ and extracted) is skipped: the corpus wins.
 */
export function mergeAdded(base: Graph, additions: readonly Graph[]): { graph: Graph; marks: AddedMarks } {
  if (!additions.length) return { graph: base, marks: NO_ADDITIONS };
  const articles = [...base.articles];
  const knownArticles = new Set(base.articles.map((a) => a.id));
  const nodes = new Map(base.nodes.map((n) => [n.id, n]));
  const edges = new Map(base.edges.map((e) => [e.id, e]));
  const marks = { articles: new Set<string>(), nodes: new Set<string>(), edges: new Set<string>() };
  for (const added of additions) {
    if (added.articles.some((a) => knownArticles.has(a.id))) continue;
    for (const a of added.articles) articles.push(a), knownArticles.add(a.id), marks.articles.add(a.id);
    for (const n of added.nodes) {
      const known = nodes.get(n.id);
      if (known) nodes.set(n.id, withMentions(known, n));
      else nodes.set(n.id, n), marks.nodes.add(n.id);
    }
    for (const e of added.edges) {
      const known = edges.get(e.id);
      if (known) edges.set(e.id, withEvidence(known, e));
      else edges.set(e.id, e), marks.edges.add(e.id);
    }
  }
  return { graph: { ...base, articles, nodes: [...nodes.values()], edges: [...edges.values()] }, marks };
}
