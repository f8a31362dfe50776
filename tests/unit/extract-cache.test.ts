// The incremental cache and the worker threads change how the per-article work is run, never
// its result: the output is compared whole with extractCorpus's, cold, warm, after a change,
// after a corrupt entry, with curation decisions, and on two threads.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus, vocabulary } from "../../bench/corpus";
import { compileKnowledge, extractCorpus, extractCorpusWith, type InputFile } from "../../src/extract/index";
import { parseKnowledge } from "../../src/extract/knowledge";
import { localRunner, parallelRunner, startPool, workerBundle } from "../../src/extract/parallel";
import { ArticleCache, extractorVersion, knowledgeVersion } from "../../src/extract/cache";
import { readArticleFiles, readKnowledgeFiles } from "../../src/extract/io";
import { runExtraction } from "../../src/extract/run";
import { EntityMatcher } from "../../src/extract/stages/05-mentions";

const files = readKnowledgeFiles("data");
const k = compileKnowledge(files);
const encoder = new TextEncoder();
const seeds = readArticleFiles("seeds");
const corpus: InputFile[] = [
  ...seeds,
  ...generateCorpus(vocabulary(files), 24, 5, 0.5).map((a) => ({ file: a.file, bytes: encoder.encode(a.text) })),
  // The same bytes under two names: one cache entry, two articles, and the corpus's warning about it.
  { file: `copy/${seeds[0]!.file}`, bytes: seeds[0]!.bytes },
];
const expected = JSON.stringify(extractCorpus(corpus, k));

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "entangle-cache-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const entries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((p) => join(dir, p))
    .filter((p) => statSync(p).isFile());

describe("the incremental cache", () => {
  // The machine these run on is shared: generous timeouts, as nothing here is timed.
  it("gives extractCorpus's output cold and warm, and reuses every article when nothing changed", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    const warnings: string[] = [];
    const cold = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
    expect(JSON.stringify(cold.result)).toBe(expected);
    expect(cold.cache).toEqual({ hits: 0, misses: 2 * corpus.length, corrupt: 0 });
    const warm = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
    expect(JSON.stringify(warm.result)).toBe(expected);
    expect(warm.cache).toEqual({ hits: 2 * corpus.length, misses: 0, corrupt: 0 });
    expect(warnings).toEqual([]);
  });

  it("re-extracts only the article that changed", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    // A relation added in the middle of one article (its end may be a footer that cleaning removes).
    const added = (f: InputFile) => ({
      ...f,
      bytes: encoder.encode(new TextDecoder().decode(f.bytes).replace("\n\n", "\n\nAmazon fournit des services cloud à Hikvision.\n\n")),
    });
    const changed = corpus.map((f, n) => (n === corpus.length - 1 ? added(f) : f));
    const again = await runExtraction(changed, files, { cacheDir: dir, workers: 1, warn: () => {} });
    expect(JSON.stringify(again.result)).toBe(JSON.stringify(extractCorpus(changed, k)));
    // Its scan and its relate step are redone; a new name could change other articles' mentions, this one does not.
    expect(again.cache).toEqual({ hits: 2 * corpus.length - 2, misses: 2, corrupt: 0 });
  });

  it("misses everything when the knowledge changes", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const edited = { ...files, cleaning: `${files.cleaning}\n# an edit\n` };
    const again = await runExtraction(corpus, edited, { cacheDir: dir, workers: 1, warn: () => {} });
    expect(again.cache?.hits).toBe(0);
  });

  it("misses everything when data/gazetteer.json changes", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const edited = { ...files, gazetteer: `${files.gazetteer ?? "{}"} ` };
    const again = await runExtraction(corpus, edited, { cacheDir: dir, workers: 1, warn: () => {} });
    expect(again.cache?.hits).toBe(0);
  });

  it("keeps the corpus's warnings and applies curation after the cached steps", { timeout: 60_000 }, async () => {
    const curation = [{ reject: { edge: JSON.parse(expected).graph.edges[0].id as string } }];
    const want = JSON.stringify(extractCorpus(corpus, k, { curation }));
    expect(want).toMatch(/same article text as/);
    expect(want).not.toBe(expected);
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const warm = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, curation, warn: () => {} });
    expect(warm.cache?.misses).toBe(0);
    expect(JSON.stringify(warm.result)).toBe(want);
  });

  it("ignores, reports and rebuilds a corrupt entry", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const [truncated, wrongShape] = entries(dir).filter((p) => !p.includes("knowledge") && !p.includes(`${sep}names${sep}`));
    writeFileSync(truncated!, '{"key": "abc", "val');
    writeFileSync(wrongShape!, JSON.stringify({ key: "x", value: { facts: 3 } }));
    const warnings: string[] = [];
    const again = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
    expect(JSON.stringify(again.result)).toBe(expected);
    // Two entries were spoilt; one may serve two files of the corpus (it holds a text read twice),
    // and then it is found corrupt, reported and rebuilt for each of them.
    const corrupt = again.cache!.corrupt;
    expect(corrupt).toBeGreaterThanOrEqual(2);
    expect(corrupt).toBeLessThanOrEqual(4);
    expect(again.cache!.misses).toBe(corrupt);
    expect(warnings).toHaveLength(corrupt);
    expect(warnings[0]).toMatch(/^cache: entry .+\.json is corrupt \(.+\); ignored and rebuilt$/);
    const healed = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
    expect(healed.cache).toEqual({ hits: 2 * corpus.length, misses: 0, corrupt: 0 });
  });
});

describe("cache entries", () => {
  it("are written only once the run's output has passed validation (commit)", async () => {
    const dir = cacheDir();
    const cache = new ArticleCache(dir, { extractor: "test", knowledge: "test" }, () => {});
    const runner = cache.around(localRunner(k));
    const scanned = await runner.scan(corpus.slice(0, 3));
    expect(scanned).toHaveLength(3);
    expect(entries(dir)).toEqual([]);
    cache.commit();
    expect(entries(dir)).toHaveLength(3);
  });

  it("say which relate inputs were reused, for the validation", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const cache = new ArticleCache(dir, { extractor: extractorVersion(), knowledge: knowledgeVersion(files) }, () => {});
    const runner = cache.around(localRunner(k));
    const changed = corpus.map((f, n) =>
      n === 0 ? { ...f, bytes: encoder.encode(`${new TextDecoder().decode(f.bytes)}\n\nAmazon fournit des services cloud à Hikvision.\n`) } : f,
    );
    expect(JSON.stringify(await extractCorpusWith(changed, k, runner))).toBe(JSON.stringify(extractCorpus(changed, k)));
    const reused = runner.reused!().relate;
    expect(reused.filter((r) => !r)).toHaveLength(1);
    expect(reused.length).toBeGreaterThan(20);
  });
});

describe("the discovered names' mentions", () => {
  const record = (id: string, forms: string[]) => ({
    id,
    label: forms[0]!,
    type: "company" as const,
    country: null,
    sectors: [],
    forms,
    caseSensitive: [],
    curated: false,
  });
  const texts = ["Brevik Analytics sells to the army.", "La société Brevik Analytics vend à l'armée.", "Nothing here."];
  const counting = (records: ReturnType<typeof record>[]) => {
    const calls: string[] = [];
    const matcher = new EntityMatcher(records);
    return { calls, find: (t: string) => (calls.push(t), matcher.find(t)) };
  };
  const namesOf = (dir: string) => new ArticleCache(dir, { extractor: "test", knowledge: "test" }, () => {}).around(localRunner(k)).names!;

  it("are matched once per text for a set of names, then reused; a changed text or name set is matched again", () => {
    const dir = cacheDir();
    const names = [record("brevik-analytics", ["Brevik Analytics", "Brevik"])];
    const first = counting(names);
    const cold = new ArticleCache(dir, { extractor: "test", knowledge: "test" }, () => {});
    const found = cold.around(localRunner(k)).names!(names, texts, first.find);
    expect(found.map((ms) => ms.length)).toEqual([1, 1, 0]);
    expect(first.calls).toHaveLength(3);
    cold.commit();

    const warm = counting(names);
    expect(namesOf(dir)(names, texts, warm.find)).toEqual(found);
    expect(warm.calls).toEqual([]);
    const edited = counting(names);
    namesOf(dir)(names, [texts[0]!, "Brevik a signé.", texts[2]!], edited.find);
    expect(edited.calls).toEqual(["Brevik a signé."]);
    const more = [...names, record("orvane", ["Orvane"])];
    const other = counting(more);
    namesOf(dir)(more, texts, other.find);
    expect(other.calls).toHaveLength(3);
  });
});

describe("the cached knowledge", () => {
  it("is read back instead of parsing the YAML again, and the output is the same", { timeout: 60_000 }, async () => {
    const dir = cacheDir();
    await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    const [entry] = entries(join(dir, "knowledge"));
    expect(entry).toBeDefined();
    // Unparseable YAML: a run that still parsed the files would fail.
    const unreadable = { ...files, relations: "{ not: yaml" };
    const warm = new ArticleCache(dir, { extractor: extractorVersion(), knowledge: knowledgeVersion(files) }, () => {});
    expect(() => warm.knowledge(unreadable)).not.toThrow();
    const again = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
    expect(JSON.stringify(again.result)).toBe(expected);
  });

  it("ignores, reports and rebuilds a corrupt knowledge entry", { timeout: 60_000 }, async () => {
    for (const spoil of ['{"key": "abc", "val', null]) {
      const dir = cacheDir();
      await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: () => {} });
      const [entry] = entries(join(dir, "knowledge"));
      const stored = JSON.parse(readFileSync(entry!, "utf8")) as { key: string; value: { relations: unknown } };
      // Truncated, or the right shape on the outside but not inside (it fails to build).
      writeFileSync(entry!, spoil ?? JSON.stringify({ key: stored.key, value: { ...stored.value, relations: { types: 3 } } }));
      const warnings: string[] = [];
      const again = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
      expect(JSON.stringify(again.result)).toBe(expected);
      expect(warnings).toEqual([expect.stringMatching(/^cache: entry knowledge\/.+\.json is corrupt \(.+\); ignored and rebuilt$/)]);
      expect(again.cache).toEqual({ hits: 2 * corpus.length, misses: 0, corrupt: 1 });
      const healed = await runExtraction(corpus, files, { cacheDir: dir, workers: 1, warn: (m) => warnings.push(m) });
      expect(healed.cache?.corrupt).toBe(0);
    }
  });
});

describe("the cache's version", () => {
  it("changes with any knowledge file, present or absent, with any extractor source and with the grammar lexicon", () => {
    expect(knowledgeVersion({ ...files, money: `${files.money}\n` })).not.toBe(knowledgeVersion(files));
    const { gazetteer: _, ...without } = files;
    expect(knowledgeVersion(without)).not.toBe(knowledgeVersion(files));
    const project = cacheDir();
    const root = join(project, "src");
    for (const part of ["extract", "model"]) cpSync(join("src", part), join(root, part), { recursive: true });
    cpSync(join("data", "grammar", "lexicon.json"), join(project, "data", "grammar", "lexicon.json"));
    const lock = join(root, "package-lock.json");
    writeFileSync(lock, "{}");
    const before = extractorVersion(root, lock);
    writeFileSync(join(root, "extract", "stages", "new-stage.ts"), "export {};\n");
    expect(extractorVersion(root, lock)).not.toBe(before);
    const afterSource = extractorVersion(root, lock);
    writeFileSync(lock, '{"lockfileVersion": 3}');
    const afterLock = extractorVersion(root, lock);
    expect(afterLock).not.toBe(afterSource);
    // The lexicon is imported by the sources (bundled into the workers' code), not read as knowledge.
    writeFileSync(join(project, "data", "grammar", "lexicon.json"), "{}");
    expect(extractorVersion(root, lock)).not.toBe(afterLock);
  });
});

describe("worker threads", () => {
  it("do part of the work and give the same bytes as one thread", { timeout: 120_000 }, async () => {
    const pool = await startPool(3);
    // They run the bundled code, not the sources through tsx.
    expect(existsSync(workerBundle(extractorVersion()))).toBe(true);
    pool.load(parseKnowledge(files));
    const runner = parallelRunner(k, pool);
    try {
      await runner.started();
      expect(JSON.stringify(await extractCorpusWith(corpus, k, runner))).toBe(expected);
      expect(runner.stats.inWorkers).toBeGreaterThan(0);
    } finally {
      await runner.close();
    }
  });

  it("hand each related article over once, in corpus order, for the merge to run while they relate the rest", { timeout: 120_000 }, async () => {
    const pool = await startPool(2);
    pool.load(parseKnowledge(files));
    const runner = parallelRunner(k, pool);
    const handed: number[] = [];
    const spied = {
      ...runner,
      relate: (inputs: Parameters<typeof runner.relate>[0], inOrder?: Parameters<typeof runner.relate>[1]) =>
        runner.relate(inputs, (n, r) => {
          handed.push(n);
          inOrder?.(n, r);
        }),
    };
    try {
      await runner.started();
      const result = await extractCorpusWith(corpus, k, spied);
      expect(JSON.stringify(result)).toBe(expected);
      expect(handed).toEqual(result.articles.map((_, n) => n));
      expect(runner.stats.inWorkers).toBeGreaterThan(0);
    } finally {
      await runner.close();
    }
  });

  it("give the same bytes as one thread, through the cache too", { timeout: 120_000 }, async () => {
    // Cold, so every article goes through the pool; 3 threads for 2 workers besides this one.
    const cached = await runExtraction(corpus, files, { cacheDir: cacheDir(), workers: 3, warn: () => {} });
    expect(JSON.stringify(cached.result)).toBe(expected);
    expect(cached.cache?.misses).toBe(2 * corpus.length);
  });
});
