// Every inflected form of a lemma, so that word lists name lemmas and never list inflections by
// hand. French verbs come from the Lefff; French nouns and adjectives, and English, by rules in
// data/grammar/<lang>/ plus the English irregular verbs list.
import type { Language } from "../../model";
import { enLexicon, frLexicon } from "./lexicon";

/** Which inflections to make: a verb's conjugation, a noun's plural, an adjective's gender and number. */
export type FormsOf = "VERB" | "NOUN" | "ADJ";

const VOWEL = /[aeiou]/;

function frNominal(lemma: string): string[] {
  const rules = frLexicon().suffixes.forms;
  const rule = rules.find((r) => lemma.endsWith(r.suffix));
  if (!rule) return [lemma];
  const stem = lemma.slice(0, lemma.length - rule.suffix.length);
  // A rule with a suffix replaces it; the catch-all "" rule appends to the whole word.
  return [lemma, ...rule.add.map((a) => (rule.suffix === "" ? lemma + a : stem + a))];
}

function doubles(lemma: string): boolean {
  const lex = enLexicon();
  if (lex.doubleFinal.has(lemma)) return true;
  if (lex.noDouble.has(lemma)) return false;
  const m = /^[^aeiou]*[aeiou][^aeiouwxy]$/.exec(lemma);
  return !!m && lemma.length <= 4 && VOWEL.test(lemma);
}

function sForm(lemma: string): string {
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

function enVerb(lemma: string): string[] {
  const lex = enLexicon();
  // "have" is the one verb whose third person drops a letter ("has", not "haves")
  const forms = [lemma, lemma === "have" ? "has" : sForm(lemma)];
  let stem = lemma;
  if (doubles(lemma)) stem = lemma + lemma.slice(-1);
  const ing = /[^e]e$/.test(lemma) && !lemma.endsWith("ee") ? `${lemma.slice(0, -1)}ing` : lemma.endsWith("ie") ? `${lemma.slice(0, -2)}ying` : `${stem}ing`;
  forms.push(ing);
  const irregular = lex.irregular.get(lemma);
  if (irregular) forms.push(...irregular[0], ...irregular[1]);
  else if (lemma.endsWith("e")) forms.push(`${lemma}d`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`);
  else forms.push(`${stem}ed`);
  return forms;
}

function enNoun(lemma: string): string[] {
  const irregular = enLexicon().plurals.get(lemma);
  return [lemma, irregular ?? sForm(lemma)];
}

/**
 * Every inflected form of `lemma` (itself included, lower case, no duplicates). Without `of`, a
 * French word the Lefff knows as a verb gets its conjugation, any other its nominal forms; an
 * English word gets both its verb and its noun forms.
 */
export function lemmaForms(lemma: string, lang: Language, of?: FormsOf): string[] {
  const word = lemma.toLowerCase();
  let forms: string[];
  if (lang === "fr") {
    const verb = frLexicon().verbs.forms(word);
    forms = verb && of !== "NOUN" && of !== "ADJ" ? verb : frNominal(word);
    if (!of && verb) forms = [...forms, ...frNominal(word)].filter((f) => verb.includes(f) || f === word);
  } else {
    forms = of === "NOUN" || of === "ADJ" ? enNoun(word) : of === "VERB" ? enVerb(word) : [...enVerb(word), ...enNoun(word)];
  }
  return [...new Set([word, ...forms])];
}
