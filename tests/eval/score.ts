// Runs the extractor on a corpus in memory and scores it with the project's own scorer against the
// gold annotations kept in the repository. A corpus whose folder is absent is reported as absent.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileKnowledge, extractCorpus, type ExtractResult } from "../../src/extract/index";
import { readArticleFiles, readKnowledgeFiles } from "../../src/extract/io";
import type { Graph } from "../../src/model";
import { type EdgeVerdict, formatSummary, type GoldFile, type ScoredData, scoreGraph, type Summary, type TypeScore } from "./scorer";

export type { Summary } from "./scorer";

export interface Corpus {
  name: string;
  /** The corpus's folder: its articles and gold are inside, and the whole corpus is absent without it. */
  root: string;
  articles: string;
  gold: string;
}

const corpus = (name: string, root: string, articles: string, gold: string): Corpus => ({ name, root, articles: join(root, articles), gold: join(root, gold) });

export const CORPORA: Corpus[] = [
  // The seeds the extractor was written on, with the gold the guide gave for them.
  corpus("seeds", ".", "seeds", "tests/eval/seeds/gold"),
  // Unseen articles whose misses were read while tuning: optimistic.
  corpus("tune", "tests/eval/dev/tune", "articles", "gold"),
  // Articles kept unread: the honest measure, when this checkout has them.
  corpus("check", "tests/eval/dev/check", "articles", "gold"),
  // A second unread set, annotated later than check: used to choose between variants by score alone.
  corpus("fresh", "tests/eval/dev/fresh", "articles", "gold"),
];

export type CorpusScore =
  | { status: "absent"; corpus: Corpus }
  | { status: "scored"; corpus: Corpus; summary: Summary; data: ScoredData; byType: Record<string, TypeScore>; verdicts: EdgeVerdict[] };

export function readGold(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, gold: JSON.parse(readFileSync(join(dir, file), "utf8")) }));
}

export function extract(articlesDir: string, knowledgeDir = "data"): ExtractResult {
  return extractCorpus(readArticleFiles(articlesDir), compileKnowledge(readKnowledgeFiles(knowledgeDir)));
}

/** The extraction as the app and the scorer read it: graph.json and the article files, through JSON. */
export function asWritten(result: ExtractResult): ScoredData {
  const graph = JSON.parse(JSON.stringify(result.graph)) as Graph;
  const texts = new Map(result.articles.map((a) => [a.id, a.text]));
  return { graph, text: (id) => texts.get(id) ?? "" };
}

/** Extracts the corpus and scores it; a corpus with articles but no gold is an error, not an absence. */
export function scoreCorpus(c: Corpus, knowledgeDir = "data"): CorpusScore {
  if (!existsSync(c.root) || !existsSync(c.articles)) return { status: "absent", corpus: c };
  if (!existsSync(c.gold)) throw new Error(`eval: ${c.name} has articles in ${c.articles} but no gold in ${c.gold}`);
  const data = asWritten(extract(c.articles, knowledgeDir));
  const { summary, byType, verdicts } = scoreGraph(data, readGold(c.gold));
  return { status: "scored", corpus: c, summary, data, byType, verdicts };
}

export function describeScore(s: CorpusScore): string {
  return s.status === "absent" ? `absent (no ${s.corpus.articles} in this checkout)` : formatSummary(s.summary);
}

/** Typed P/R/F1 per relation type, one line each, for `npm run eval -- --by-type`. */
export function describeByType(byType: Record<string, TypeScore>): string {
  const f = (x: number) => x.toFixed(2);
  const rows = Object.entries(byType).map(([type, t]) => `  ${type.padEnd(12)} P=${f(t.p)} R=${f(t.r)} F1=${f(t.f1)}  (graph ${t.predicted}, gold ${t.gold})`);
  return rows.join("\n");
}
