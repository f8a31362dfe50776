// The extractor in a Web Worker, started the first time an article is added: the knowledge (the
// YAML files of data/, inlined as text at build time) and the extractor live in this chunk only,
// never in the app's initial JavaScript.
import entities from "../../../../data/entities.yaml?raw";
import relations from "../../../../data/relations.yaml?raw";
import cleaning from "../../../../data/cleaning.yaml?raw";
import language from "../../../../data/language.yaml?raw";
import money from "../../../../data/money.yaml?raw";
import discovery from "../../../../data/discovery.yaml?raw";
import gazetteer from "../../../../data/gazetteer.json?raw";
import ruleConfidence from "../../../../data/rule-confidence.json?raw";
import { addArticles, compileKnowledge, type Knowledge, type KnowledgeFiles } from "../../../extract/browser";
import type { WorkerMessage, WorkerRequest } from "./protocol";

const FILES: KnowledgeFiles = { entities, relations, cleaning, language, money, discovery, gazetteer, ruleConfidence };
let knowledge: Knowledge | undefined;

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if (event.data.type === "prepare") {
    // Compiled while the user pastes or picks files; a failure here is reported by the first job.
    try {
      knowledge ??= compileKnowledge(FILES);
    } catch {
      knowledge = undefined;
    }
    return;
  }
  const { job, inputs, taken } = event.data;
  const bytesTotal = inputs.reduce((n, f) => n + f.bytes.length, 0);
  const began = performance.now();
  try {
    if (!knowledge) {
      post({ type: "progress", job, progress: { phase: "knowledge", file: inputs[0]?.name ?? "", index: 0, count: inputs.length, bytesDone: 0, bytesTotal } });
      knowledge = compileKnowledge(FILES);
    }
    const results = addArticles(inputs, knowledge, taken, (p) => post({ type: "progress", job, progress: { ...p, phase: "extracting" } }));
    post({ type: "result", job, results, ms: performance.now() - began });
  } catch (e) {
    post({ type: "failed", job, reason: (e as Error).message });
  }
};
