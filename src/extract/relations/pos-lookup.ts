// The part of speech of a sentence's items, asked only by patterns that constrain a word ("livre:VERB"):
// the sentence is tagged the first time one is asked, never otherwise, so most sentences cost nothing.
import type { Language } from "../../model";
import { tagSentence } from "../grammar";
import type { PosAt } from "../text/patterns";

export function lazyPosAt(text: string, start: number, end: number, lang: Language, items: readonly { start: number }[]): PosAt {
  let byStart: Map<number, string> | undefined;
  return (i) => {
    if (!byStart) {
      byStart = new Map();
      for (const t of tagSentence(text, start, end, lang)) byStart.set(t.start, t.pos);
    }
    const item = items[i];
    return item ? byStart.get(item.start) : undefined;
  };
}
