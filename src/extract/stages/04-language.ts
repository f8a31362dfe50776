// Stage 4: French or English, by which language's function words are more frequent.
import type { Language } from "../../model";

/** A few thousand characters hold hundreds of function words: enough to tell French from English. */
const SAMPLE = 4000;
/** Letters only: "l'armée" gives "l" and "armée", so elided articles count as the words they are. */
const WORDS = /\p{L}+/gu;

const compiled = new WeakMap<Record<Language, readonly string[]>, { fr: Set<string>; en: Set<string> }>();
function sets(stopwords: Record<Language, readonly string[]>) {
  let s = compiled.get(stopwords);
  if (!s) compiled.set(stopwords, (s = { fr: new Set(stopwords.fr), en: new Set(stopwords.en) }));
  return s;
}

export function detectLanguage(text: string, stopwords: Record<Language, readonly string[]>): Language {
  const { fr, en } = sets(stopwords);
  let scoreFr = 0;
  let scoreEn = 0;
  // A sample is enough and keeps a huge file cheap.
  for (const [w] of text.slice(0, SAMPLE).toLowerCase().matchAll(WORDS)) {
    if (fr.has(w)) scoreFr++;
    if (en.has(w)) scoreEn++;
  }
  return scoreFr > scoreEn ? "fr" : "en";
}
