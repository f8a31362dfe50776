// What the CLI runs: the extraction with its incremental cache and its worker threads, both
// optional. Without either it is extractCorpus itself.
import { ArticleCache, extractorVersion, knowledgeVersion, type CacheStats } from "./cache";
import { compileKnowledge, extractCorpus, extractCorpusWith, type ExtractOptions, type ExtractResult, type InputFile, type KnowledgeFiles } from "./index";
import { localRunner, parallelRunner } from "./parallel";

export interface RunOptions extends ExtractOptions {
  /** Folder of the cache; undefined runs without it (--no-cache). */
  cacheDir?: string;
  /** Threads sharing the per-article work, this one included. */
  workers: number;
  warn: (message: string) => void;
}

export async function runExtraction(
  files: readonly InputFile[],
  knowledgeFiles: KnowledgeFiles,
  options: RunOptions,
): Promise<{ result: ExtractResult; cache?: CacheStats }> {
  const k = compileKnowledge(knowledgeFiles);
  if (options.cacheDir === undefined && options.workers <= 1) return { result: extractCorpus(files, k, options) };
  const pool = options.workers > 1 ? parallelRunner(k, knowledgeFiles, options.workers) : undefined;
  try {
    const inner = pool ?? localRunner(k);
    if (options.cacheDir === undefined) return { result: await extractCorpusWith(files, k, inner, options) };
    const cache = new ArticleCache(options.cacheDir, { extractor: extractorVersion(), knowledge: knowledgeVersion(knowledgeFiles) }, options.warn);
    const result = await extractCorpusWith(files, k, cache.around(inner), options);
    return { result, cache: cache.stats };
  } finally {
    await pool?.close();
  }
}
