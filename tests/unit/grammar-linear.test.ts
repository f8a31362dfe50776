// The clause analysis must stay linear in the sentence, whatever its shape: count its inner steps
// (src/extract/grammar/work.ts) on a long sentence and on one four times longer. No timing.
import { analyseSentence } from "../../src/extract/grammar";
import { work } from "../../src/extract/grammar/work";
import type { Language } from "../../src/model";

function stepsFor(sentence: string, lang: Language): number {
  work.steps = 0;
  analyseSentence(sentence, 0, sentence.length, lang);
  return work.steps;
}

const shapes: [string, Language, string][] = [
  ["relative clauses", "en", "the company, which sells tools that the army uses, "],
  ["nested parentheses", "en", "(Palantir (the firm "],
  ["dashes and reporting verbs", "en", "— the agency said, according to Reuters, "],
  ["a list without a verb", "en", "Amazon, Google and Microsoft, "],
  ["relative clauses", "fr", "la société, qui vend des outils que l'armée utilise, "],
  ["gerunds and participles", "fr", "en créant la coentreprise signée par Thales, "],
  ["reporting verbs", "fr", "a annoncé le Département, selon Le Monde, "],
];

describe("analyseSentence work is linear", () => {
  it.each(shapes)("%s (%s)", (_name, lang, unit) => {
    const short = `${unit.repeat(60)}the end.`;
    const long = `${unit.repeat(240)}the end.`;
    const a = stepsFor(short, lang);
    const b = stepsFor(long, lang);
    expect(a).toBeGreaterThan(0);
    // Four times the text: about four times the work, far from the sixteen of a quadratic walk.
    expect(b / a).toBeLessThan(5);
  });
});
