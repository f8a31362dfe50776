// A path as a chain of cited statements: each relation in its own direction with the passage that
// states it, and the same chain as plain text to paste into a story.
import type { ArticleMeta, Evidence, GraphEdge, GraphNode, RelationType } from "../../model";
import { SYMMETRIC_RELATIONS } from "../../model";
import type { GraphIndex } from "./graphIndex";
import type { GraphPath } from "./paths";

export type PathStep = {
  edge: GraphEdge;
  source: GraphNode;
  target: GraphNode;
  /** The passage shown for the step: an asserted one when there is one, else the first. */
  evidence: Evidence;
  article: ArticleMeta | undefined;
};

export function bestEvidence(edge: GraphEdge): Evidence {
  return edge.evidence.find((e) => e.modality === "asserted") ?? edge.evidence[0]!;
}

export function pathSteps(index: GraphIndex, path: GraphPath): PathStep[] {
  return path.edges.flatMap((id) => {
    const edge = index.edgeById.get(id);
    const source = edge && index.nodeById.get(edge.source);
    const target = edge && index.nodeById.get(edge.target);
    if (!edge || !source || !target) return [];
    const evidence = bestEvidence(edge);
    return [{ edge, source, target, evidence, article: index.articleById.get(evidence.articleId) }];
  });
}

export type PathWords = {
  relation: (type: RelationType) => string;
  /** "Path 1" */
  heading: (n: number) => string;
  undated: string;
  /** An article's date as the reader's language writes it; as stored when not given. */
  date?: (published: string) => string;
};

/** "A —supplies→ B" or, for a symmetric relation, "A —partnership— B". */
export function statement(step: Pick<PathStep, "edge" | "source" | "target">, relation: (t: RelationType) => string): string {
  const end = SYMMETRIC_RELATIONS.has(step.edge.type) ? "—" : "→";
  return `${step.source.label} —${relation(step.edge.type)}${end} ${step.target.label}`;
}

export function citation(article: ArticleMeta | undefined, fallbackId: string, undated: string, date: (published: string) => string = (d) => d): string {
  if (!article) return fallbackId;
  return [article.title, article.outlet, article.published ? date(article.published) : undated, article.url].filter(Boolean).join(", ");
}

/** Every path, numbered, each step on a line with its quote and citation under it. */
export function pathsAsText(index: GraphIndex, paths: readonly GraphPath[], words: PathWords): string {
  return paths
    .map((p, i) => {
      const lines = [words.heading(i + 1)];
      for (const step of pathSteps(index, p)) {
        lines.push(statement(step, words.relation));
        lines.push(`  “${step.evidence.quote}” (${citation(step.article, step.evidence.articleId, words.undated, words.date)})`);
      }
      return lines.join("\n");
    })
    .join("\n\n");
}
