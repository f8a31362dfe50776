// The data contract, checked before anything is written.
import { checkReferences, checkSpans, GraphSchema, type ArticleDoc, type Graph } from "../model";

/**
 * The data contract, before anything is written: the schema, references and spans. Passages and
 * mentions of the articles in `checked` passed the schema in an earlier run (see
 * extractCorpusWith): the schema sees only the others, and the edges that hold at least one of
 * them (an edge all of whose passages were checked is made of the facts that were: its type,
 * status and ends; its ends are checked as references below). The invariants see everything.
 */
export function validate(graph: Graph, docs: readonly ArticleDoc[], checked: ReadonlySet<string> = new Set()): void {
  const isFresh = (s: { articleId: string }) => !checked.has(s.articleId);
  const schemaPart = checked.size
    ? {
        ...graph,
        nodes: graph.nodes.map((n) => (n.mentions.every(isFresh) ? n : { ...n, mentions: n.mentions.filter(isFresh) })),
        edges: graph.edges.filter((e) => e.evidence.some(isFresh)).map((e) => (e.evidence.every(isFresh) ? e : { ...e, evidence: e.evidence.filter(isFresh) })),
      }
    : graph;
  const parsed = GraphSchema.safeParse(schemaPart);
  const problems = parsed.success ? [] : parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  problems.push(...checkReferences(graph), ...checkSpans(graph, (id) => texts.get(id)));
  if (problems.length) throw new Error(`extract/validate: the graph breaks the data contract:\n  ${problems.slice(0, 20).join("\n  ")}`);
}
