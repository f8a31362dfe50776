// Issue 9, a class the third French names bank (tests/bank/names-fr-3.yaml) showed: a name's lowercase tail ran on into
// a verb sharing an adjective's ending ("l'armée brésilienne reportent", "la Commission auditionne"), an infinitive
// ("le Tribunal de commerce d'autoriser") or a date ("le Tribunal administratif de Lyon du 3 mai"). A verb or a number
// closes the tail (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith([]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a verb or a number closes a name's lowercase tail", () => {
  it.each<Row>([
    ["fr", "Selon la presse, les chefs de l'armée allemande reportent encore la signature du marché.", ["armée allemande [agency]"]],
    ["fr", "Selon la presse, les dirigeants de la police nationale bolivienne envisagent un achat.", ["police nationale bolivienne [agency]"]],
    ["fr", "Selon le greffe, la Cour suprême examine le recours depuis mardi.", ["Cour suprême [agency]"]],
    ["fr", "Ils ont obtenu du Tribunal de commerce d'ordonner la saisie des comptes.", ["Tribunal de commerce [agency]"]],
    ["fr", "Le marché a été annulé par le Tribunal administratif de Lyon du 3 mai 2021 pour vice de forme.", ["Tribunal administratif de Lyon [agency]"]],
    ["fr", "Le rapport de la Direction générale de la sécurité intérieure paraîtra en mai.", ["Direction générale de la sécurité intérieure [agency]"]],
    // adjectives that look like verb forms stay in the name
    ["fr", "Selon nos sources, la Police fédérale unifiée a acheté des drones.", ["Police fédérale unifiée [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
