// Issue 9, names containing "et": a French name's lowercase complement coordinated by "et" before "de"/"des" is one
// name ("Commission des institutions et de la transparence"); "et" before anything else is no part of it. A name
// glossed in parentheses by a known name after "ou"/"or" is that known entity, no new one (sentences written here).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["cbp"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a complement coordinated by 'et de' stays in the name", () => {
  it.each<Row>([
    ["fr", "Hier, la Commission des finances et de la planification a rendu son avis.", ["Commission des finances et de la planification [agency]"]],
    [
      "fr",
      "Hier, l'Institut malien des études stratégiques et de sécurité a publié un rapport.",
      ["Institut malien des études stratégiques et de sécurité [organization]"],
    ],
    ["fr", "Hier, la Direction des douanes et des accises a saisi la cargaison.", ["Direction des douanes et des accises [agency]"]],
    // "et la" coordinates two bodies, not a complement: no name runs across it
    ["fr", "Hier, la Direction de la police et la gendarmerie ont réagi.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a name glossed by a known name after 'ou' is that known entity", () => {
  it.each<Row>([
    [
      "fr",
      "Selon le Bureau des douanes et de protection des frontières (Customs and Border Protection, ou CBP), le mur avance.",
      ["U.S. Customs and Border Protection [agency]"],
    ],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
