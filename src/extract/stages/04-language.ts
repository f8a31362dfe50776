// Stage 4: French or English, by which language's function words are more frequent.
import type { Language } from "../../model";
import { tokenize } from "../text/tokens";

/** A few thousand characters hold hundreds of function words: enough to tell French from English. */
const SAMPLE = 4000;

export function detectLanguage(text: string, stopwords: Record<Language, readonly string[]>): Language {
  const fr = new Set(stopwords.fr);
  const en = new Set(stopwords.en);
  let scoreFr = 0;
  let scoreEn = 0;
  // A sample is enough and keeps a huge file cheap.
  for (const t of tokenize(text, 0, Math.min(text.length, SAMPLE))) {
    if (!t.isWord) continue;
    const w = t.norm.replace(/'$/, "");
    if (fr.has(w) || fr.has(t.norm)) scoreFr++;
    if (en.has(w)) scoreEn++;
  }
  return scoreFr > scoreEn ? "fr" : "en";
}
