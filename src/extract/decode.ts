// Turning a file's bytes into article text, or a clear reason why it cannot be one:
// empty, binary, not UTF-8, too large. HTML is reduced to its text, scripts and styles dropped.

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` };
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.05) return { ok: false, reason: "binary file (too many control characters)" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 (re-save the file as UTF-8)" };
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, reason: "empty file (only white space)" };
  if (looksLikeHtml(text)) return { ok: true, text: htmlToText(text), note: "looks like HTML: markup removed, text kept" };
  return { ok: true, text };
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head)) return true;
  const tags = text.slice(0, 20000).match(/<\/?(?:p|div|span|a|script|style|br|img|iframe|h[1-6]|li|ul|table|section|article)\b/gi);
  return (tags?.length ?? 0) >= 5;
}

const BLOCK = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer", "blockquote", "ul", "ol", "table"]);
const DROP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head", "nav", "form", "button"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", rsquo: "’", lsquo: "‘", ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", eacute: "é", egrave: "è", agrave: "à", ccedil: "ç", ecirc: "ê", hellip: "…", mdash: "—", ndash: "–" };

/** A single left-to-right scan: no regex over the whole document, so hostile markup cannot stall it. */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  let dropping: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const chunk = lt < 0 ? html.slice(i) : html.slice(i, lt);
    if (!dropping) out += chunk;
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const closing = tag.startsWith("/");
    const name = (closing ? tag.slice(1) : tag).split(/[\s/>]/, 1)[0]!.toLowerCase();
    if (dropping) {
      if (closing && name === dropping) dropping = null;
    } else if (!closing && DROP.has(name) && !tag.endsWith("/")) dropping = name;
    else if (BLOCK.has(name)) out += "\n";
    i = gt + 1;
  }
  return out
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n");
}
