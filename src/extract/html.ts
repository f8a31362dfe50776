// HTML reduced to its text with htmlparser2's tokenizer (entities decoded by the `entities`
// package it uses): block elements become line breaks, elements that are not article text
// (scripts, styles, SVG, frames…) are dropped, and what was dropped is counted so that the
// warning can say how much. An element of that kind left unclosed would swallow the rest of the
// article: it is read as empty instead, and the warning says so.
// htmlparser2's Parser keeps its stack of open elements with unshift and indexOf, quadratic in
// the nesting depth (200,000 nested <div> took 20 s), so the stack here is our own: push/pop and
// a count per name, linear on any input.
import { Tokenizer } from "htmlparser2";

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "blockquote",
  "figure",
  "figcaption",
  "ul",
  "ol",
  "dl",
  "table",
  "pre",
  "hr",
]);
/** Elements that never hold article text (code, media, controls): both HTML readers leave them out. */
export const NO_TEXT_ELEMENTS: readonly string[] = [
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "audio",
  "video",
  "button",
  "select",
];
// Not <form>: some sites wrap the whole page in one.
const DROP = new Set([...NO_TEXT_ELEMENTS, "head", "nav", "canvas"]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Where white space is kept as written. */
const PRE = new Set(["pre", "textarea"]);
/** Each pass reads one more unclosed element as empty; past this many, the rest is dropped as parsed. */
const MAX_REREADS = 16;

export interface HtmlText {
  text: string;
  /** Characters of text inside dropped elements, per element name. */
  dropped: Map<string, { elements: number; chars: number }>;
  /**
   * Elements that were never closed and would have dropped the text after them (to the end of
   * their parent or of the document): read as empty (kept), or, past MAX_REREADS, left to drop it.
   */
  unclosed: { tag: string; chars: number; kept: boolean }[];
}

interface Pass {
  text: string;
  dropped: Map<string, { elements: number; chars: number }>;
  /** The first dropped element (or comment) that was never closed, if any. */
  runaway?: { tag: string; cut: [number, number]; chars: number };
}

/** The text of one pass over the document, built from the tokenizer's events. */
class TextReader {
  private readonly out: string[] = [];
  readonly dropped = new Map<string, { elements: number; chars: number }>();
  runaway: Pass["runaway"];
  /** Open elements, innermost last, and how many of each name are open. */
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  private dropOpen = 0;
  private preOpen = 0;
  foreign = 0;
  private outer: { tag: string; cut: [number, number]; textBefore: number } | undefined;
  private droppedText = 0;
  private tag = "";
  private tagStart = 0;

  constructor(private readonly html: string) {}

  text(data: string): void {
    if (this.dropOpen > 0) this.droppedText += data.length;
    else this.out.push(this.preOpen > 0 ? data : data.replace(/[ \t\r\n\f]+/g, " "));
  }

  openName(start: number, end: number): void {
    this.tag = this.html.slice(start, end).toLowerCase();
    this.tagStart = start - 1;
  }

  openEnd(endIndex: number, selfClosing: boolean): void {
    const name = this.tag;
    this.tag = "";
    if (!name) return;
    // <body> closes an open <head>, as HTML says: not an unclosed element.
    if (name === "body") while ((this.open.get("head") ?? 0) > 0) this.pop(false);
    if (VOID.has(name)) {
      if (this.dropOpen === 0 && BLOCK.has(name)) this.out.push("\n");
      return;
    }
    this.push(name, [this.tagStart, endIndex + 1]);
    // HTML ignores the slash of <div/>, but an element that is dropped whole or anything inside
    // SVG and MathML is closed by it.
    if (selfClosing && (DROP.has(name) || this.foreign > 0)) this.pop(false);
  }

  close(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    if ((this.open.get(name) ?? 0) > 0) {
      while (this.stack[this.stack.length - 1] !== name) this.pop(true);
      this.pop(false);
    } else if (this.dropOpen === 0 && (name === "br" || name === "p")) this.out.push("\n");
  }

  comment(start: number): void {
    // An unclosed comment runs to the end of the document: it would take the rest of the article.
    const html = this.html;
    if (!this.runaway && this.dropOpen === 0 && html.startsWith("<!--", start - 4) && html.indexOf("-->", start) < 0) {
      this.runaway = { tag: "<!--", cut: [start - 4, start], chars: html.length - start };
    }
  }

  finish(): Pass {
    while (this.stack.length) this.pop(true);
    return { text: this.out.join(""), dropped: this.dropped, runaway: this.runaway };
  }

  private push(name: string, cut: [number, number]): void {
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (PRE.has(name)) this.preOpen++;
    if (name === "svg" || name === "math") this.foreign++;
    if (DROP.has(name)) {
      if (this.dropOpen++ === 0) this.outer = { tag: name, cut, textBefore: this.droppedText };
    } else if (this.dropOpen === 0 && BLOCK.has(name)) this.out.push("\n");
  }

  private pop(implied: boolean): void {
    const name = this.stack.pop()!;
    this.open.set(name, this.open.get(name)! - 1);
    if (PRE.has(name)) this.preOpen--;
    if (name === "svg" || name === "math") this.foreign--;
    if (!DROP.has(name)) {
      if (this.dropOpen === 0 && BLOCK.has(name)) this.out.push("\n");
      return;
    }
    if (--this.dropOpen > 0 || !this.outer) return;
    const { tag, cut, textBefore } = this.outer;
    const chars = this.droppedText - textBefore;
    const d = this.dropped.get(tag) ?? { elements: 0, chars: 0 };
    this.dropped.set(tag, { elements: d.elements + 1, chars: d.chars + chars });
    // Closed only by the end of the document or by an ancestor's end tag: left unclosed.
    if (implied && !this.runaway) this.runaway = { tag: `<${tag}>`, cut, chars };
    this.outer = undefined;
  }
}

function parseOnce(html: string): Pass {
  const r = new TextReader(html);
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => r.text(html.slice(start, end)),
      ontextentity: (cp) => r.text(String.fromCodePoint(cp)),
      onopentagname: (start, end) => r.openName(start, end),
      onopentagend: (endIndex) => r.openEnd(endIndex, false),
      onselfclosingtag: (endIndex) => r.openEnd(endIndex, true),
      onclosetag: (start, end) => r.close(start, end),
      oncomment: (start) => r.comment(start),
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onend: ignore,
      isInForeignContext: () => r.foreign > 0,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return r.finish();
}

/** The text of an HTML document, with a count of what was dropped. Linear: a bounded number of passes. */
export function htmlToText(html: string): HtmlText {
  const unclosed: HtmlText["unclosed"] = [];
  let source = html;
  let pass = parseOnce(source);
  while (pass.runaway) {
    const kept = unclosed.length < MAX_REREADS;
    unclosed.push({ tag: pass.runaway.tag, chars: pass.runaway.chars, kept });
    if (!kept) break;
    const [from, to] = pass.runaway.cut;
    source = source.slice(0, from) + source.slice(to);
    pass = parseOnce(source);
  }
  const text = pass.text.replace(/[ \t]*\n[ \t]*/g, "\n").replace(/\n{3,}/g, "\n\n");
  return { text, dropped: pass.dropped, unclosed };
}

/** A document is read as HTML when it says so or holds several common tags near its start. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|script|style|br|img|iframe|svg|h[1-6]|li|ul|table|section|article)\b/gi);
  return (tags?.length ?? 0) >= 5;
}

const count = (n: number) => n.toLocaleString("en-US");

/** The warning for a file read as HTML: what was removed, in characters of text. */
export function htmlWarning(h: HtmlText): string {
  const parts = ["looks like HTML: markup removed"];
  const dropped = [...h.dropped].filter(([, d]) => d.chars > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  if (dropped.length) {
    const chars = dropped.reduce((n, [, d]) => n + d.chars, 0);
    const what = dropped.map(([tag, d]) => (d.elements > 1 ? `${d.elements} <${tag}>` : `<${tag}>`)).join(", ");
    parts.push(`${count(chars)} characters of text inside ${what} removed`);
  }
  const kept = h.unclosed.filter((u) => u.kept);
  if (kept.length === 1) {
    parts.push(`an unclosed ${kept[0]!.tag} would have removed the ${count(kept[0]!.chars)} characters of text after it: read as empty instead`);
  } else if (kept.length > 1) {
    const tags = new Map<string, number>();
    for (const u of kept) tags.set(u.tag, (tags.get(u.tag) ?? 0) + 1);
    const what = [...tags].map(([tag, n]) => (n > 1 ? `${n} ${tag}` : tag)).join(", ");
    const most = Math.max(...kept.map((u) => u.chars));
    parts.push(
      `${kept.length} unclosed elements (${what}) would each have removed the text after them (up to ${count(most)} characters): read as empty instead`,
    );
  }
  for (const u of h.unclosed.filter((x) => !x.kept)) parts.push(`one more unclosed ${u.tag} removed the ${count(u.chars)} characters of text after it`);
  return parts.join("; ");
}
