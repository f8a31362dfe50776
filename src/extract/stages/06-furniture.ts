// Stage 6: page furniture read as names. A line standing alone, with no closing full stop, whose words
// are all capitalised but the function words, is a headline, a byline, a menu or a caption heading
// ("Public Pension Funds—the Next Battleground for Human Rights", "Samuel Camara"): its capitals are the
// typography's, not names'. A name found there is kept only when the article writes it again elsewhere,
// where capitals mean something.
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { occurrences } from "./06-names";

const HAS_LETTER = /\p{L}/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const CLOSING = new Set([".", "!", ";", ",", ")"]);

/**
 * Whether the sentence [start, end) is a line of its own, not closed by a full stop, with at least two
 * words that are no function words (`isStop`) and all of them capitalised.
 */
export function isTitleLine(text: string, start: number, end: number, tokens: readonly Token[], isStop: (norm: string) => boolean): boolean {
  if (start > 0 && text[start - 1] !== "\n") return false;
  let stop = end;
  while (stop < text.length && (text[stop] === " " || text[stop] === "\t")) stop++;
  if (stop < text.length && text[stop] !== "\n") return false;
  const last = tokens[tokens.length - 1];
  if (!last || CLOSING.has(last.norm)) return false;
  let content = 0;
  for (const t of tokens) {
    // "Sir X, Permanent Secretary, Ministry of Defence; Y, …": a semicolon separates the items of a list, no title's words.
    if (t.norm === ";") return false;
    if (!t.isWord || !HAS_LETTER.test(t.norm) || isStop(t.norm)) continue;
    if (!CAPITALISED.test(text[t.start]!)) return false;
    content++;
  }
  return content >= 2;
}

/** Drops from `found` (from index `from` on) the names the article does not write again elsewhere. */
export function keepRecurring(text: string, found: Discovery[], from: number): void {
  const kept = found.slice(from).filter((f) => occurrences(text, f.label) >= 2);
  found.splice(from, found.length - from, ...kept);
}
