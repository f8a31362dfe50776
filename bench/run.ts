// The benchmark (`npm run bench`): extraction throughput on a generated corpus, the cost of
// adversarial articles and whether it grows linearly, then the UI benchmark when it exists.
// Prints figures; asserts nothing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileKnowledge, extractCorpus, type InputFile } from "../src/extract/index";
import { readArticleFiles } from "../src/extract/io";
import { readKnowledgeFiles } from "../src/extract/io";
import { adversarialArticle, contractArticle, generateCorpus, relationalArticle, vocabulary } from "./corpus";
import { runExportBench } from "./export";
import { runCanvasBench } from "./canvas";
import { runGrammarBench } from "./grammar";
import { runLayoutBench } from "./layout";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const TARGET_MB_S = 1;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** A size whose extraction takes longer than this is not followed by a larger one. */
const STALL_SECONDS = 60;

const encoder = new TextEncoder();
const MB = 1024 * 1024;
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const mb = (bytes: number) => `${fmt(bytes / MB, bytes < MB ? 2 : 1)} MB`;
/** CPU time of this process in ms: unlike wall time, it does not count time other processes take from us. */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};
const seconds = (ms: number) => `${fmt(ms / 1000, ms < 10_000 ? 2 : 1)} s`;

/** Peak memory: the process's RSS high-water mark, and heapUsed sampled whenever the extractor reports progress. */
class MemoryPeak {
  heap = 0;
  sample = () => {
    this.heap = Math.max(this.heap, process.memoryUsage().heapUsed);
  };
  rss = () => process.resourceUsage().maxRSS * 1024;
}

function throughput(files: ReturnType<typeof readKnowledgeFiles>): void {
  const began = performance.now();
  const knowledge = compileKnowledge(files);
  const compileMs = performance.now() - began;
  console.log(`knowledge: compiled in ${seconds(compileMs)} (${int(knowledge.registry.length)} registry entries)`);

  const v = vocabulary(files);
  // Two densities: news-like (about a third of sentences state a relation, as in the seeds) is
  // the headline figure; every sentence relational is the worst case.
  const measure = (label: string, relational: number) => {
    const corpus = generateCorpus(v, ARTICLES, 1, relational);
    const inputs: InputFile[] = corpus.map((a) => ({ file: a.file, bytes: encoder.encode(a.text) }));
    const bytes = inputs.reduce((n, f) => n + f.bytes.length, 0);
    console.log(`corpus (${label}): ${int(inputs.length)} generated articles, ${mb(bytes)} (${int(bytes / inputs.length)} bytes on average)`);

    // A warm-up so the JIT and caches do not count, then the median of three runs: on a shared
    // machine single runs vary by a factor of two.
    extractCorpus(inputs.slice(0, 200), knowledge);
    const runs: { ms: number; cpu: number }[] = [];
    const memory = new MemoryPeak();
    let result!: ReturnType<typeof extractCorpus>;
    for (let r = 0; r < RUNS; r++) {
      global.gc?.();
      memory.sample();
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      result = extractCorpus(inputs, knowledge, { onProgress: memory.sample });
      runs.push({ ms: performance.now() - start, cpu: cpuMs(cpu0) });
      memory.sample();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ms = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => r.cpu));
    const mbs = bytes / MB / (ms / 1000);
    const c = result.report.counts;
    console.log(
      `extract throughput (${label}, median of ${RUNS} runs): ${int(inputs.length)} articles, ${mb(bytes)} in ${seconds(ms)} → ${fmt(mbs)} MB/s, ${int(inputs.length / (ms / 1000))} articles/s, ` +
        `peak RSS ${int(memory.rss() / MB)} MB, peak heapUsed ${int(memory.heap / MB)} MB (target ≥ ${TARGET_MB_S} MB/s: ${mbs >= TARGET_MB_S ? "met" : "NOT met"})`,
    );
    console.log(
      `extract throughput (${label}, CPU time of all threads, GC included): ${seconds(cpu)} → ${fmt(bytes / MB / (cpu / 1000))} MB/s, ${fmt(cpu / inputs.length, 1)} ms per article (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    );
    console.log(
      `extract output (${label}): ${int(c.nodes)} nodes, ${int(c.edges)} edges, ${int(c.evidence)} evidence (${fmt(c.evidence / (bytes / 1024), 1)} per KB; the seeds have 5.7), ${int(result.report.discovered.length)} discovered, ${int(result.report.warnings.length)} warnings`,
    );
    return { inputs, cpu };
  };
  const { inputs, cpu } = measure("news-like", 0.3);
  measure("every sentence relational", 1);

  // Does the cost per article grow with the corpus (cross-article work: merging, translations)?
  const quarter = inputs.slice(0, Math.max(1, Math.floor(inputs.length / 4)));
  const q0 = process.cpuUsage();
  extractCorpus(quarter, knowledge);
  const quarterMs = cpuMs(q0);
  console.log(
    `corpus scaling (CPU time): ${int(quarter.length)} → ${int(inputs.length)} articles (×${fmt(inputs.length / quarter.length, 0)}) took ×${fmt(cpu / quarterMs)} the time ` +
      `(${fmt(quarterMs / quarter.length, 1)} → ${fmt(cpu / inputs.length, 1)} ms per article)`,
  );

  // The real seeds, repeated to about 1 MB: prose as sparse in relations as real articles.
  const seeds = readArticleFiles("seeds");
  const seedBytes = seeds.reduce((n, f) => n + f.bytes.length, 0);
  if (seedBytes > 0) {
    const copies = Math.max(1, Math.round(MB / seedBytes));
    const repeated: InputFile[] = Array.from({ length: copies }, (_, c) =>
      seeds.map((f) => ({ file: `copy${String(c).padStart(3, "0")}/${f.file}`, bytes: f.bytes })),
    ).flat();
    const s0 = performance.now();
    extractCorpus(repeated, knowledge);
    const seedMs = performance.now() - s0;
    console.log(
      `seed throughput: seeds/ ×${copies} (${int(repeated.length)} articles, ${mb(seedBytes * copies)}) in ${seconds(seedMs)} → ` +
        `${fmt((seedBytes * copies) / MB / (seedMs / 1000))} MB/s, ${int(repeated.length / (seedMs / 1000))} articles/s`,
    );
  }

  // The fixed cost of one call (the registry matcher is built per call), on a one-sentence article.
  const tiny: InputFile[] = [{ file: "tiny.txt", bytes: encoder.encode("Amazon fournit des services cloud à Hikvision.") }];
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) extractCorpus(tiny, knowledge);
  console.log(`extract fixed cost: ${fmt((performance.now() - t0) / 5, 0)} ms per extractCorpus call on a one-sentence article`);
}

function adversarial(files: ReturnType<typeof readKnowledgeFiles>): void {
  const knowledge = compileKnowledge(files);
  const v = vocabulary(files);
  extractCorpus([{ file: "warm.txt", bytes: encoder.encode("Amazon fournit des services cloud à Hikvision.") }], knowledge);
  const sizes = [0.25, 0.5, 1];
  const times: number[] = [];
  for (const size of sizes) {
    const text = adversarialArticle(v, size * MB, 7);
    const input: InputFile = { file: `adversarial-${size}mb.txt`, bytes: encoder.encode(text) };
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    const r = extractCorpus([input], knowledge);
    const ms = performance.now() - start;
    times.push(cpuMs(cpu0));
    console.log(
      `adversarial article: ${mb(input.bytes.length)} on one line in ${seconds(ms)} → ${fmt(input.bytes.length / MB / (ms / 1000))} MB/s ` +
        `(CPU ${seconds(times[times.length - 1]!)}; ${int(r.graph.nodes.length)} nodes, ${int(r.graph.edges.length)} edges, ${int(r.articles[0]?.sentences.length ?? 0)} sentences)`,
    );
    if (ms > STALL_SECONDS * 1000) {
      console.log(`adversarial article: stopped: ${mb(input.bytes.length)} took over ${STALL_SECONDS} s`);
      break;
    }
  }
  for (let i = 1; i < times.length; i++) {
    const ratio = times[i]! / times[i - 1]!;
    const grow = sizes[i]! / sizes[i - 1]!;
    console.log(
      `adversarial scaling (CPU time): ${sizes[i - 1]} → ${sizes[i]} MB (×${grow}) took ×${fmt(ratio)} the time (linear ≈ ×${grow}${ratio > grow * 1.5 ? "; SUPERLINEAR" : ""})`,
    );
  }

  // One 1 MB line of ordinary prose: many sentences on a single line.
  const prose = "Amazon fournit des services cloud à Hikvision depuis plusieurs années dans le cadre du programme. ";
  const proseTimes: number[] = [];
  const proseSizes = [0.125, 0.25, 0.5, 1];
  for (const size of proseSizes) {
    const text = prose.repeat(Math.round((size * MB) / prose.length));
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    extractCorpus([{ file: "prose.txt", bytes: encoder.encode(text) }], knowledge);
    const ms = performance.now() - start;
    proseTimes.push(cpuMs(cpu0));
    console.log(
      `one-line prose: ${mb(text.length)}, ${int(text.length / prose.length)} sentences on one line, in ${seconds(ms)} (CPU ${seconds(proseTimes[proseTimes.length - 1]!)})`,
    );
    if (ms > (STALL_SECONDS * 1000) / 4 && size !== proseSizes[proseSizes.length - 1]) {
      console.log(`one-line prose: stopped before the next size: ${mb(text.length)} took over ${STALL_SECONDS / 4} s`);
      break;
    }
  }
  for (let i = 1; i < proseTimes.length; i++) {
    console.log(
      `one-line prose scaling (CPU time): ${proseSizes[i - 1]} → ${proseSizes[i]} MB (×2) took ×${fmt(proseTimes[i]! / proseTimes[i - 1]!)} the time`,
    );
  }
}

/**
 * One long article at 0.5, 1, 2 and 5 MB: every per-article stage must be linear in the article's
 * size and its number of mentions. Targets: 5 MB under 10 s, each doubling at most ×2.3 the time
 * (2 → 5 MB, ×2.5 in size, may cost ×2.3^log2(2.5) ≈ ×2.6).
 */
function longArticles(files: ReturnType<typeof readKnowledgeFiles>): void {
  const knowledge = compileKnowledge(files);
  const v = vocabulary(files);
  extractCorpus([{ file: "warm.txt", bytes: encoder.encode("Amazon fournit des services cloud à Hikvision.") }], knowledge);
  const sizes = [0.5, 1, 2, 5];
  const kinds: [string, (bytes: number) => string][] = [
    ["relational article", (bytes) => relationalArticle(v, bytes)],
    ["contract and anaphor article", (bytes) => contractArticle(v, bytes)],
  ];
  for (const [label, make] of kinds) {
    const times: number[] = [];
    for (const size of sizes) {
      const input: InputFile = { file: "long.txt", bytes: encoder.encode(make(size * MB)) };
      global.gc?.();
      const start = performance.now();
      const cpu0 = process.cpuUsage();
      const r = extractCorpus([input], knowledge);
      const ms = performance.now() - start;
      times.push(cpuMs(cpu0));
      const target = size === 5 ? ` (target < 10 s: ${ms < 10_000 ? "met" : "NOT met"})` : "";
      console.log(
        `${label}: ${mb(input.bytes.length)} in ${seconds(ms)}${target}, CPU ${seconds(times[times.length - 1]!)}; ` +
          `${int(r.articles[0]?.sentences.length ?? 0)} sentences, ${int(r.report.counts.edges)} edges, ${int(r.report.counts.evidence)} evidence`,
      );
      if (ms > STALL_SECONDS * 1000 && size !== sizes[sizes.length - 1]) {
        console.log(`${label}: stopped: ${mb(input.bytes.length)} took over ${STALL_SECONDS} s`);
        break;
      }
    }
    for (let i = 1; i < times.length; i++) {
      const grow = sizes[i]! / sizes[i - 1]!;
      const allowed = 2.3 ** Math.log2(grow);
      const ratio = times[i]! / times[i - 1]!;
      console.log(
        `${label} scaling (CPU time): ${sizes[i - 1]} → ${sizes[i]} MB (×${grow}) took ×${fmt(ratio)} (at most ×${fmt(allowed)}: ${ratio <= allowed ? "met" : "NOT met"})`,
      );
    }
  }
}

type ChildRun = {
  ms: number;
  cpuMs: number;
  mainCpuMs: number;
  rss: number;
  cache?: { hits: number; misses: number };
  /** Each phase's wall ms, CPU ms of all threads and of the main thread (-1 where unknown). */
  phases: Record<string, [number, number, number]>;
};

/** The phases that run in every thread; the others run in the main thread alone. */
const PARALLEL_PHASES = new Set(["scan", "relate"]);
/** Sums of other phases (extractCorpusWith's "finish" holds its "finish/…" ones; run.ts's "corpus" holds all). */
const SUM_PHASES = new Set(["finish", "corpus"]);

/**
 * Each phase's CPU (all threads / main thread), and the 2-worker ratio that the one-worker run
 * predicts on 2 idle cores: (main-thread CPU of the serial phases + CPU of the parallel ones / 2) /
 * total CPU. The CPU of other threads in a serial phase (V8's compiler and garbage collector) is
 * counted as running beside it. A loaded machine stretches wall times, not CPU times.
 */
function phaseReport(run: ChildRun): { lines: string; predicted: number } {
  const own = Object.entries(run.phases).filter(([name]) => !SUM_PHASES.has(name));
  let serial = 0;
  let parallel = 0;
  for (const [name, [, cpu, main]] of own) {
    if (PARALLEL_PHASES.has(name)) parallel += cpu;
    else serial += main >= 0 ? main : cpu;
  }
  const lines = own
    .map(
      ([name, [ms, cpu, main]]) =>
        `    ${name.padEnd(24)} wall ${seconds(ms).padStart(7)}, CPU ${seconds(cpu).padStart(7)}, main thread ${main >= 0 ? seconds(main) : "?"}`,
    )
    .join("\n");
  return { lines, predicted: (serial + parallel / 2) / run.cpuMs };
}

/** One extraction in a fresh process (bench/extract-run.ts), with the flags of `npm run extract`. */
function runChild(articles: number, workers: number, cache: string | undefined, changed?: number): ChildRun {
  const args = ["--max-semi-space-size=64", "--import", "tsx", join(import.meta.dirname, "extract-run.ts"), String(articles), String(workers), cache ?? "-"];
  if (changed !== undefined) args.push(String(changed));
  const out = execFileSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** The median run by wall time, of `runs` runs; the load average when they began. */
function medianRun(runs: number, one: () => ChildRun): ChildRun & { load: number } {
  const load = os.loadavg()[0]!;
  const all = Array.from({ length: runs }, one).sort((a, b) => a.ms - b.ms);
  return { ...all[Math.floor(all.length / 2)]!, load };
}

const loadNote = (load: number) => `load average ${load.toFixed(1)} on ${os.cpus().length} cores`;
const pct = (part: number, whole: number) => `${fmt((100 * part) / whole, 0)} %`;

/**
 * The CLI's incremental cache and worker threads on a 2,000-article corpus, and memory on 10,000.
 * Targets: a run after one article changed ≤ 15 % of the full run; 2 workers ≤ 65 % of the wall
 * time of 1 (both without the cache); under 1 GB RSS for 10,000 articles. Each figure is the
 * median of BENCH_CLI_RUNS runs (default 3) in fresh processes, with its CPU time (all threads)
 * and the load average: on a shared machine the wall time of one run means little alone.
 */
function incrementalAndParallel(): void {
  const n = Number(process.env.BENCH_CORPUS ?? 2000);
  const runs = Number(process.env.BENCH_CLI_RUNS ?? 3);
  const dir = mkdtempSync(join(tmpdir(), "entangle-bench-cache-"));
  try {
    const one = medianRun(runs, () => runChild(n, 1, undefined));
    const two = medianRun(runs, () => runChild(n, 2, undefined));
    console.log(
      `parallel (${int(n)} articles, no cache, median of ${runs}): 1 worker ${seconds(one.ms)} (CPU ${seconds(one.cpuMs)}; ${loadNote(one.load)}), ` +
        `2 workers ${seconds(two.ms)} (CPU ${seconds(two.cpuMs)}; ${loadNote(two.load)}) → ${pct(two.ms, one.ms)} (target ≤ 65 %: ${two.ms <= 0.65 * one.ms ? "met" : "NOT met"})`,
    );
    const [oneReport, twoReport] = [phaseReport(one), phaseReport(two)];
    console.log(`  phases, 1 worker (CPU ${seconds(one.cpuMs)}, main thread ${seconds(one.mainCpuMs)}):\n${oneReport.lines}`);
    console.log(`  phases, 2 workers (CPU ${seconds(two.cpuMs)}, main thread ${seconds(two.mainCpuMs)}):\n${twoReport.lines}`);
    console.log(
      `  predicted 2-worker ratio from the 1-worker run's CPU (serial main-thread CPU + parallel CPU / 2) / total CPU: ${fmt(100 * oneReport.predicted, 0)} %; ` +
        `the 2-worker run used ${pct(two.cpuMs, one.cpuMs)} of its CPU (each thread compiles and collects its own heap)`,
    );
    const cold = runChild(n, 1, dir);
    // Each run changes another article, so that each has one to redo.
    let k = 0;
    const changed = medianRun(runs, () => runChild(n, 1, dir, k++));
    console.log(
      `incremental (${int(n)} articles, 1 worker, median of ${runs}): full run without cache ${seconds(one.ms)} (CPU ${seconds(one.cpuMs)}), cold cache ${seconds(cold.ms)}, ` +
        `after one article changed ${seconds(changed.ms)} (CPU ${seconds(changed.cpuMs)}; ${changed.cache?.misses} steps redone, ${changed.cache?.hits} reused; ${loadNote(changed.load)}) → ` +
        `${pct(changed.ms, one.ms)} of the full run, CPU ${pct(changed.cpuMs, one.cpuMs)} (target ≤ 15 %: ${changed.ms <= 0.15 * one.ms ? "met" : "NOT met"})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const big = Number(process.env.BENCH_MEMORY_ARTICLES ?? 10_000);
  const load = os.loadavg()[0]!;
  const memory = runChild(big, 1, undefined);
  console.log(
    `memory (${int(big)} articles, no cache, 1 worker): peak RSS ${int(memory.rss / MB)} MB in ${seconds(memory.ms)} (${loadNote(load)}; target < 1,024 MB: ${memory.rss < 1024 * MB ? "met" : "NOT met"})`,
  );
}

async function main(): Promise<void> {
  const files = readKnowledgeFiles("data");
  console.log(`bench: node ${process.version}, ${process.platform}/${process.arch}, one core (single-threaded extractor)`);
  // BENCH_ONLY=extract, ui, canvas or export runs one part; BENCH_ONLY=long only the long articles,
  // BENCH_ONLY=cli only the CLI's cache, workers and memory figures (each in a fresh process),
  // BENCH_ONLY=grammar only the grammar layer's tagging throughput, BENCH_ONLY=layout the build-time layout.
  const only = process.env.BENCH_ONLY;
  if (only === "export") return runExportBench();
  if (only === "canvas") return runCanvasBench();
  if (only === "long") return longArticles(files);
  if (only === "cli") return incrementalAndParallel();
  if (only === "grammar") return runGrammarBench(files);
  if (only === "layout") return runLayoutBench();
  if (only !== "ui") {
    throughput(files);
    runGrammarBench(files);
    adversarial(files);
    longArticles(files);
    incrementalAndParallel();
    await runLayoutBench();
  }
  const ui = join(import.meta.dirname, "ui.ts");
  if (only === "extract") return;
  runExportBench();
  if (existsSync(ui)) {
    // Imported by URL, not by a literal specifier, so this file type-checks before bench/ui.ts lands.
    const mod = (await import(pathToFileURL(ui).href)) as { runUiBench?: () => unknown };
    if (typeof mod.runUiBench === "function") await mod.runUiBench();
    else console.log("ui bench: bench/ui.ts exports no runUiBench; skipped");
  } else {
    console.log("ui bench: bench/ui.ts not present; skipped");
  }
  await runCanvasBench();
}

main().catch((e: unknown) => {
  console.error(`bench: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
