// One extraction of a generated corpus in a fresh process, for the incremental, parallel and
// memory figures of `npm run bench` (a fresh process so that its RSS high-water mark and its
// worker threads are its own). Prints one JSON line: wall ms of the extraction, peak RSS, cache counts.
//   tsx bench/extract-run.ts ARTICLES WORKERS (CACHE_DIR | -) [changed]
import { generateCorpus, vocabulary } from "./corpus";
import { runExtraction } from "../src/extract/run";
import { readKnowledgeFiles } from "../src/extract/io";

const [count, workers, cacheDir, changed] = process.argv.slice(2);
const files = readKnowledgeFiles("data");
const encoder = new TextEncoder();
const inputs = generateCorpus(vocabulary(files), Number(count), 1, 0.3).map((a, n) => ({
  file: a.file,
  // "changed": one article in the middle gains a sentence, as when a file is edited between runs.
  bytes: encoder.encode(
    changed && n === Math.floor(Number(count) / 2) ? a.text.replace("\n\n", "\n\nAmazon fournit des services cloud à Hikvision.\n\n") : a.text,
  ),
}));
const start = performance.now();
const { result, cache } = await runExtraction(inputs, files, {
  cacheDir: cacheDir === "-" ? undefined : cacheDir,
  workers: Number(workers),
  warn: (m) => console.error(m),
});
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, cache, edges: result.report.counts.edges }));
