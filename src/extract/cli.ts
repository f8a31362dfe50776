// The extractor's command line; with io.ts, the only extractor code that touches the file system:
//   npm run extract -- [--seeds DIR] [--out DIR] [--data DIR] [--curation FILE] [--cache DIR | --no-cache] [--workers N] [--relayout] [--timings]
import { join } from "node:path";
import { readArticleFiles, readCurationFile, readKnowledgeFiles, recoverOutput, writeOutput } from "./io";
import { readCuration } from "./curation";
import { defaultWorkers } from "./parallel";
import { runExtraction } from "./run";
import { phaseClock } from "./index";
import { layoutGraph, positionsOf } from "../layout";
import { readPreviousPositions, writePositionsCache } from "./positions-io";
import { threadCpuMs } from "./thread-cpu";

interface Args {
  seeds: string;
  out: string;
  data: string;
  curation: string;
  cache: string;
  workers: string;
}

type Flags = { noCache: boolean; relayout: boolean; timings: boolean };

function parseArgs(argv: string[]): Args & Flags {
  const args: Args & Flags = {
    seeds: "seeds",
    out: "data",
    data: "data",
    curation: "",
    cache: ".cache/extract",
    workers: "",
    noCache: false,
    relayout: false,
    timings: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") {
      console.log(
        "usage: npm run extract -- [--seeds DIR (seeds)] [--out DIR (data)] [--data DIR with the YAML knowledge (data)] [--curation FILE (DIR/curation.yaml)]\n" +
          "                          [--cache DIR (.cache/extract) | --no-cache] [--workers N (the machine's cores, at most one per 100 articles)]\n" +
          "                          [--relayout (lay a large graph out anew instead of keeping the previous positions)] [--timings (each phase's wall and CPU time, all threads and the main one, on stderr)]",
      );
      process.exit(0);
    }
    const flags: Record<string, keyof Flags> = { "--no-cache": "noCache", "--relayout": "relayout", "--timings": "timings" };
    if (flags[flag]) {
      args[flags[flag]] = true;
      continue;
    }
    if (flag === "--workers" && !/^[1-9]\d*$/.test(value ?? "")) {
      console.error(`extract: --workers takes a whole number of threads, at least 1 (got '${value ?? ""}')`);
      process.exit(2);
    }
    if (!["--seeds", "--out", "--data", "--curation", "--cache", "--workers"].includes(flag) || value === undefined) {
      console.error(`extract: unknown or incomplete option '${flag}' (try --help)`);
      process.exit(2);
    }
    args[flag.slice(2) as keyof Args] = value;
    i++;
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const began = performance.now();
  const onPhase = args.timings
    ? (phase: string, ms: number, cpuMs: number, mainMs?: number) =>
        console.error(
          `extract: timing: ${phase.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms, CPU ${cpuMs.toFixed(0).padStart(6)} ms` +
            (mainMs === undefined ? "" : ` (main thread ${mainMs.toFixed(0).padStart(6)} ms)`),
        )
    : undefined;
  const lap = phaseClock(onPhase, threadCpuMs);
  // Before anything is read: a run killed mid-swap may have left the knowledge folder aside.
  for (const note of recoverOutput(args.out)) console.error(`extract: ${note}`);
  const unreadable: { file: string; reason: string }[] = [];
  const files = readArticleFiles(args.seeds, (file, reason) => unreadable.push({ file, reason }));
  const curationFile = args.curation || join(args.data, "curation.yaml");
  const curation = readCuration(readCurationFile(curationFile), curationFile);
  lap("read");
  const { result: extracted, cache } = await runExtraction(files, readKnowledgeFiles(args.data), {
    curation,
    cacheDir: args.noCache ? undefined : args.cache,
    workers: args.workers ? Number(args.workers) : defaultWorkers(files.length),
    warn: (message) => console.error(`extract: warning: ${message}`),
    onPhase,
    threadCpu: threadCpuMs,
    onProgress: (done, total) => {
      if (total > 100 && (done % 100 === 0 || done === total)) process.stderr.write(`extract: ${done}/${total} articles\n`);
    },
  });
  // Large graphs get their positions here, after merge and curation: the browser would take seconds.
  const cacheDir = args.noCache ? undefined : args.cache;
  lap("extraction");
  const layoutStart = performance.now();
  const layout = layoutGraph(extracted.graph, { previous: readPreviousPositions(args.out, cacheDir), relayout: args.relayout });
  const layoutMs = performance.now() - layoutStart;
  lap("layout");
  const result = { ...extracted, graph: layout.graph };
  const { report } = result;
  report.warnings.unshift(...unreadable);
  for (const w of report.warnings) console.error(`extract: warning: ${w.file}: ${w.reason}`);
  for (const s of report.curation?.stale ?? []) console.error(`extract: ${curationFile}: decision ${s.index} no longer applies (${s.reason}): ${s.decision}`);
  try {
    writeOutput(args.out, result);
  } catch (e) {
    // The code alone: the system's message would name the temporary folder's full path.
    const code = (e as NodeJS.ErrnoException).code;
    console.error(`extract: could not write the output (${code ?? (e as Error).message}); ${args.out} still holds the previous one`);
    process.exit(1);
  }
  if (cacheDir) writePositionsCache(args.out, cacheDir, positionsOf(result.graph));
  lap("write");

  const c = report.counts;
  const seconds = ((performance.now() - began) / 1000).toFixed(2);
  console.log(
    `extract: ${c.articles} articles, ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence, ` +
      `${report.discovered.length} discovered, ${report.warnings.length} warnings, ${seconds} s → ${join(args.out, "graph.json")}` +
      (cache ? ` (cache: ${cache.hits} reused, ${cache.misses} computed${cache.corrupt ? `, ${cache.corrupt} corrupt rebuilt` : ""})` : "") +
      (layout.mode === "none" ? "" : `; layout: ${layout.mode}, ${layout.placed} nodes placed in ${(layoutMs / 1000).toFixed(2)} s`),
  );
  if (c.articles === 0) {
    console.error(`extract: no article could be read from ${args.seeds}`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(`extract: ${(e as Error).message}`);
  process.exit(1);
});
