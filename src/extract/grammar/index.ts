// The grammar layer: part of speech, lemma and verb morphology per token, then clauses, voice and
// attributions per sentence. Pure functions over the article text with absolute offsets; runs in
// Node and in the browser's worker. See docs/decisions.md, "Grammar layer (issue 10)".
import type { Language } from "../../model";
import { tagEnglish } from "./tag-en";
import { tagFrench } from "./tag-fr";
import { analyse } from "./analyse";
import type { SentenceAnalysis, TaggedToken } from "./types";

export { lemmaForms, type FormsOf } from "./forms";
export type * from "./types";

/** Tokens of text[start, end) with part of speech (UPOS), lemma and, for verbs, form and tense. */
export function tagSentence(text: string, start: number, end: number, lang: Language): TaggedToken[] {
  return lang === "fr" ? tagFrench(text, start, end) : tagEnglish(text, start, end);
}

/** The sentence text[start, end) tagged, split into clauses (verb group, voice, subject, object,
 *  complements) and its attributions. */
export function analyseSentence(text: string, start: number, end: number, lang: Language): SentenceAnalysis {
  return analyse(text, tagSentence(text, start, end, lang), lang);
}
