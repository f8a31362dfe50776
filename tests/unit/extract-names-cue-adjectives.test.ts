// Issue 9, French cue words that the third French names bank (tests/bank/names-fr-3.yaml) showed unread: adjectives
// between the cue word and the name ("la société aéronautique indonésienne X", "l'organisation humanitaire X"), and the
// makers, resellers and financiers the French press names ("l'industriel américain X", "l'intégrateur X", "l'assureur X").
// A participle's complement is a place, not the cue's name (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith([]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a French cue word reaches the name past its adjectives", () => {
  it.each<Row>([
    ["fr", "Un accord lie l'armée à la société aéronautique malaisienne Kelvara depuis mai.", ["Kelvara [company]"]],
    ["fr", "Un convoi de l'organisation humanitaire Mains Ouvertes a été visé.", ["Mains Ouvertes [organization]"]],
    ["fr", "Le marché revient à la société plaignante Dorvane Solutions.", ["Dorvane Solutions [company]"]],
    ["fr", "Le rachat de la PME par l'industriel américain Quorvex a été bloqué.", ["Quorvex [company]"]],
    ["fr", "Les caméras ont été installées par l'intégrateur ivoirien Tessalia.", ["Tessalia [company]"]],
    ["fr", "L'assureur Mutalis a investi dans le fonds.", ["Mutalis [company]"]],
    // a participle and its complement stand between: the name is a place's, no company
    ["fr", "Le rachat a été confirmé par la société basée à Lausanne.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
