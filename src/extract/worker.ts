// A worker thread of parallel.ts: loads its code, builds the knowledge it is then sent (parsed,
// so that it loads while the main thread parses), and scans or relates the chunks of articles
// it is sent.
import { parentPort } from "node:worker_threads";
import { relateArticle, scanArticle } from "./article";
import { buildKnowledge, type Knowledge } from "./knowledge";
import type { Reply, Task, WorkerMessage } from "./parallel";

let k: Knowledge | undefined;

parentPort!.on("message", (message: WorkerMessage) => {
  if ("knowledge" in message) {
    k = buildKnowledge(message.knowledge);
    parentPort!.postMessage({ ready: true } satisfies Reply);
    return;
  }
  const task: Task = message;
  let reply: Reply;
  try {
    if (!k) throw new Error("a task before the knowledge");
    const knowledge = k;
    reply = {
      id: task.id,
      results: task.kind === "scan" ? task.items.map((bytes) => scanArticle(bytes, knowledge)) : task.items.map((input) => relateArticle(input, knowledge)),
    };
  } catch (e) {
    reply = { id: task.id, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
