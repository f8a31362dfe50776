import type { Language } from "../../src/model";
import { tagSentence, type TaggedToken } from "../../src/extract/grammar";

const tag = (s: string, lang: Language) => tagSentence(s, 0, s.length, lang);
const find = (tokens: TaggedToken[], text: string) => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text}`);
  return t;
};

describe("tagSentence", () => {
  it.each([
    ["fr", "Les logiciels sont utilisés depuis des années par la CIA.", "sont", "AUX", "être"],
    ["fr", "Les logiciels sont utilisés depuis des années par la CIA.", "utilisés", "VERB", "utiliser"],
    ["fr", "Les logiciels sont utilisés depuis des années par la CIA.", "CIA", "PROPN", "CIA"],
    ["fr", "L'entreprise a mis en place une équipe.", "mis", "VERB", "mettre"],
    ["fr", "L'entreprise a mis en place une équipe.", "équipe", "NOUN", "équipe"],
    ["fr", "L'entreprise a mis en place une équipe.", "a", "AUX", "avoir"],
    ["fr", "Il la vend à la police.", "la", "PRON", "le"],
    ["fr", "Le groupe a un contrat avec l'armée.", "a", "VERB", "avoir"],
    ["fr", "Les données qu'elle collecte sont vendues.", "qu'", "PRON", "que"],
    ["fr", "Il affirme qu'elle collecte des données.", "qu'", "SCONJ", "que"],
    ["fr", "En créant la coentreprise, ils ont signé.", "En", "ADP", "en"],
    ["fr", "Ils utilisent ces outils pour la collecte des données.", "la", "DET", "le"],
    ["fr", "Ils utilisent ces outils pour la collecte des données.", "collecte", "NOUN", "collecte"],
    ["fr", "Ils utilisent ces outils pour la collecte des données.", "ces", "DET", "ce"],
    ["fr", "La société a formellement renouvelé son contrat.", "a", "AUX", "avoir"],
    ["fr", "Elle a suspendu plusieurs de ses services.", "plusieurs", "PRON", "plusieurs"],
    ["fr", "La police la vend.", "la", "PRON", "le"],
    ["en", "Palantir was awarded a contract by the agency.", "awarded", "VERB", "award"],
    ["en", "Palantir was awarded a contract by the agency.", "was", "AUX", "be"],
    ["en", "Palantir was awarded a contract by the agency.", "Palantir", "PROPN", "Palantir"],
    ["en", "The firm banned sales to the army.", "banned", "VERB", "ban"],
  ] as const)("%s: in “%s”, %s is %s (%s)", (lang, sentence, word, pos, lemma) => {
    const t = find(tag(sentence, lang), word);
    expect(t.pos).toBe(pos);
    expect(t.lemma).toBe(lemma);
  });

  it.each([
    ["fr", "Ils ont signé le contrat.", "signé", "part", "past"],
    ["fr", "La société vendra ses caméras.", "vendra", "fin", "fut"],
    ["fr", "La société vendait des caméras.", "vendait", "fin", "imp"],
    ["fr", "Il pourrait vendre des caméras.", "vendre", "inf", undefined],
    ["fr", "En créant la coentreprise, ils ont signé.", "créant", "ger", "pres"],
    ["en", "The agency has signed a deal.", "signed", "part", "past"],
    ["en", "The agency signed a deal.", "signed", "fin", "past"],
    ["en", "It signs a deal.", "signs", "fin", "pres"],
    ["en", "The agency wants to sign a deal.", "sign", "inf", undefined],
    ["en", "By acquiring the firm, it grew.", "acquiring", "ger", undefined],
    ["en", "The agency would sign a deal.", "would", "fin", "cond"],
  ] as const)("%s: in “%s”, %s is %s %s", (lang, sentence, word, verbForm, tense) => {
    const t = find(tag(sentence, lang), word);
    expect(t.verbForm).toBe(verbForm);
    expect(t.tense).toBe(tense);
  });

  it.each(["fr", "en"] as const)("keeps exact absolute offsets (%s)", (lang) => {
    const prefix = "Intro. ";
    const sentence =
      lang === "fr"
        ? "L’armée d’Israël a acheté 1,2 million d’euros de drones (Elbit) — jusqu’aujourd’hui."
        : "Israel's army can't buy $1.2m of drones (Elbit) — until today.";
    const text = `${prefix}${sentence} Outro.`;
    const tokens = tagSentence(text, prefix.length, prefix.length + sentence.length, lang);
    expect(tokens.length).toBeGreaterThan(8);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(prefix.length);
      expect(t.end).toBeLessThanOrEqual(prefix.length + sentence.length);
    }
    const words = tokens.map((t) => t.text);
    if (lang === "fr") expect(words).toEqual(expect.arrayContaining(["L’", "armée", "d’", "1,2", "jusqu’", "aujourd’hui"]));
  });
});
