// `--workers N`: the per-article steps (scan, relate) shared between this thread and N − 1 worker
// threads. Articles go out in small chunks to whoever is free, and results come back to their
// place by index, so the output is the same bytes whatever the number of workers.
//
// Run from the TypeScript sources, a worker would have to register tsx's loader and transpile
// every module again (Node 20 does not carry tsx's --import into worker threads): about twice
// the start-up of one file. So the worker's code is bundled once with esbuild into one ES module,
// kept in the system's temporary folder under the extractor's version hash (any source or
// dependency change makes a new one), and each worker loads that. Should bundling fail, the
// worker registers tsx itself. From compiled .js no loader is needed.
import { mkdirSync, renameSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { extractorVersion } from "./cache";
import { relateArticle, scanArticle } from "./article";
import type { ArticleRunner, InputFile, Knowledge, RelateInput, Related, Scanned } from "./index";
import type { ParsedKnowledge } from "./knowledge";

export type Task = { id: number; kind: "scan"; items: Uint8Array[] } | { id: number; kind: "relate"; items: RelateInput[] };
/** What the main thread sends a worker: the parsed knowledge once, then tasks. */
export type WorkerMessage = Task | { knowledge: ParsedKnowledge };
export type Reply = { id: number; results: unknown[] } | { id: number; error: string } | { ready: true };

/**
 * The default for --workers: the machine's cores, but no more than one thread per 100 articles,
 * as starting a worker (loading the code, compiling the knowledge) costs about what 100 articles do.
 */
export const defaultWorkers = (articles: number) => Math.max(1, Math.min(os.availableParallelism(), Math.ceil(articles / 100)));

/** In this thread only. */
export const localRunner = (k: Knowledge): ArticleRunner => ({
  scan: async (files) => files.map((f) => scanArticle(f.bytes, k)),
  relate: async (inputs) => inputs.map((i) => relateArticle(i, k)),
});

/** The worker's code as one bundled module, built on first use of this version of the sources; undefined if it cannot be. */
/** Where the bundle of this version of the sources is kept. */
export const workerBundle = (version: string) => join(os.tmpdir(), "entangle-worker", `${version.slice(0, 24)}.mjs`);

async function bundledWorker(source: string, version: string): Promise<string | undefined> {
  const file = workerBundle(version);
  if (existsSync(file)) return file;
  try {
    const { build } = await import("esbuild");
    const out = await build({
      entryPoints: [fileURLToPath(source)],
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      write: false,
      logLevel: "silent",
      // CommonJS dependencies inside an ES module still call require() for Node's own modules.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    mkdirSync(join(file, ".."), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out.outputFiles[0]!.contents);
    renameSync(tmp, file);
    return file;
  } catch {
    return undefined;
  }
}

async function startWorker(version: string): Promise<Worker> {
  const module = new URL(`./worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url).href;
  if (!module.endsWith(".ts")) return new Worker(new URL(module));
  const bundle = await bundledWorker(module, version);
  if (bundle) return new Worker(bundle);
  const tsx = import.meta.resolve("tsx/esm/api");
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module)}); })`;
  return new Worker(boot, { eval: true });
}

/**
 * `count − 1` worker threads, started first: they load their code while this thread parses the
 * knowledge (or reads it from the cache), then build it from what `load` sends them.
 */
export async function startPool(count: number, version = extractorVersion()): Promise<Pool> {
  const workers: Worker[] = [];
  for (let n = 1; n < count; n++) workers.push(await startWorker(version));
  return new Pool(workers);
}

export class Pool {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void }>();
  /** Settles when the worker has compiled its knowledge: until then it takes no chunk, so none waits on its start. */
  readonly ready = new Map<Worker, Promise<void>>();

  constructor(readonly workers: Worker[]) {
    for (const w of workers) {
      const ready = new Promise<void>((resolve, reject) => {
        w.once("error", reject);
        w.on("message", (reply: Reply) => "ready" in reply && resolve());
      });
      ready.catch(() => {}); // observed by share(); a worker that fails after the work is done is not an error
      this.ready.set(w, ready);
      w.on("message", (reply: Reply) => {
        if ("ready" in reply) return;
        const p = this.pending.get(reply.id)!;
        this.pending.delete(reply.id);
        if ("error" in reply) p.reject(new Error(`extract worker: ${reply.error}`));
        else p.resolve(reply.results);
      });
      w.on("error", (e: Error) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
    }
  }

  /** Sends the workers the parsed knowledge; each is ready once it has built it. */
  load(knowledge: ParsedKnowledge): void {
    for (const w of this.workers) w.postMessage({ knowledge } satisfies WorkerMessage);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  call(w: Worker, task: Omit<Task, "id">): Promise<unknown[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ ...task, id });
    });
  }
}

/**
 * Runs chunks of `items` here and in every worker until none is left; results in input order.
 * `inOrder` sees each result in input order as soon as it and those before it are in: what it does
 * runs in this thread between its own chunks, while the workers go on.
 */
async function share<I, O>(
  pool: Pool,
  kind: Task["kind"],
  items: readonly I[],
  wire: (i: I) => unknown,
  local: (i: I) => O,
  stats: PoolStats,
  inOrder?: (n: number, o: O) => void,
): Promise<O[]> {
  const out = new Array<O>(items.length);
  let passed = 0;
  let failed: Error | undefined;
  const pass = () => {
    if (inOrder) for (; passed < items.length && out[passed] !== undefined; passed++) inOrder(passed, out[passed]!);
  };
  const size = Math.max(1, Math.min(32, Math.ceil(items.length / ((pool.workers.length + 1) * 8))));
  let next = 0;
  const take = (): [number, number] | undefined => {
    if (next >= items.length) return undefined;
    const from = next;
    next = Math.min(items.length, next + size);
    return [from, next];
  };
  let drained!: () => void;
  const done = new Promise<void>((resolve) => (drained = resolve));
  const here = async () => {
    for (let r = take(); r; r = take()) {
      for (let i = r[0]; i < r[1]; i++) out[i] = local(items[i]!);
      pass();
      // Let the workers' replies in, and hand them their next chunk.
      await new Promise((resolve) => setImmediate(resolve));
    }
    drained();
  };
  const there = async (w: Worker) => {
    await Promise.race([pool.ready.get(w), done]);
    for (let r = take(); r; r = take()) {
      const [from, to] = r;
      const results = await pool.call(w, { kind, items: items.slice(from, to).map(wire) } as Omit<Task, "id">);
      results.forEach((o, j) => {
        out[from + j] = o as O;
      });
      stats.inWorkers += results.length;
      // After this loop has sent the worker its next chunk.
      if (inOrder)
        setImmediate(() => {
          try {
            pass();
          } catch (e) {
            failed ??= e as Error;
          }
        });
    }
  };
  // Two chunks in flight per worker: it starts the next one while this thread, busy with its own
  // chunk, has not yet read the reply to the last.
  await Promise.all([here(), ...pool.workers.flatMap((w) => [there(w), there(w)])]);
  if (failed) throw failed;
  pass();
  return out;
}

export interface PoolStats {
  /** Scan and relate steps done in worker threads. */
  inWorkers: number;
}

/** This thread and the pool's workers. */
export function parallelRunner(k: Knowledge, pool: Pool): ArticleRunner & { stats: PoolStats; started(): Promise<void>; close(): Promise<void> } {
  const stats: PoolStats = { inWorkers: 0 };
  return {
    stats,
    started: async () => {
      await Promise.all(pool.ready.values());
    },
    scan: (inputs: readonly InputFile[]) =>
      share<InputFile, Scanned>(
        pool,
        "scan",
        inputs,
        (f) => f.bytes,
        (f) => scanArticle(f.bytes, k),
        stats,
      ),
    relate: (inputs: readonly RelateInput[], inOrder?: (n: number, r: Related) => void) =>
      share<RelateInput, Related>(
        pool,
        "relate",
        inputs,
        (i) => i,
        (i) => relateArticle(i, k),
        stats,
        inOrder,
      ),
    close: () => pool.close(),
  };
}
