// Word and punctuation tokens with offsets. French elisions stay attached to their article
// ("l'", "d'", "qu'") so that "d'Amazon" yields the tokens "d'" and "Amazon".
import { fold } from "./fold";

export interface Token {
  /** Folded form used for matching. */
  norm: string;
  start: number;
  end: number;
  isWord: boolean;
}

const foldCache = new Map<string, string>();
/** Folding is the tokenizer's hot spot; words repeat, so their folds are remembered (boundedly). */
function foldWord(word: string): string {
  let f = foldCache.get(word);
  if (f === undefined) {
    f = fold(word);
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(word, f);
  }
  return f;
}

const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]);
const APOSTROPHE = /['’‘ʼ`]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

// The tokenizer looks at every character: ASCII is decided by code, only the rest by the
// Unicode-aware regular expressions (a regex test per character was its main cost).
const isWordAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(text[i]!);
};
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]!);
};

/** Tokenises text[from, to). Linear: each character is looked at once. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (isWordAt(text, i)) {
      // Plain lowercase ASCII words (most of them) are their own fold.
      let plain = true;
      let j = i;
      while (j < to) {
        const c = text.charCodeAt(j);
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) j++;
        else if (isWordAt(text, j)) {
          plain = false;
          j++;
        } else break;
      }
      let norm = plain ? text.slice(i, j) : foldWord(text.slice(i, j));
      if (j < to && APOSTROPHE.test(text[j]!) && ELISIONS.has(norm) && j + 1 < to && isWordAt(text, j + 1)) {
        j++;
        norm += "'";
      }
      tokens.push({ norm, start: i, end: j, isWord: true });
      i = j;
      continue;
    }
    // English possessive "'s" is one token, so that "Palantir's" reads as name + possessive.
    // …and "n't" (didn't, doesn't, can't) leaves the token "'t", which negates.
    const next = (text[i + 1] ?? "").toLowerCase();
    if (APOSTROPHE.test(ch) && (next === "s" || next === "t") && !(i + 2 < text.length && isWordAt(text, i + 2))) {
      tokens.push({ norm: `'${next}`, start: i, end: i + 2, isWord: false });
      i += 2;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({ norm: foldWord(text.slice(i, i + len)) || text.slice(i, i + len), start: i, end: i + len, isWord: false });
    i += len;
  }
  return tokens;
}
