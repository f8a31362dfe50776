// Stage 6: a verb ends a name's lowercase tail ("l'armée brésilienne reportent…", "la Commission auditionne Mme X",
// "le Tribunal de commerce d'autoriser…"). The tail reader takes lowercase words by their endings, and verbs share
// endings with adjectives ("-ent", "-onne"); the grammar layer's tagger and verb lexicon tell them apart.
import type { Language } from "../../model";
import { tagSentence } from "../grammar";
import { frLexicon } from "../grammar/lexicon";
import type { Token } from "../text/tokens";

/**
 * Whether a token of the sentence text[start, end) is a verb that closes a name: tagged a finite verb or an
 * infinitive, or in French a finite third-person plural ("-nt") that no closed class reads otherwise (the tagger
 * guesses an unknown plural after an adjective to be a noun). The sentence is tagged once, on the first question.
 */
export function verbCloser(text: string, start: number, end: number, lang: Language | undefined): (t: Token) => boolean {
  let verbs: Set<number> | undefined;
  const read = () => {
    verbs = new Set();
    if (!lang) return verbs;
    for (const t of tagSentence(text, start, end, lang))
      if ((t.pos === "VERB" || t.pos === "AUX") && (t.verbForm === "fin" || t.verbForm === "inf")) verbs.add(t.start);
    return verbs;
  };
  // The tagger runs only for a French word the verb lexicon can read as a finite verb or an infinitive.
  const mayBeVerb = (t: Token) =>
    lang !== "fr" ||
    frLexicon()
      .verbs.readings(text.slice(t.start, t.end).toLowerCase())
      .some((r) => r.verbForm === "fin" || r.verbForm === "inf");
  return (t) => mayBeVerb(t) && ((lang === "fr" && isFrenchPluralVerb(text.slice(t.start, t.end))) || (verbs ?? read()).has(t.start));
}

/** "reportent", "auraient": a finite third-person plural ("-nt") that no closed class reads otherwise. */
export function isFrenchPluralVerb(written: string): boolean {
  const word = written.toLowerCase();
  if (!word.endsWith("nt")) return false;
  const lex = frLexicon();
  return !lex.closed.has(word) && lex.verbs.readings(word).some((r) => r.verbForm === "fin");
}
