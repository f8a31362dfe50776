// A worker thread of parallel.ts: compiles the knowledge it is given, then scans or relates the
// chunks of articles it is sent.
import { parentPort, workerData } from "node:worker_threads";
import { relateArticle, scanArticle } from "./article";
import { buildKnowledge, parseKnowledge } from "./knowledge";
import type { KnowledgeSource, Reply, Task } from "./parallel";

const source = workerData as KnowledgeSource;
const k = buildKnowledge("parsed" in source ? source.parsed : parseKnowledge(source.files));
parentPort!.postMessage({ ready: true } satisfies Reply);

parentPort!.on("message", (task: Task) => {
  let reply: Reply;
  try {
    reply = {
      id: task.id,
      results: task.kind === "scan" ? task.items.map((bytes) => scanArticle(bytes, k)) : task.items.map((input) => relateArticle(input, k)),
    };
  } catch (e) {
    reply = { id: task.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
