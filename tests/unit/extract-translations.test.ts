// Translations are linked by the overlap of the entities two articles name. The corpus is not
// compared pair by pair (prefix filtering): the links are those of the plain pairwise comparison,
// on random corpora, and a corpus of unrelated articles costs a number of comparisons that grows
// with its size, not with its square.
import fc from "fast-check";
import type { ArticleMeta } from "../../src/model";
import { linkTranslations, type ArticleResult } from "../../src/extract/stages/09-merge";

function article(n: number, language: "fr" | "en", entities: readonly string[], length: number): ArticleResult {
  const meta: ArticleMeta = { id: `a${n}`, file: `a${n}.txt`, title: "", language, outlet: null, published: null, url: null, translationOf: null };
  return {
    meta,
    text: "x".repeat(length),
    mentions: entities.map((entityId, i) => ({ entityId, start: i, end: i + 1 })),
    facts: [],
    contracts: [],
  } as unknown as ArticleResult;
}

/** The plain comparison of every pair, as linkTranslations did before. */
function pairwise(articles: readonly ArticleResult[]): (string | null)[] {
  const metas = articles.map((a) => ({ ...a.meta }));
  const sets = articles.map((a) => new Set(a.mentions.map((m) => m.entityId)));
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < metas.length; i++)
    for (let j = i + 1; j < metas.length; j++) {
      const [a, b] = [sets[i]!, sets[j]!];
      if (metas[i]!.language === metas[j]!.language || a.size < 4 || b.size < 4 || Math.min(a.size, b.size) < 0.7 * Math.max(a.size, b.size)) continue;
      const ratio = articles[i]!.text.length / articles[j]!.text.length;
      if (ratio < 0.6 || ratio > 1.6) continue;
      const shared = [...a].filter((e) => b.has(e)).length;
      const score = shared / (a.size + b.size - shared);
      if (score >= 0.7) candidates.push({ i, j, score });
    }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (metas[i]!.translationOf || metas[j]!.translationOf) continue;
    metas[i]!.translationOf = metas[j]!.id;
    metas[j]!.translationOf = metas[i]!.id;
  }
  return metas.map((m) => m.translationOf);
}

describe("translation links", () => {
  it("are those of the pairwise comparison", () => {
    const one = fc.record({
      language: fc.constantFrom("fr" as const, "en" as const),
      // A small pool of entities, so that many pairs overlap around the 70 % threshold.
      entities: fc.uniqueArray(
        fc.integer({ min: 0, max: 12 }).map((e) => `e${e}`),
        { minLength: 0, maxLength: 12 },
      ),
      length: fc.integer({ min: 60, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 30 }), (spec) => {
        const articles = spec.map((s, n) => article(n, s.language, s.entities, s.length));
        expect(linkTranslations(articles).map((m) => m.translationOf)).toEqual(pairwise(articles));
      }),
      { numRuns: 300 },
    );
  });

  it("compare a number of pairs that grows with the corpus, not with its square", () => {
    // 1,000 translated pairs, each naming five entities of its own and one named by every article.
    const articles = Array.from({ length: 2000 }, (_, n) =>
      article(n, n % 2 ? "fr" : "en", ["named-by-all", ...[0, 1, 2, 3, 4].map((e) => `pair-${n >> 1}-${e}`)], 100),
    );
    const work = { pairs: 0 };
    expect(linkTranslations(articles, work).map((m) => m.translationOf)).toEqual(articles.map((_, n) => `a${n ^ 1}`));
    // Pairwise would be 1,999,000 comparisons.
    expect(work.pairs).toBeGreaterThanOrEqual(1000);
    expect(work.pairs).toBeLessThan(10_000);
  });
});
