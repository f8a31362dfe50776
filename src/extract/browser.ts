// The extractor's entry point for the browser (the app reaches the extractor only through this
// file, from a Web Worker): one added article — pasted text or a dropped .txt, .md or .html file —
// becomes its own small graph, its article document and the seed file that reproduces both.
import type { ArticleDoc, Graph } from "../model";
import { decodeArticle } from "./decode";
import { htmlPageToSeed, isHtmlFile } from "./html-page";
import { compileKnowledge, extractCorpus, type Knowledge, type KnowledgeFiles } from "./index";
import { seedFile } from "./seed-file";
import { frontMatter } from "./stages/01-front-matter";
import { slugify } from "./text/fold";

export { compileKnowledge, type Knowledge, type KnowledgeFiles };

export interface AddInput {
  /** The dropped file's name, or "" for pasted text. */
  name: string;
  bytes: Uint8Array;
}

export interface AddedArticle {
  id: string;
  /** Where it came from, as the user knows it: the file name, or "pasted text". */
  source: string;
  /** The file to put into seeds/<id>.md: front matter, then exactly the body that was extracted. */
  seed: string;
  doc: ArticleDoc;
  graph: Graph;
  /** What was noticed about the input without stopping it (markup removed, front matter ignored). */
  notes: string[];
}

export type AddResult = { ok: true; article: AddedArticle } | { ok: false; source: string; reason: string };

export const ACCEPTED = /\.(txt|md|markdown|x?html?)$/i;

/** FNV-1a, 32 bits: a short content fingerprint so the same text added twice gets the same id. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

function firstLine(text: string): string {
  for (const line of text.split("\n", 50)) if (line.trim()) return line.trim();
  return "";
}

/** Raw seed text (front matter allowed) from the input's bytes, or why there is none. */
function readInput(input: AddInput): { ok: true; text: string } | { ok: false; reason: string } {
  if (input.name && !ACCEPTED.test(input.name)) return { ok: false, reason: "not a .txt, .md or .html file" };
  if (input.name && isHtmlFile(input.name)) {
    const page = htmlPageToSeed(input.bytes);
    return page.ok ? { ok: true, text: page.text } : page;
  }
  return decodeArticle(input.bytes);
}

/**
 * Extracts one added article. `taken` holds the article ids already shown (the corpus and earlier
 * additions): the same text added again is refused by name instead of doubling its evidence.
 */
export function addArticle(input: AddInput, k: Knowledge, taken: ReadonlySet<string>): AddResult {
  const source = input.name || "pasted text";
  const read = readInput(input);
  if (!read.ok) return { ok: false, source, reason: read.reason };
  const fm = frontMatter(read.text);
  const notes = fm.warning ? [fm.warning] : [];
  const stem = input.name ? input.name.replace(/^.*[\\/]/, "").replace(ACCEPTED, "") : (fm.meta.title ?? firstLine(fm.body));
  const id = `${slugify(stem).slice(0, 48).replace(/-+$/, "") || "article"}-${fingerprint(fm.body)}`;
  if (taken.has(id)) return { ok: false, source, reason: `already added (article ${id})` };

  // Extracted from the seed file itself, so putting that file into seeds/ gives the same article.
  const draft = seedFile(fm.meta, fm.body);
  const result = extractCorpus([{ file: `seeds/${id}.md`, bytes: new TextEncoder().encode(draft) }], k);
  const doc = result.articles[0];
  if (!doc) return { ok: false, source, reason: result.report.warnings.map((w) => w.reason).join("; ") || "no article text" };
  notes.push(...result.report.warnings.map((w) => w.reason).filter((r) => !notes.includes(r)));
  // The title and language the extractor settled on are written down, so the seed needs no detection.
  const seed = seedFile({ ...fm.meta, title: doc.title || undefined, language: doc.language }, fm.body);
  return { ok: true, article: { id, source, seed, doc, graph: result.graph, notes } };
}

export interface AddProgress {
  /** The file being read, as the user named it. */
  file: string;
  /** Files done, and bytes done out of all bytes: a progress bar moves by size, not by count. */
  index: number;
  count: number;
  bytesDone: number;
  bytesTotal: number;
}

/** Several added articles in turn, each refused or extracted on its own; the same text twice is refused the second time. */
export function addArticles(inputs: readonly AddInput[], k: Knowledge, taken: Iterable<string>, onProgress?: (p: AddProgress) => void): AddResult[] {
  const ids = new Set(taken);
  const bytesTotal = inputs.reduce((n, f) => n + f.bytes.length, 0);
  let bytesDone = 0;
  return inputs.map((input, index) => {
    onProgress?.({ file: input.name || "pasted text", index, count: inputs.length, bytesDone, bytesTotal });
    const result = addArticle(input, k, ids);
    if (result.ok) ids.add(result.article.id);
    bytesDone += input.bytes.length;
    return result;
  });
}
