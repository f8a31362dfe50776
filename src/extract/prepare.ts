// From a file's bytes to an article ready for extraction: decoding, front matter (read on the
// raw text, before any HTML is touched), HTML, cleaning, language, publication date, sentences. Whatever is dropped
// or guessed on the way is said in a warning that names the file.
import type { ArticleMeta, Report } from "../model";
import { decodeArticle } from "./decode";
import { htmlToText, htmlWarning, looksLikeHtml } from "./html";
import { publishedReader, type PublishedReader } from "./published";
import type { Knowledge } from "./knowledge";
import { frontMatter } from "./stages/01-front-matter";
import { cleanWithReport, type CleanReport } from "./stages/02-clean";
import { segment, type Sentence } from "./stages/03-segment";
import { detectLanguage } from "./stages/04-language";
import { slugify } from "./text/fold";

export interface InputFile {
  /** The file's path relative to the corpus folder, e.g. "000_x.txt": names the article in messages. */
  file: string;
  bytes: Uint8Array;
}

export interface Prepared {
  meta: ArticleMeta;
  text: string;
  sentences: Sentence[];
}

/** One file read alone: its warnings, and the article unless nothing of it could be read. `meta` lacks the id and file, which the corpus gives. */
export interface PreparedFile {
  warnings: string[];
  article?: Omit<Prepared, "meta"> & { meta: Omit<ArticleMeta, "id" | "file"> };
}

type Warnings = Report["warnings"];

const count = (n: number) => n.toLocaleString("en-US");
export const byFile = (a: InputFile, b: InputFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function prepareArticles(files: readonly InputFile[], k: Knowledge, warnings: Warnings): Prepared[] {
  const sorted = [...files].sort(byFile);
  return linkArticles(
    sorted,
    sorted.map((f) => prepareFile(f.bytes, k)),
    warnings,
  );
}

/**
 * What depends on the other files: ids (a second file with the same name), texts read twice and
 * translationOf targets. `sorted` is in file order and `each[n]` is `sorted[n]` prepared alone.
 */
export function linkArticles<A extends NonNullable<PreparedFile["article"]>>(
  sorted: readonly InputFile[],
  each: readonly { warnings: string[]; article?: A }[],
  warnings: Warnings,
): (Omit<A, "meta"> & Prepared)[] {
  const prepared: (Omit<A, "meta"> & Prepared)[] = [];
  const idOwner = new Map<string, string>();
  const textOwner = new Map<string, string>();
  sorted.forEach((f, n) => {
    const warn = (reason: string) => warnings.push({ file: f.file, reason });
    const one = each[n]!;
    for (const reason of one.warnings) warn(reason);
    if (!one.article) return;
    const first = textOwner.get(one.article.text);
    if (first !== undefined) warn(`same article text as ${first}: both are read, so its evidence counts twice`);
    else textOwner.set(one.article.text, f.file);
    const id = articleId(f.file, idOwner, warn);
    prepared.push({ ...one.article, meta: { id, file: f.file, ...one.article.meta } });
  });
  for (const p of prepared) {
    const target = p.meta.translationOf;
    if (target === null || idOwner.has(target)) continue;
    warnings.push({
      file: p.meta.file,
      reason: `front matter translationOf '${target}' names no article (an article's id is its file name without .txt or .md): ignored`,
    });
    p.meta.translationOf = null;
  }
  return prepared;
}

/** One publication-date reader per compiled knowledge (its month names and cues), built on first use. */
const readers = new WeakMap<Knowledge, PublishedReader>();
function publishedFor(k: Knowledge): PublishedReader {
  let reader = readers.get(k);
  if (!reader) readers.set(k, (reader = publishedReader(k.language)));
  return reader;
}

/** A file's bytes alone to an article: depends on nothing but the bytes and the knowledge (so it can be cached). */
export function prepareFile(bytes: Uint8Array, k: Knowledge): PreparedFile {
  const warnings: string[] = [];
  const warn = (reason: string) => void warnings.push(reason);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { warnings: [decoded.reason] };
  const published = publishedFor(k);
  const fm = frontMatter(decoded.text);
  if (fm.warning) warn(fm.warning);
  let body = fm.body;
  if (looksLikeHtml(body)) {
    const html = htmlToText(body);
    warn(htmlWarning(html));
    body = html.text;
  }
  const cleaned = cleanWithReport(body, k.cleaning);
  for (const reason of cleaningWarnings(cleaned, k.cleaning.min_repeated_line_chars)) warn(reason);
  const text = cleaned.text;
  if (!text) return { warnings: [...warnings, "no article text left after removing page junk"] };
  const detected = fm.meta.language ? undefined : detectLanguage(text, k.language.stopwords);
  if (fm.ignoredLanguage) warn(`front matter language '${fm.ignoredLanguage}' is neither fr nor en: ignored, the text was detected as ${detected}`);
  const language = fm.meta.language ?? detected!;
  const newline = text.indexOf("\n");
  const firstLine = text.slice(0, newline < 0 ? text.length : newline).trim();
  // Read before cleaning, which drops bylines and "Publié le …" lines as page furniture.
  const date = fm.meta.published ? { date: published.normalize(fm.meta.published, language) } : published.fromHead(body, language);
  if (date.conflict) warn(conflictWarning(date.conflict));
  return {
    warnings,
    article: {
      meta: {
        title: fm.meta.title ?? (firstLine.length > 300 ? `${firstLine.slice(0, 297)}…` : firstLine),
        language,
        outlet: fm.meta.outlet ?? null,
        published: date.date,
        url: fm.meta.url ?? null,
        translationOf: fm.meta.translationOf ?? null,
      },
      text,
      sentences: segment(text, language, k.language.abbreviations),
    },
  };
}

function conflictWarning(dates: readonly string[]): string {
  const [only] = dates;
  return dates.length === 1
    ? `the date '${only}' at the article's head reads as two different days (day and month could be swapped): no publication date is taken from it`
    : `the article's head states different dates (${dates.map((d) => `'${d}'`).join(", ")}): no publication date is taken from it`;
}

function cleaningWarnings(c: CleanReport, minRepeated: number): string[] {
  const out: string[] = [];
  if (c.repeated.lines > 0) {
    const lines = c.repeated.lines === 1 ? "1 repeated line" : `${count(c.repeated.lines)} repeated lines`;
    out.push(`${lines} removed (${count(c.repeated.chars)} characters): a line of ${minRepeated} characters or more is kept only the first time it appears`);
  }
  if (c.truncated) {
    const line = c.truncated.line.length > 60 ? `${c.truncated.line.slice(0, 57)}…` : c.truncated.line;
    out.push(`the text from the line '${line}' on (${count(c.truncated.chars)} characters, in the second half) was cut as a page footer`);
  }
  return out;
}

/** The file name without its extension; a second file with the same id gets "-2", with a word. */
function articleId(file: string, owner: Map<string, string>, warn: (reason: string) => void): string {
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.(txt|md|markdown|x?html?)$/i, "");
  const base = /^[A-Za-z0-9_.-]+$/.test(stem) ? stem : slugify(stem) || "article";
  let id = base;
  for (let n = 2; owner.has(id); n++) id = `${base}-${n}`;
  if (id !== base) warn(`its id would be '${base}', already the id of ${owner.get(base)}: it is '${id}' instead`);
  owner.set(id, file);
  return id;
}
