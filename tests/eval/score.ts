// Runs the extractor on a corpus into a temporary folder and scores it with the shared scorer
// (../shared/tools/score.mjs) against a folder of gold annotations.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compileKnowledge, extractCorpus, type ExtractResult } from "../../src/extract/index";
import { readArticleFiles, readKnowledgeFiles, writeOutput } from "../../src/extract/io";

export interface Prf {
  p: number;
  r: number;
  f1: number;
}
export interface Scores {
  entities: Prf;
  relations: Prf;
  typed: Prf;
  evidenceAccuracy: number;
  entityTypeAccuracy: number;
}

export const SHARED = resolve(process.cwd(), "../shared");
export const SCORER = join(SHARED, "tools/score.mjs");

export interface Corpus {
  name: string;
  articles: string;
  gold: string;
}

export const CORPORA: Corpus[] = [
  { name: "seeds", articles: "seeds", gold: join(SHARED, "eval/gold") },
  { name: "development set", articles: "tests/eval/dev/articles", gold: "tests/eval/dev/gold" },
];

export function extractInto(articlesDir: string, outDir: string, dataDir = "data"): ExtractResult {
  const files = readArticleFiles(articlesDir);
  const result = extractCorpus(files, compileKnowledge(readKnowledgeFiles(dataDir)));
  writeOutput(outDir, result);
  return result;
}

/** Extracts the corpus and scores it; null when the scorer or the gold is not on this machine. */
export function scoreCorpus(corpus: Corpus, dataDir = "data"): Scores | null {
  if (!existsSync(SCORER) || !existsSync(corpus.gold)) return null;
  const out = mkdtempSync(join(tmpdir(), "entangle-eval-"));
  try {
    extractInto(corpus.articles, out, dataDir);
    const raw = execFileSync(process.execPath, [SCORER, out, corpus.gold, "--json"], { encoding: "utf8" });
    // The scorer prints its JSON, then its one-line summary.
    const json = raw.slice(0, raw.lastIndexOf("\n}") + 2);
    return (JSON.parse(json) as { summary: Scores }).summary;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const formatScores = (s: Scores): string => {
  const f = (x: number) => x.toFixed(2);
  return (
    `entities P=${f(s.entities.p)} R=${f(s.entities.r)} F1=${f(s.entities.f1)} | ` +
    `pairs P=${f(s.relations.p)} R=${f(s.relations.r)} F1=${f(s.relations.f1)} | typed F1=${f(s.typed.f1)} | ` +
    `evidence ${f(s.evidenceAccuracy)}`
  );
};
