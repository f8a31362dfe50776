// The extractor's file IO, used by its CLI (and by scripts and tests that run it like the CLI):
// reading the knowledge YAML and the article files, writing the output.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ExtractResult, InputFile, KnowledgeFiles } from "./index";

export function readKnowledgeFiles(dir = "data"): KnowledgeFiles {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    entities: read("entities.yaml"),
    relations: read("relations.yaml"),
    cleaning: read("cleaning.yaml"),
    language: read("language.yaml"),
    money: read("money.yaml"),
    discovery: read("discovery.yaml"),
    ...(existsSync(join(dir, "gazetteer.json")) ? { gazetteer: read("gazetteer.json") } : {}),
  };
}

/** The .txt and .md files of a folder; unreadable ones are reported, not thrown. */
export function readArticleFiles(dir: string, warn: (file: string, reason: string) => void = () => {}): InputFile[] {
  const files: InputFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(txt|md|markdown)$/i.test(name)) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      files.push({ file: relative(process.cwd(), path) || path, bytes: readFileSync(path) });
    } catch (e) {
      warn(path, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return files;
}

/** Writes graph.json, articles/<id>.json and extract-report.json; deterministic bytes, stale articles removed. */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function writeOutput(outDir: string, { graph, articles, report }: ExtractResult): void {
  const dir = join(outDir, "articles");
  mkdirSync(dir, { recursive: true });
  const keep = new Set(articles.map((a) => `${a.id}.json`));
  for (const stale of readdirSync(dir)) if (stale.endsWith(".json") && !keep.has(stale)) rmSync(join(dir, stale));
  for (const a of articles) writeFileSync(join(dir, `${a.id}.json`), json(a));
  writeFileSync(join(outDir, "graph.json"), json(graph));
  writeFileSync(join(outDir, "extract-report.json"), json(report));
}
