// Issue 9, names with no cue word: a capitalised run that stands as an argument of its sentence is an
// organisation; one table per class, in English and French (sentences written for these tests).
import type { ExtractResult } from "../../src/extract/index";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["canada", "france", "germany"]);
const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const discovered = (r: ExtractResult) =>
  r.graph.nodes
    .filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();
const names = (lang: "en" | "fr", body: string) => discovered(extract(k, article(lang, body)));
type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a one-word name with no cue is an organisation when it stands as an argument", () => {
  it.each<Row>([
    ["en", "The army signed two contracts with Quarnix last year.", ["Quarnix [company]"]],
    ["en", "The drones were built by Velmora for the border guards.", ["Velmora [company]"]],
    ["en", "In a statement, the ministry and Tesseline said the deal was legal.", ["Tesseline [company]"]],
    ["en", "The deal made Quarnix's shares rise.", ["Quarnix [company]"]],
    ["fr", "Le ministère a signé un contrat avec Quarnix en mars.", ["Quarnix [company]"]],
    ["fr", "Les caméras sont fournies par Velmora et Tesseline depuis 2019.", ["Tesseline [company]", "Velmora [company]"]],
    ["fr", "Selon Quarnix, le système est conforme.", ["Quarnix [company]"]],
    ["en", "The coalition includes Velmora Watch and Quarnix Change, two groups.", ["Quarnix Change [organization]", "Velmora Watch [organization]"]],
    ["fr", "Cinq entités liées à Quarnix ont été visées.", ["Quarnix [company]"]],
    // a lowercase head in the plural names what a company offers: "les services de X" is no institution
    ["fr", "Les services de Quarnix seraient utilisés par Velmora.", ["Velmora [company]"]],
    // no argument cue: a capitalised word alone says nothing
    ["en", "The contract covers Quarnix licences until 2026.", []],
    ["fr", "Le contrat couvre les licences Quarnix jusqu'en 2026.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a sentence's first word is a name when it recurs and a verb follows it", () => {
  it.each<Row>([
    ["en", "Quarnix said the deal was signed. The police praised Quarnix in May.", ["Quarnix [company]"]],
    ["fr", "Quarnix affirme que le contrat est légal. La police a choisi Quarnix.", ["Quarnix [company]"]],
    // once only at the start of a sentence: maybe a common word in Title Case
    ["en", "Quarnix said the deal was signed.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("what is no organisation though it stands as an argument", () => {
  it.each<Row>([
    // a word the article writes in lowercase is a common noun
    ["en", "The police worked with Velmora. Velmora is a velmora of the region.", []],
    // a place
    ["en", "The company moved its offices to Toronto with Velmora's help.", ["Velmora [company]"]],
    ["fr", "La société travaille avec Paris depuis longtemps.", []],
    // a person's surname, once the article has named the person
    ["en", "Alice Quarnix founded the firm. The board sided with Quarnix in May.", ["Alice Quarnix [person]"]],
    // after a title
    ["fr", "Le contrat a été signé par M. Velmora hier.", []],
    // after an opening quote mark, capitals are a sentence's: once, with no cue before, no name
    ["en", "He said: “Nothing has changed since May.”", []],
    ["fr", "Il a lancé : « Rien n'a changé depuis mai. »", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("lists of three capitalised names beside a cue are organisations, lists of places are not", () => {
  it.each<Row>([
    [
      "en",
      "Quarnix, Velmora, Tesseline and Borealo have signed the pledge.",
      ["Borealo [company]", "Quarnix [company]", "Tesseline [company]", "Velmora [company]"],
    ],
    [
      "fr",
      "Les GAFAM (Quarnix, Velmora, Tesseline et Borealo) sont visés.",
      ["Borealo [company]", "Quarnix [company]", "Tesseline [company]", "Velmora [company]"],
    ],
    ["fr", "Les villes de Toronto, Velmora et Tesseline ont été ciblées.", []],
    ["en", "The tour went through Quarnix, Velmora and Tesseline in May.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a capitalised determiner in mid-sentence opens a name (left out of the label)", () => {
  it.each<Row>([
    ["en", "The minister told The Velmora Herald that the deal was signed.", ["Velmora Herald [company]"]],
    ["en", "The leak was first reported to The Quarnix on Monday.", ["Quarnix [company]"]],
    ["fr", "Le ministre l'a confirmé au quotidien, selon Le Quarnix.", ["Quarnix [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a one-word name that opens a longer name of the article is that name's short form", () => {
  it.each<Row>([
    ["en", "The police hired Quarnix Technologies in May. Critics said the army worked with Quarnix too.", ["Quarnix Technologies [company]"]],
    ["fr", "La police a choisi Velmora Systèmes. Le contrat avec Velmora court jusqu'en 2027.", ["Velmora Systèmes [company]"]],
    // only suffixes may follow the short form: "Quarnix Web Services" is another company than "Quarnix"
    ["en", "The police hired Quarnix Web Services in May. The army worked with Quarnix too.", ["Quarnix Web Services [company]", "Quarnix [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("the boundaries of a name with no cue before it", () => {
  it.each<Row>([
    // a legal form after a comma closes the name
    ["en", "The cameras are made by Velmora Digital Technology Co., Ltd. in Hangzhou.", ["Velmora Digital Technology Co., Ltd [company]"]],
    ["en", "The licence was sold by Quarnix Systems, Inc. last year.", ["Quarnix Systems, Inc [company]"]],
    // a company's suffix before "of" and one word: the country's branch
    ["en", "The cameras came from Velmora Corporation of Quarnixland last year.", ["Velmora Corporation of Quarnixland [company]"]],
    // capitalised stopwords in mid-sentence open the name
    ["en", "Workers from No Tech for Quarnix said the firm lied.", ["No Tech for Quarnix [company]"]],
    // a capitalised determiner opening the sentence makes the run the sentence's start: once, no name
    ["en", "The Quarnix launched a new tool in May.", []],
    // a programme's head takes its name right after it; "Program of Record" is a phrase
    ["en", "The army made Project Quarnix a Program of Record last year.", ["Project Quarnix [contract]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(
      discovered(extract(k, article(lang, text)))
        .concat(
          extract(k, article(lang, text))
            .graph.nodes.filter((n) => !n.curated && n.type === "contract")
            .map((n) => `${n.label} [contract]`),
        )
        .sort(),
    ).toEqual(expected);
  });
});
