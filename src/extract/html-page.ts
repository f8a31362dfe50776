// Saved web pages (.html) reduced to their article with @mozilla/readability over a linkedom DOM;
// title, outlet, date, url and language come from the page's metadata when it has them.
// Pure: bytes or a string in, a seed text (front matter + paragraphs) out. Used by io.ts for
// seeds/*.html and by the browser entry point for dropped pages.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Language } from "../model";
import { seedFile, type SeedMeta } from "./seed-file";
import { NO_TEXT_ELEMENTS } from "./html";

/** Saved pages carry inline scripts and styles: a larger limit than for text articles. */
export const MAX_HTML_BYTES = 30 * 1024 * 1024;

/** Below this, what Readability kept is a menu or a notice, not an article. */
const MIN_ARTICLE_CHARS = 120;

export interface HtmlPage {
  meta: SeedMeta;
  /** The article as paragraphs separated by blank lines, the headline first. */
  body: string;
}

export type HtmlPageResult = { ok: true; page: HtmlPage } | { ok: false; reason: string };

const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "blockquote",
  "pre",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tr",
  "figure",
  "hr",
  "address",
  "details",
  "summary",
]);
/** Never article text: code, media, and captions (they describe a picture, not the story). */
const SKIP = new Set([...NO_TEXT_ELEMENTS, "picture", "img", "figcaption", "form", "textarea"]);

type DomNode = { nodeType: number; localName?: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/** Block-level text of an element, one paragraph per block. Iterative: a page nested 100,000 deep must not overflow the stack. */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let line = "";
  const flush = () => {
    const text = line.replace(/\s+/g, " ").trim();
    if (text) paragraphs.push(text);
    line = "";
  };
  // A stack of nodes to visit, with a marker that closes a block after its children.
  const stack: (DomNode | "close")[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === "close") {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.localName ?? "";
    if (SKIP.has(tag)) continue;
    if (tag === "br") {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) flush(), stack.push("close");
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flush();
  return paragraphs.join("\n\n");
}

type Doc = ReturnType<typeof parseHTML>["document"];

const attr = (doc: Doc, selector: string, name: string): string | null => {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
};

const httpUrl = (value: string | null | undefined): string | null => (value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null);

/** Browsers mark a saved page with the address it came from: `<!-- saved from url=(0042)https://… -->`. */
function savedFromUrl(html: string): string | null {
  const head = html.slice(0, 4096);
  const at = head.indexOf("saved from url=(");
  if (at < 0) return null;
  const close = head.indexOf(")", at);
  const end = head.indexOf("-->", close);
  return close < 0 || end < 0 ? null : httpUrl(head.slice(close + 1, end));
}

/** An ISO date (YYYY-MM-DD) from a metadata date, or the value as written when it cannot be read. */
export function isoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (iso) return iso[1]!;
  // V8's Date.parse guesses ("printemps 2025" → 1 January): only a value with a day and a year is parsed.
  const parsed = /\b\d{1,2}\b/.test(v) && /\b\d{4}\b/.test(v) ? Date.parse(v) : Number.NaN;
  return Number.isNaN(parsed) ? v.slice(0, 40) : new Date(parsed).toISOString().slice(0, 10);
}

function pageLanguage(doc: Doc, readability: string | null | undefined): Language | undefined {
  const lang = (readability ?? doc.documentElement?.getAttribute("lang") ?? attr(doc, 'meta[http-equiv="content-language" i]', "content") ?? "")
    .toLowerCase()
    .slice(0, 2);
  return lang === "fr" || lang === "en" ? lang : undefined;
}

/** The article of a saved page, or why there is none. */
export function readHtmlPage(html: string): HtmlPageResult {
  const { document } = parseHTML(html);
  // Readability edits the DOM it reads; metadata is read first.
  const url = httpUrl(attr(document, 'link[rel="canonical"]', "href")) ?? httpUrl(attr(document, 'meta[property="og:url"]', "content")) ?? savedFromUrl(html);
  const metaDate =
    attr(document, 'meta[property="article:published_time"]', "content") ??
    attr(document, 'meta[itemprop="datePublished"]', "content") ??
    attr(document, 'meta[name="date"]', "content") ??
    attr(document, "time[datetime]", "datetime");
  const ogTitle = attr(document, 'meta[property="og:title"]', "content");
  const ogSite = attr(document, 'meta[property="og:site_name"]', "content") ?? attr(document, 'meta[name="application-name"]', "content");
  const language = pageLanguage(document, null);

  const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node as unknown as DomNode }).parse();
  if (!article?.content) return { ok: false, reason: "no article found in the page (Readability found no main text)" };
  const title = (article.title ?? ogTitle ?? "").replace(/\s+/g, " ").trim();
  let body = blockText(article.content);
  // Readability returns its best guess even for a page of links; a few words are no article.
  if (body.length < MIN_ARTICLE_CHARS) return { ok: false, reason: `no article found in the page (only ${body.length} characters of text)` };
  // The headline often states the story's main link; the extractor reads it as the first line.
  if (title && !body.startsWith(title)) body = `${title}\n\n${body}`;
  const meta: SeedMeta = {
    title: title || undefined,
    outlet: (article.siteName ?? ogSite)?.trim() || undefined,
    published: isoDate(article.publishedTime ?? metaDate) ?? undefined,
    url: url ?? undefined,
    language: pageLanguage(document, article.lang) ?? language,
  };
  return { ok: true, page: { meta, body } };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Page bytes as text: UTF-8, else the charset the page declares (`<meta charset>`), else a clear reason. */
export function decodeHtml(bytes: Uint8Array): { ok: true; html: string } | { ok: false; reason: string } {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_HTML_BYTES)
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit for a web page is ${MAX_HTML_BYTES / 1048576} MB)` };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: "binary file (contains NUL bytes)" };
  try {
    return { ok: true, html: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    // Not UTF-8: the page says what it is, in its first bytes (ASCII-compatible by rule).
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1];
    if (!declared) return { ok: false, reason: "not valid UTF-8 and the page declares no charset (re-save it as UTF-8)" };
    try {
      return { ok: true, html: new TextDecoder(declared).decode(bytes) };
    } catch {
      return { ok: false, reason: `the page declares an unknown charset '${declared}'` };
    }
  }
}

/** A saved page's bytes as the text of a seed file (.md with front matter), or why it cannot be one. */
export function htmlPageToSeed(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  const read = readHtmlPage(decoded.html);
  if (!read.ok) return read;
  return { ok: true, text: seedFile(read.page.meta, read.page.body) };
}

export const isHtmlFile = (name: string): boolean => /\.x?html?$/i.test(name);
