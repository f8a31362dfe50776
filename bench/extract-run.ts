// One extraction of a generated corpus in a fresh process, for the incremental, parallel and
// memory figures of `npm run bench` (a fresh process so that its RSS high-water mark and its
// worker threads are its own). Prints one JSON line: wall ms of the extraction, its CPU time (all
// threads), peak RSS, cache counts.
//   tsx bench/extract-run.ts ARTICLES WORKERS (CACHE_DIR | -) [CHANGED]
// CHANGED, a number k: the article k after the middle one gains a sentence (another k, another article).
import { generateCorpus, vocabulary } from "./corpus";
import { runExtraction } from "../src/extract/run";
import { readKnowledgeFiles } from "../src/extract/io";

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
const phases: Record<string, [number, number]> = {};
const start = performance.now();
const cpu0 = process.cpuUsage();
const { result, cache } = await runExtraction(inputs, files, {
  cacheDir: cacheDir === "-" ? undefined : cacheDir,
  workers: Number(workers),
  warn: (m) => console.error(m),
  onPhase: (phase, ms, cpuMs) => (phases[phase] = [Math.round(ms), Math.round(cpuMs)]),
});
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, rss: process.resourceUsage().maxRSS * 1024, cache, edges: result.report.counts.edges, phases }),
);
