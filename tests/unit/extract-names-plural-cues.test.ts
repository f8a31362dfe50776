// Issue 9, a class the third French names bank (tests/bank/names-fr-3.yaml) showed missing: a plural cue noun before a
// list of names types every name of the list, not only the first ("les sociétés A, B et C"), past nationalities and
// a list opener ("dont", "including"); a known name closing a member is part of it (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["france"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a plural cue noun types every name of the list it heads", () => {
  it.each<Row>([
    [
      "fr",
      "Le régulateur a sanctionné les sociétés Quarnix, Velmora et Tesseline l'an dernier.",
      ["Quarnix [company]", "Tesseline [company]", "Velmora [company]"],
    ],
    ["fr", "Le groupe et ses filiales marocaines Dralvo et Kesterin ont remporté le marché.", ["Dralvo [company]", "Kesterin [company]"]],
    ["fr", "Au moins trois associations, dont la Veilleuse, ont déposé un recours.", ["Veilleuse [organization]"]],
    ["fr", "Les syndicats Solidarnosc Ouvrière et Front Paysan ont manifesté.", ["Front Paysan [organization]", "Solidarnosc Ouvrière [organization]"]],
    ["fr", "La plainte vise les sociétés Mirabel France et Ostrava ainsi que leurs dirigeants.", ["Mirabel France [company]", "Ostrava [company]"]],
    ["en", "The regulator fined the data brokers Quorvex, Veltrix and Tesseline last year.", ["Quorvex [company]", "Tesseline [company]", "Veltrix [company]"]],
    ["en", "Several rights groups, including Open Ledger, filed complaints.", ["Open Ledger [organization]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it.each<Row>([
    // a capitalised cue word is a name's own word, and a comma with no list opener ends the cue's reach
    ["fr", "Les entreprises, Paris en tête, ont recruté.", []],
    ["en", "The companies, Reuters reported, were fined.", ["Reuters [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a parenthesis or an ellipsis closes a list of organisations as 'and' does", () => {
  it.each<Row>([
    [
      "fr",
      "Les sanctions de l'autorité (Quarnix Technologies, Velmora, Tesseline, Dralvo...) ont suivi.",
      ["Dralvo [company]", "Quarnix Technologies [company]", "Tesseline [company]", "Velmora [company]"],
    ],
    ["en", "The fines (Quarnix Technologies, Velmora, Tesseline) were paid.", ["Quarnix Technologies [company]", "Tesseline [company]", "Velmora [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
