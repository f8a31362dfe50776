// The extractor in a Web Worker, started the first time an article is added: the knowledge (the
// YAML files of data/, inlined as text at build time) and the extractor live in this chunk only,
// never in the app's initial JavaScript.
import entities from "../../../../data/entities.yaml?raw";
import relations from "../../../../data/relations.yaml?raw";
import cleaning from "../../../../data/cleaning.yaml?raw";
import language from "../../../../data/language.yaml?raw";
import money from "../../../../data/money.yaml?raw";
import discovery from "../../../../data/discovery.yaml?raw";
import { addArticle, compileKnowledge, type AddResult, type Knowledge, type KnowledgeFiles } from "../../../extract/browser";
import type { Progress, WorkerMessage, WorkerRequest } from "./protocol";

const FILES: KnowledgeFiles = { entities, relations, cleaning, language, money, discovery };
let knowledge: Knowledge | undefined;

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { job, inputs } = event.data;
  const taken = new Set(event.data.taken);
  const bytesTotal = inputs.reduce((n, f) => n + f.bytes.length, 0);
  const progress = (p: Omit<Progress, "count" | "bytesTotal">) => post({ type: "progress", job, progress: { ...p, count: inputs.length, bytesTotal } });
  try {
    if (!knowledge) {
      progress({ phase: "knowledge", file: inputs[0]?.name ?? "", index: 0, bytesDone: 0 });
      knowledge = compileKnowledge(FILES);
    }
    const results: AddResult[] = [];
    let bytesDone = 0;
    inputs.forEach((input, index) => {
      progress({ phase: "extracting", file: input.name || "pasted text", index, bytesDone });
      const result = addArticle(input, knowledge!, taken);
      if (result.ok) taken.add(result.article.id);
      results.push(result);
      bytesDone += input.bytes.length;
    });
    post({ type: "result", job, results });
  } catch (e) {
    post({ type: "failed", job, reason: (e as Error).message });
  }
};
