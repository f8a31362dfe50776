// `npm run dev` watches the corpus: when an article in seeds/ is added, changed or removed, the
// extraction runs again (the CLI, so through its incremental cache: only that article is redone)
// and the open app is told, by a custom HMR event, to refetch its data without reloading the page.
// A run that fails, or warns about an article, is reported in the terminal and in the page's
// console: the dev server keeps running.
import { spawn } from "node:child_process";
import { basename, dirname, join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { DATA_CHANGED, type DataChanged } from "../app/api/live";
import { isHtmlFile } from "../extract/html-page";
import { optionsFromEnv, type CurationEndpointOptions } from "./curation-endpoint";

/** Files of the corpus folder that the extractor reads as articles (io.ts's rule). */
export const isArticlePath = (name: string) => !basename(name).startsWith(".") && (/\.(txt|md|markdown)$/i.test(name) || isHtmlFile(name));

export interface ExtractRun {
  ok: boolean;
  output: string;
}

/** The extractor's CLI in a child process, with its cache: a crash or a bad article cannot take the server down. */
export function runCli(o: CurationEndpointOptions, cacheDir?: string): Promise<ExtractRun> {
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  const args = ["src/extract/cli.ts", "--seeds", o.seeds, "--data", o.data, "--out", o.out, "--curation", o.curation];
  if (cacheDir) args.push("--cache", cacheDir);
  return new Promise((done) => {
    const child = spawn(tsx, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    child.on("error", (e) => done({ ok: false, output: e.message }));
    child.on("close", (code) => done({ ok: code === 0, output }));
  });
}

/** The lines of the CLI's output worth showing: its warnings, or the last lines when it failed. */
export function warningsOf(run: ExtractRun): string[] {
  const lines = run.output.trim().split("\n").filter(Boolean);
  return run.ok ? lines.filter((l) => l.startsWith("extract: warning:")) : lines.slice(-5);
}

/**
 * Runs `extract` after each burst of changes (none for `quietMs`), one run at a time: changes that
 * arrive during a run are taken by the next one, so the folder's last state is always extracted.
 */
export function changeQueue(extract: () => Promise<void>, quietMs: number): { changed(): void; idle(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let dirty = false;
  const settled: (() => void)[] = [];
  const kick = () => {
    timer = undefined;
    if (busy) return;
    busy = true;
    dirty = false;
    extract()
      .catch(() => {})
      .finally(() => {
        busy = false;
        if (dirty && !timer) kick();
        else if (!dirty) for (const resolve of settled.splice(0)) resolve();
      });
  };
  return {
    changed() {
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(kick, quietMs);
    },
    idle: () => (busy || dirty ? new Promise<void>((resolve) => settled.push(resolve)) : Promise.resolve()),
  };
}

export function watchSeeds(options: CurationEndpointOptions = optionsFromEnv(), quietMs = 150): Plugin {
  const seeds = resolve(options.seeds);
  return {
    name: "entangle-watch-seeds",
    apply: "serve",
    configureServer(server: ViteDevServer) {
      const log = server.config.logger;
      const queue = changeQueue(async () => {
        const run = await runCli(options, process.env.ENTANGLE_CACHE);
        const message: DataChanged = { ok: run.ok, warnings: warningsOf(run) };
        for (const w of message.warnings) log.warn(`entangle: ${w}`, { timestamp: true });
        if (run.ok) log.info(`entangle: ${run.output.trim().split("\n").pop() ?? "extracted"}`, { timestamp: true });
        else log.warn(`entangle: the extraction failed; the app keeps the previous data`, { timestamp: true });
        server.ws.send({ type: "custom", event: DATA_CHANGED, data: message });
      }, quietMs);
      const onFile = (path: string) => {
        if (dirname(resolve(path)) === seeds && isArticlePath(path)) queue.changed();
      };
      server.watcher.add(seeds);
      server.watcher.on("add", onFile);
      server.watcher.on("change", onFile);
      server.watcher.on("unlink", onFile);
    },
  };
}
