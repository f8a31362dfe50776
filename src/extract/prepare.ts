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

type Warnings = Report["warnings"];

const count = (n: number) => n.toLocaleString("en-US");
const byFile = (a: InputFile, b: InputFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function prepareArticles(files: readonly InputFile[], k: Knowledge, warnings: Warnings): Prepared[] {
  const published = publishedReader(k.language);
  const prepared: Prepared[] = [];
  const idOwner = new Map<string, string>();
  const textOwner = new Map<string, string>();
  for (const f of [...files].sort(byFile)) {
    const warn = (reason: string) => warnings.push({ file: f.file, reason });
    const p = prepareOne(f, k, published, warn);
    if (!p) continue;
    const first = textOwner.get(p.text);
    if (first !== undefined) warn(`same article text as ${first}: both are read, so its evidence counts twice`);
    else textOwner.set(p.text, f.file);
    p.meta.id = articleId(f.file, idOwner, warn);
    prepared.push(p);
  }
  for (const p of prepared) {
    const target = p.meta.translationOf;
    if (target === null || idOwner.has(target)) continue;
    warnings.push({ file: p.meta.file, reason: `front matter translationOf '${target}' names no article (an article's id is its file name without .txt or .md): ignored` });
    p.meta.translationOf = null;
  }
  return prepared;
}

function prepareOne(f: InputFile, k: Knowledge, published: PublishedReader, warn: (reason: string) => void): Prepared | undefined {
  const decoded = decodeArticle(f.bytes);
  if (!decoded.ok) return void warn(decoded.reason);
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
  if (!text) return void warn("no article text left after removing page junk");
  const detected = fm.meta.language ? undefined : detectLanguage(text, k.language.stopwords);
  if (fm.ignoredLanguage) warn(`front matter language '${fm.ignoredLanguage}' is neither fr nor en: ignored, the text was detected as ${detected}`);
  const language = fm.meta.language ?? detected!;
  const newline = text.indexOf("\n");
  const firstLine = text.slice(0, newline < 0 ? text.length : newline).trim();
  // Read before cleaning, which drops bylines and "Publié le …" lines as page furniture.
  const date = fm.meta.published ? { date: published.normalize(fm.meta.published, language) } : published.fromHead(body, language);
  if (date.conflict) warn(conflictWarning(date.conflict));
  return {
    meta: {
      id: "",
      file: f.file,
      title: fm.meta.title ?? (firstLine.length > 300 ? `${firstLine.slice(0, 297)}…` : firstLine),
      language,
      outlet: fm.meta.outlet ?? null,
      published: date.date,
      url: fm.meta.url ?? null,
      translationOf: fm.meta.translationOf ?? null,
    },
    text,
    sentences: segment(text, language, k.language.abbreviations),
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
