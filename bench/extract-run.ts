// One extraction of a generated corpus in a fresh process, for the incremental, parallel and
// memory figures of `npm run bench` (a fresh process so that its RSS high-water mark and its
// worker threads are its own). Prints one JSON line: wall ms of the extraction, its CPU time (all
// threads) and the main thread's, peak RSS, cache counts, and each phase's wall, CPU and main-thread CPU.
//   tsx bench/extract-run.ts ARTICLES WORKERS (CACHE_DIR | -) [CHANGED]
// CHANGED, a number k: the article k after the middle one gains a sentence (another k, another article).
import { generateCorpus, vocabulary } from "./corpus";
import { runExtraction } from "../src/extract/run";
import { readKnowledgeFiles } from "../src/extract/io";
import { threadCpuMs } from "../src/extract/thread-cpu";

const [count, workers, cacheDir, changed] = process.argv.slice(2);
const files = readKnowledgeFiles("data");
const encoder = new TextEncoder();
const inputs = generateCorpus(vocabulary(files), Number(count), 1, 0.3).map((a, n) => ({
  file: a.file,
  // One article gains a sentence, as when a file is edited between runs.
  bytes: encoder.encode(
    changed !== undefined && n === Math.floor(Number(count) / 2) + Number(changed)
      ? a.text.replace("\n\n", "\n\nAmazon fournit des services cloud à Hikvision.\n\n")
      : a.text,
  ),
}));
/** Each phase's wall ms, CPU ms of all threads and CPU ms of the main thread alone (-1 where unknown). */
const phases: Record<string, [number, number, number]> = {};
const start = performance.now();
const cpu0 = process.cpuUsage();
const main0 = threadCpuMs();
const { result, cache } = await runExtraction(inputs, files, {
  cacheDir: cacheDir === "-" ? undefined : cacheDir,
  workers: Number(workers),
  warn: (m) => console.error(m),
  threadCpu: threadCpuMs,
  onPhase: (phase, ms, cpuMs, mainMs) => (phases[phase] = [Math.round(ms), Math.round(cpuMs), Math.round(mainMs ?? -1)]),
});
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const mainCpuMs = (threadCpuMs() ?? Number.NaN) - (main0 ?? Number.NaN);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    mainCpuMs,
    rss: process.resourceUsage().maxRSS * 1024,
    cache,
    edges: result.report.counts.edges,
    phases,
  }),
);
