// How the app asks for articles to be extracted: through the worker in the browser; tests give
// their own client (the same extractor, run in-process) through the context.
import { createContext, useContext } from "react";
import { t } from "../../i18n";
import type { AddResult, FileInput, Progress, WorkerMessage, WorkerRequest } from "./protocol";

export interface ExtractClient {
  add(inputs: FileInput[], taken: string[], onProgress: (p: Progress) => void): Promise<AddResult[]>;
  /** Gets ready for a first job (starts the worker, compiles the knowledge) without waiting for it. */
  prepare(): void;
}

/** One worker for the page, created on first use and kept: its knowledge is compiled once. */
export function workerClient(): ExtractClient {
  let worker: Worker | undefined;
  let nextJob = 1;
  const pending = new Map<number, { resolve: (r: AddResult[]) => void; reject: (e: Error) => void; onProgress: (p: Progress) => void }>();
  const start = () => {
    const w = new Worker(new URL("./extract.worker.ts", import.meta.url), { type: "module", name: "entangle-extract" });
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      const job = pending.get(m.job);
      if (!job) return;
      if (m.type === "progress") return job.onProgress(m.progress);
      pending.delete(m.job);
      if (m.type === "result") {
        // The worker's share of the job, on the page's timeline, for bench/add-article.ts.
        performance.measure("entangle:extract-in-worker", { start: performance.now() - m.ms, duration: m.ms });
        job.resolve(m.results);
      } else job.reject(new Error(m.reason));
    };
    w.onerror = (event) => {
      // A worker that fails to load or crashes fails every job it holds; the next job starts a new one.
      for (const job of pending.values()) job.reject(new Error(t("add.workerStopped", { reason: event.message || t("add.workerUnloadable") })));
      pending.clear();
      worker = undefined;
    };
    return w;
  };
  return {
    prepare() {
      worker ??= start();
      worker.postMessage({ type: "prepare" } satisfies WorkerRequest);
    },
    add(inputs, taken, onProgress) {
      worker ??= start();
      const job = nextJob++;
      return new Promise((resolve, reject) => {
        pending.set(job, { resolve, reject, onProgress });
        worker!.postMessage({ type: "add", job, inputs, taken } satisfies WorkerRequest);
      });
    },
  };
}

let shared: ExtractClient | undefined;
/** Created on first call, so opening the page starts no worker. */
const browserClient: ExtractClient = {
  add: (...args) => (shared ??= workerClient()).add(...args),
  prepare: () => (shared ??= workerClient()).prepare(),
};

export const ExtractClientContext = createContext<ExtractClient>(browserClient);
export const useExtractClient = () => useContext(ExtractClientContext);
