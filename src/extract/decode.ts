// Turning a file's bytes into text, or a clear reason why it cannot be an article: empty,
// binary, not UTF-8 (or UTF-16 with a byte-order mark), too large. HTML is handled later, after
// the front matter has been read from the raw text (html.ts).

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const SAMPLE = 8192;
const count = (n: number) => n.toLocaleString("en-US");

/** A text encoding announced by a byte-order mark, and the mark's length. */
function byteOrderMark(b: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be" | "utf-32"; skip: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: "utf-32", skip: 4 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { encoding: "utf-32", skip: 4 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return { encoding: "utf-8", skip: 0 };
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
const isControl = (c: number) => c < 9 || (c > 13 && c < 32);

/** Why a file holding NUL is not read: one rule wherever the first NUL is. */
function nulReason(b: Uint8Array, at: number): string {
  // Text saved as UTF-16 without its byte-order mark has a NUL in every other byte.
  const sample = b.subarray(0, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  if (Math.max(even, odd) > sample.length * 0.4 && Math.min(even, odd) < sample.length * 0.02) {
    return "looks like UTF-16 without a byte-order mark (re-save the file as UTF-8)";
  }
  return `binary file (contains NUL bytes, the first at byte ${count(at)})`;
}

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)` };
  }
  const bom = byteOrderMark(bytes);
  if (bom.encoding === "utf-32") return { ok: false, reason: "UTF-32 text is not read (re-save the file as UTF-8)" };
  let text: string;
  if (bom.encoding === "utf-8") {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { ok: false, reason: nulReason(bytes, nul) };
    const sample = bytes.subarray(0, SAMPLE);
    let control = 0;
    for (const b of sample) if (isControl(b)) control++;
    if (control > sample.length * 0.05) return { ok: false, reason: "binary file (too many control characters)" };
    try {
      text = utf8.decode(bytes.subarray(bom.skip));
    } catch {
      return { ok: false, reason: "not valid UTF-8 (re-save the file as UTF-8)" };
    }
  } else {
    try {
      text = new TextDecoder(bom.encoding, { fatal: true }).decode(bytes.subarray(bom.skip));
    } catch {
      return { ok: false, reason: `not valid ${bom.encoding === "utf-16le" ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)"} despite its byte-order mark` };
    }
    const nul = text.indexOf("\u0000");
    if (nul >= 0) return { ok: false, reason: `binary file (contains NUL characters, the first at character ${count(nul)})` };
    const sample = text.slice(0, SAMPLE);
    let control = 0;
    for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) control++;
    if (control > sample.length * 0.05) return { ok: false, reason: "binary file (too many control characters)" };
  }
  // A second mark (a file converted twice) is not text either.
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return { ok: false, reason: "empty file (only white space)" };
  return { ok: true, text };
}
