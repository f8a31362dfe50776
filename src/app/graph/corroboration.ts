// How many independent articles back a relation: a translation and its original are one source.
import type { ArticleMeta, GraphEdge } from "../../model";

export type Corroboration = {
  passages: number;
  /** Distinct articles cited. */
  articles: number;
  /** Articles once each translation is folded into its original. */
  independent: number;
  /** How many of the independent sources are cited in more than one language. */
  withTranslation: number;
};

/** One key per independent source: the smaller id of an article and its translation. */
export function sourceKey(articleId: string, articleById: ReadonlyMap<string, ArticleMeta>): string {
  const other = articleById.get(articleId)?.translationOf;
  return other && other < articleId ? other : articleId;
}

export function corroboration(edge: GraphEdge, articleById: ReadonlyMap<string, ArticleMeta>): Corroboration {
  const articles = new Set(edge.evidence.map((e) => e.articleId));
  const groups = new Map<string, number>();
  for (const a of articles) {
    const key = sourceKey(a, articleById);
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return {
    passages: edge.evidence.length,
    articles: articles.size,
    independent: groups.size,
    withTranslation: [...groups.values()].filter((n) => n > 1).length,
  };
}
