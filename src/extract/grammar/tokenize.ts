// Splits a sentence into word, number and punctuation tokens with absolute offsets. An elided
// French article or pronoun ("l'", "qu'", "jusqu'") is its own token, as the tagger needs it.
export interface RawToken {
  start: number;
  end: number;
  text: string;
}

// A word (letters, digits, inner hyphens/apostrophes/dots between letters), a number with inner
// separators, or any single other non-space character.
const TOKEN = /\p{N}+(?:[.,\u202f\u00a0]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const APOSTROPHE = /['’]/;

/** Tokens of text[start, end). `elisions` are the lower-cased prefixes (without apostrophe) to split off. */
export function tokenize(text: string, start: number, end: number, elisions: ReadonlySet<string>): RawToken[] {
  const tokens: RawToken[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let s = start + m.index;
    let word = m[0];
    // Split every leading elision: "qu'l'on" is rare, "jusqu'aujourd'hui" must keep its tail.
    for (let apo = word.search(APOSTROPHE); apo > 0 && elisions.has(word.slice(0, apo).toLowerCase()); apo = word.search(APOSTROPHE)) {
      tokens.push({ start: s, end: s + apo + 1, text: word.slice(0, apo + 1) });
      s += apo + 1;
      word = word.slice(apo + 1);
    }
    if (word) tokens.push({ start: s, end: s + word.length, text: word });
  }
  return tokens;
}
