// What the CLI runs: the extraction with its incremental cache and its worker threads, both
// optional. Without either it is extractCorpus itself.
import { ArticleCache, extractorVersion, knowledgeVersion, type CacheStats } from "./cache";
import { extractCorpus, extractCorpusWith, phaseClock, type ExtractOptions, type ExtractResult, type InputFile, type KnowledgeFiles } from "./index";
import { buildKnowledge, parseKnowledge, type Knowledge, type ParsedKnowledge } from "./knowledge";
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
  const lap = phaseClock(options.onPhase, options.threadCpu);
  const version = options.cacheDir !== undefined || options.workers > 1 ? extractorVersion() : "";
  // The workers load their code while this thread parses the knowledge or reads it from the cache.
  const starting = options.workers > 1 ? startPool(options.workers, version) : undefined;
  let pool: Pool | undefined;
  try {
    const cache =
      options.cacheDir === undefined
        ? undefined
        : new ArticleCache(options.cacheDir, { extractor: version, knowledge: knowledgeVersion(knowledgeFiles) }, options.warn);
    let knowledge: { parsed: ParsedKnowledge; k: Knowledge };
    if (cache) knowledge = cache.knowledge(knowledgeFiles);
    else {
      const parsed = parseKnowledge(knowledgeFiles);
      knowledge = { parsed, k: buildKnowledge(parsed) };
    }
    const { parsed, k } = knowledge;
    lap("knowledge");
    pool = await starting;
    pool?.load(parsed);
    lap("workers-started");
    if (!cache && !pool) return { result: extractCorpus(files, k, options) };
    const inner = pool ? parallelRunner(k, pool) : localRunner(k);
    const result = await extractCorpusWith(files, k, cache ? cache.around(inner) : inner, options);
    lap("corpus");
    cache?.commit();
    lap("cache-commit");
    return cache ? { result, cache: cache.stats } : { result };
  } finally {
    await (pool ?? (await starting?.catch(() => undefined)))?.close();
  }
}
