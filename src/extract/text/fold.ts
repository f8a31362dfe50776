// Accent-, case- and punctuation-folding that remembers where every folded character came from,
// so matches found in folded text map back to exact offsets in the original.

const APOSTROPHES = new Set(["’", "‘", "ʼ", "`", "´", "′"]);
/** Hyphens join words ("Gaia‑X"); dashes separate them ("Thiel—supplies"), like a space. */
const HYPHENS = new Set(["‐", "‑", "−"]);
const DASHES = new Set(["‒", "–", "—", "―"]);
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss" };
const COMBINING = /\p{M}/gu;
const SPACE = /\s/u;

const cacheLower = new Map<string, string>();
const cacheKeep = new Map<string, string>();

/** Folds one character: apostrophes to ', hyphens to -, dashes and spaces to " ", accents stripped, lowercased unless keepCase. */
export function foldChar(ch: string, keepCase = false): string {
  const cache = keepCase ? cacheKeep : cacheLower;
  let out = cache.get(ch);
  if (out !== undefined) return out;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (HYPHENS.has(ch)) out = "-";
  else if (DASHES.has(ch)) out = " ";
  else if (SPACE.test(ch)) out = " ";
  else {
    out = (LIGATURES[ch] ?? ch).normalize("NFKD").replace(COMBINING, "");
    if (!keepCase) out = out.toLowerCase();
  }
  cache.set(ch, out);
  return out;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Folds a whole string, collapsing whitespace runs and trimming. */
export function fold(s: string, keepCase = false): string {
  // Plain ASCII (most English words, all numbers) needs no normalisation: the fast path.
  if (PRINTABLE_ASCII.test(s)) {
    const t = s.includes("`") ? s.replace(/`/g, "'") : s;
    return (keepCase ? t : t.toLowerCase()).replace(/ {2,}/g, " ").trim();
  }
  // Mostly ASCII with a few accents (French prose): ASCII runs are copied whole, the rest folded per character.
  let out = "";
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code >= 32 && code < 127 && code !== 96) {
      let j = i + 1;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c < 32 || c >= 127 || c === 96) break;
        j++;
      }
      out += keepCase ? s.slice(i, j) : s.slice(i, j).toLowerCase();
      i = j;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    out += foldChar(ch, keepCase);
    i += ch.length;
  }
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

const isPlainAscii = (code: number) => code >= 32 && code < 127 && code !== 96;

export function foldWithOffsets(text: string): FoldedText {
  const parts: string[] = [];
  // Folding rarely lengthens text (ligatures do): start with room for the usual case, grow if needed.
  let origin = new Int32Array(text.length + 16);
  let originEnd = new Int32Array(text.length + 16);
  let n = 0;
  const push = (from: number, to: number) => {
    if (n === origin.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      origin = grow(origin);
      originEnd = grow(originEnd);
    }
    origin[n] = from;
    originEnd[n] = to;
    n++;
  };
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // A run of printable ASCII (letters, digits, punctuation, single spaces) folds to itself,
    // lowercased: one slice per run instead of one string per character.
    if (isPlainAscii(code) && !(code === 32 && lastWasSpace)) {
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (!isPlainAscii(c) || (c === 32 && text.charCodeAt(j - 1) === 32)) break;
        j++;
      }
      parts.push(text.slice(i, j).toLowerCase());
      for (let u = i; u < j; u++) push(u, u + 1);
      lastWasSpace = text.charCodeAt(j - 1) === 32;
      i = j;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldChar(ch);
    const end = i + ch.length;
    if (f === " ") {
      if (!lastWasSpace) {
        parts.push(" ");
        push(i, end);
      }
      lastWasSpace = true;
    } else if (f.length > 0) {
      // One entry per UTF-16 unit of the folded text, so that an emoji (two units) keeps offsets aligned.
      parts.push(f);
      for (let u = 0; u < f.length; u++) push(i, end);
      lastWasSpace = false;
    }
    i = end;
  }
  return { folded: parts.join(""), origin: origin.subarray(0, n), originEnd: originEnd.subarray(0, n) };
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
