// What the CLI runs: the extraction with its incremental cache and its worker threads, both
// optional. Without either it is extractCorpus itself.
import { ArticleCache, extractorVersion, knowledgeVersion, type CacheStats } from "./cache";
import { extractCorpus, extractCorpusWith, type ExtractOptions, type ExtractResult, type InputFile, type KnowledgeFiles } from "./index";
import { buildKnowledge, parseKnowledge } from "./knowledge";
import { localRunner, parallelRunner, startPool, type Pool } from "./parallel";

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
  const parallel = options.workers > 1;
  if (options.cacheDir === undefined) {
    // The workers parse the knowledge files while this thread does the same.
    const pool = parallel ? startPool({ files: knowledgeFiles }, options.workers) : undefined;
    const k = buildKnowledge(parseKnowledge(knowledgeFiles));
    if (!pool) return { result: extractCorpus(files, k, options) };
    return { result: await withPool(pool, (runner) => extractCorpusWith(files, k, parallelRunner(k, runner), options)) };
  }
  const cache = new ArticleCache(options.cacheDir, { extractor: extractorVersion(), knowledge: knowledgeVersion(knowledgeFiles) }, options.warn);
  const { parsed, k } = cache.knowledge(knowledgeFiles);
  const pool = parallel ? startPool({ parsed }, options.workers) : undefined;
  const run = (inner: Parameters<typeof cache.around>[0]) => extractCorpusWith(files, k, cache.around(inner), options);
  const result = pool ? await withPool(pool, (p) => run(parallelRunner(k, p))) : await run(localRunner(k));
  return { result, cache: cache.stats };
}

async function withPool<T>(pool: Pool, use: (pool: Pool) => Promise<T>): Promise<T> {
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}
