// Accent-, case- and punctuation-folding that remembers where every folded character came from,
// so matches found in folded text map back to exact offsets in the original.

const APOSTROPHES = new Set(["’", "‘", "ʼ", "`", "´", "′"]);
const DASHES = new Set(["‐", "‑", "‒", "–", "—", "―", "−"]);
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss" };
const COMBINING = /\p{M}/gu;
const SPACE = /\s/u;

const cacheLower = new Map<string, string>();
const cacheKeep = new Map<string, string>();

/** Folds one character: apostrophes to ', dashes to -, spaces to " ", accents stripped, lowercased unless keepCase. */
export function foldChar(ch: string, keepCase = false): string {
  const cache = keepCase ? cacheKeep : cacheLower;
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (DASHES.has(ch)) out = "-";
  else if (SPACE.test(ch)) out = " ";
  else {
    out = (LIGATURES[ch] ?? ch).normalize("NFKD").replace(COMBINING, "");
    if (!keepCase) out = out.toLowerCase();
  }
  cache.set(ch, out);
  return out;
}

/** Folds a whole string, collapsing whitespace runs and trimming. */
export function fold(s: string, keepCase = false): string {
  let out = "";
  for (const ch of s) out += foldChar(ch, keepCase);
  return out.replace(/ {2,}/g, " ").trim();
}

export interface FoldedText {
  /** The folded text; whitespace runs collapse to one space. */
  folded: string;
  /** origin[i] is the offset in the original text of the UTF-16 unit folded[i]. */
  origin: Int32Array;
  /** originEnd[i] is the offset just after the original character folded[i] came from. */
  originEnd: Int32Array;
}

export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  const origin: number[] = [];
  const originEnd: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    const end = i + ch.length;
    if (f === " ") {
      if (!lastWasSpace) {
        parts.push(" ");
        origin.push(i);
        originEnd.push(end);
      }
      lastWasSpace = true;
    } else if (f.length > 0) {
      // One entry per UTF-16 unit of the folded text, so that an emoji (two units) keeps offsets aligned.
      parts.push(f);
      for (let u = 0; u < f.length; u++) {
        origin.push(i);
        originEnd.push(end);
      }
      lastWasSpace = false;
    }
    i = end;
  }
  return { folded: parts.join(""), origin: Int32Array.from(origin), originEnd: Int32Array.from(originEnd) };
}

const WORD = /[\p{L}\p{N}]/u;
export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** A URL- and id-safe slug: "Top10VPN Ltd." → "top10vpn-ltd". */
export function slugify(s: string): string {
  return fold(s)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
