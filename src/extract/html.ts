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
  "p", "div", "br", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article",
  "header", "footer", "main", "aside", "blockquote", "figure", "figcaption", "ul", "ol", "dl", "table", "pre", "hr",
]);
// Not <form>: some sites wrap the whole page in one.
const DROP = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head", "nav", "button", "select", "canvas", "audio", "video"]);
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

function parseOnce(html: string): Pass {
  const out: string[] = [];
  const dropped = new Map<string, { elements: number; chars: number }>();
  const stack: string[] = [];
  const open = new Map<string, number>();
  let dropOpen = 0;
  let preOpen = 0;
  let foreign = 0;
  let outer: { tag: string; cut: [number, number]; textBefore: number } | undefined;
  let droppedText = 0;
  let runaway: Pass["runaway"];
  let tag = "";
  let tagStart = 0;

  const text = (data: string) => {
    if (dropOpen > 0) droppedText += data.length;
    else out.push(preOpen > 0 ? data : data.replace(/[ \t\r\n\f]+/g, " "));
  };
  const push = (name: string, cut: [number, number]) => {
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (PRE.has(name)) preOpen++;
    if (name === "svg" || name === "math") foreign++;
    if (DROP.has(name)) {
      if (dropOpen++ === 0) outer = { tag: name, cut, textBefore: droppedText };
    } else if (dropOpen === 0 && BLOCK.has(name)) out.push("\n");
  };
  const pop = (implied: boolean) => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (PRE.has(name)) preOpen--;
    if (name === "svg" || name === "math") foreign--;
    if (DROP.has(name)) {
      if (--dropOpen === 0 && outer) {
        const chars = droppedText - outer.textBefore;
        const d = dropped.get(outer.tag) ?? { elements: 0, chars: 0 };
        dropped.set(outer.tag, { elements: d.elements + 1, chars: d.chars + chars });
        // Closed only by the end of the document or by an ancestor's end tag: left unclosed.
        if (implied && !runaway) runaway = { tag: `<${outer.tag}>`, cut: outer.cut, chars };
        outer = undefined;
      }
    } else if (dropOpen === 0 && BLOCK.has(name)) out.push("\n");
  };
  const openTag = (endIndex: number, selfClosing: boolean) => {
    const name = tag;
    tag = "";
    if (!name) return;
    // <body> closes an open <head>, as HTML says: not an unclosed element.
    if (name === "body") while ((open.get("head") ?? 0) > 0) pop(false);
    if (VOID.has(name)) {
      if (dropOpen === 0 && BLOCK.has(name)) out.push("\n");
      return;
    }
    push(name, [tagStart, endIndex + 1]);
    // HTML ignores the slash of <div/>, but an element that is dropped whole or anything inside
    // SVG and MathML is closed by it.
    if (selfClosing && (DROP.has(name) || foreign > 0)) pop(false);
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (cp) => text(String.fromCodePoint(cp)),
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
      },
      onopentagend: (endIndex) => openTag(endIndex, false),
      onselfclosingtag: (endIndex) => openTag(endIndex, true),
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if ((open.get(name) ?? 0) > 0) {
          while (stack[stack.length - 1] !== name) pop(true);
          pop(false);
        } else if (dropOpen === 0 && (name === "br" || name === "p")) out.push("\n");
      },
      oncomment(start) {
        // An unclosed comment runs to the end of the document: it would take the rest of the article.
        if (!runaway && dropOpen === 0 && html.startsWith("<!--", start - 4) && html.indexOf("-->", start) < 0) {
          runaway = { tag: "<!--", cut: [start - 4, start], chars: html.length - start };
        }
      },
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
      isInForeignContext: () => foreign > 0,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length) pop(true);
  return { text: out.join(""), dropped, runaway };
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
  const text = pass.text
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n");
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
    parts.push(`${kept.length} unclosed elements (${what}) would each have removed the text after them (up to ${count(most)} characters): read as empty instead`);
  }
  for (const u of h.unclosed.filter((x) => !x.kept)) parts.push(`one more unclosed ${u.tag} removed the ${count(u.chars)} characters of text after it`);
  return parts.join("; ");
}
