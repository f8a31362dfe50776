// Issue 9, the names the extractor missed: one table per class, in English and French (sentences
// written for these tests), run through the whole extractor with a registry that knows only states.
import type { ExtractResult } from "../../src/extract/index";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["canada", "france", "kenya", "cameroon", "germany"]);
const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
/** The article's nodes as "id [type,country]" (ids matter here: they say whose body a bare noun names). */
const nodes = (r: ExtractResult) =>
  r.graph.nodes
    .filter((n) => n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.id} [${n.type}${n.country ? `,${n.country}` : ""}]`)
    .sort();
const names = (lang: "en" | "fr", body: string) => nodes(extract(k, article(lang, body)));
type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a bare institution noun names a body of the state the article is about", () => {
  it.each<Row>([
    [
      "fr",
      "La France a commandé 300 terminaux. Ils iront à la police, gendarmerie, douane, administration pénitentiaire, selon le ministère.",
      ["france-customs [agency,FR]", "france-gendarmerie [agency,FR]", "france-police [agency,FR]", "france-prison-administration [agency,FR]"],
    ],
    ["fr", "Au Cameroun, les forces de l'ordre utilisent ces caméras depuis 2015.", ["cameroon-police [agency,CM]"]],
    ["en", "Kenya bought the kits in 2016. The deal collapsed after Parliament on Wednesday banned the firm.", ["kenya-parliament [agency,KE]"]],
    ["en", "In Canada, the police and customs share the new database.", ["canada-customs [agency,CA]", "canada-police [agency,CA]"]],
    // an article about two states gives the noun to neither
    ["en", "Canada and Germany both tested it; the police said little.", []],
    // a name completes the noun: another body, or none of these
    ["fr", "En France, les services de police du Rhône en sont équipés.", ["police-du-rhone [agency,FR]"]],
    ["en", "Canada asked the European Parliament for a vote.", []],
    // no determiner, no list: "police" qualifies another noun
    ["fr", "En France, n'importe quel fonctionnaire de police pourra s'en servir.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it("names the body in its own article only", () => {
    const r = extract(k, {
      "a.txt": article("fr", "La France a équipé la douane de ces terminaux."),
      "b.txt": article("en", "The customs of an unnamed country did not answer."),
    });
    const customs = r.graph.nodes.find((n) => n.id === "france-customs");
    expect(customs?.mentions.map((m) => m.articleId)).toEqual(["a"]);
  });
});
