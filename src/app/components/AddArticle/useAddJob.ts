// Runs one extraction job (pasted text or files): progress while the worker reads, then the
// results stored with the other added articles; every refusal named by file, with its reason.
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { addArticles, type StoredArticle } from "../../api/added";
import { useIndex } from "../../derived";
import { useExtractClient } from "./extractClient";
import { t } from "../../i18n";
import type { FileInput, Progress } from "./protocol";

export type Refusal = { source: string; reason: string };

export type JobState = {
  running: boolean;
  progress: Progress | null;
  refused: Refusal[];
  /** Ids added by the last job, to point at them in the list. */
  added: string[];
  /** Shown, but this browser would not keep them (no IndexedDB, or it is full). */
  notStored: boolean;
};

const IDLE: JobState = { running: false, progress: null, refused: [], added: [], notStored: false };

/** A file's bytes; FileReader where Blob.arrayBuffer is missing (Safari before 14, jsdom). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("unreadable"));
    reader.readAsArrayBuffer(file);
  });
}

export async function readFiles(files: readonly File[]): Promise<{ inputs: FileInput[]; refused: Refusal[] }> {
  const inputs: FileInput[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    try {
      inputs.push({ name: file.name, bytes: await bytesOf(file) });
    } catch (e) {
      refused.push({ source: file.name, reason: t("add.unreadable", { message: (e as Error).message }) });
    }
  }
  return { inputs, refused };
}

export function useAddJob() {
  const client = useExtractClient();
  const queryClient = useQueryClient();
  const index = useIndex();
  const [state, setState] = useState<JobState>(IDLE);

  const run = async (inputs: FileInput[], refusedBefore: Refusal[] = []) => {
    if (!inputs.length) return setState({ ...IDLE, refused: refusedBefore });
    setState({ ...IDLE, running: true, refused: refusedBefore });
    const taken = index.graph.articles.map((a) => a.id);
    try {
      const results = await client.add(inputs, taken, (progress) => setState((s) => ({ ...s, progress })));
      const refused = [...refusedBefore, ...results.flatMap((r) => (r.ok ? [] : [{ source: r.source, reason: r.reason }]))];
      const articles: StoredArticle[] = results.flatMap((r) => (r.ok ? [r.article] : []));
      const stored = articles.length ? await addArticles(queryClient, articles) : true;
      setState({ running: false, progress: null, refused, added: articles.map((a) => a.id), notStored: !stored });
    } catch (e) {
      const names = inputs.map((i) => i.name || t("add.pasted")).join(", ");
      setState({ ...IDLE, refused: [...refusedBefore, { source: names, reason: (e as Error).message }] });
    }
  };

  return { state, run, prepare: client.prepare };
}
