// Issue 9, third round: names the extractor finds without a registry entry, one table per class,
// in English and French (sentences written for these tests).
import type { ExtractResult } from "../../src/extract/index";
import { spellsInitials } from "../../src/extract/stages/06-forms";
import { typedByList } from "../../src/extract/stages/06-lists";
import { tokenize } from "../../src/extract/text/tokens";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["canada", "france", "germany"]);
const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const discovered = (r: ExtractResult) =>
  r.graph.nodes
    .filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}${n.country ? `,${n.country}` : ""}]`)
    .sort();
const names = (lang: "en" | "fr", body: string) => discovered(extract(k, article(lang, body)));
type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a list of three names or more closed by and/et takes the type of its companies", () => {
  it.each<Row>([
    [
      "en",
      "The agency awarded the deal to Borealo Web Services, Quarnix, Velmora and Tesseline last week.",
      ["Borealo Web Services [company]", "Quarnix [company]", "Tesseline [company]", "Velmora [company]"],
    ],
    ["en", "The deal went to Borealo Systems, Quarnix, and Velmora.", ["Borealo Systems [company]", "Quarnix [company]", "Velmora [company]"]],
    [
      "fr",
      "Après Quarnix, Velmora et Tesseline Systèmes, c'est au tour de Borealo.",
      ["Quarnix [company]", "Tesseline Systèmes [company]", "Velmora [company]"],
    ],
    // no company or organisation in the list: nothing to give
    ["en", "The tour went through Quarnix, Velmora and Tesseline in May.", []],
    // a word the article also writes in lowercase is a common noun, even in a list
    ["en", "The firm Quarnix Systems, Genocide and Deportations: the report on genocide was read.", ["Quarnix Systems [company]"]],
    // two one-word names stay products
    ["fr", "La société Quarnix Systems vend Gotham et Foundry.", ["Quarnix Systems [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("typedByList", () => {
  const toks = tokenize("A1 , B2 , C3 and D4 , E5");
  it("types the untyped members of a closed list of three or more, not what follows it", () => {
    const items = [
      { first: 0, end: 1, type: "company" as const },
      { first: 2, end: 3 },
      { first: 4, end: 5 },
      { first: 6, end: 7 },
      { first: 8, end: 9 },
    ];
    expect([...typedByList(toks, items).entries()].sort()).toEqual([
      [1, "company"],
      [2, "company"],
      [3, "company"],
    ]);
  });
  it("leaves a list that mixes in a person", () => {
    const items = [
      { first: 0, end: 1, type: "company" as const },
      { first: 2, end: 3, type: "person" as const },
      { first: 4, end: 5 },
      { first: 6, end: 7 },
    ];
    expect(typedByList(toks, items).size).toBe(0);
  });
});

describe("a stopword that opens names stays in a longer one", () => {
  it.each<Row>([
    ["en", "Officials at the State Department declined to comment.", ["State Department [agency]"]],
    ["en", "The contract was first spotted by the accountability nonprofit Tech Inquiry last year.", ["Tech Inquiry [organization]"]],
    ["en", "The tender was won by General Quarnix Systems in May.", ["General Quarnix Systems [company]"]],
    ["fr", "Le marché revient à Nouvelle Quarnix Technologies, selon le ministère.", ["Nouvelle Quarnix Technologies [company]"]],
    // alone, or before a lowercase word, it is still no name
    ["en", "New rules came out. State officials said so.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("news outlets: a cue word or a title word makes them companies", () => {
  it.each<Row>([
    ["fr", "Le journal norvégien Velposten a révélé la semaine dernière ces achats.", ["Velposten [company,NO]"]],
    ["fr", "Selon le média Quarnix, la police utilise le logiciel.", ["Quarnix [company]"]],
    ["en", "The deal was first reported by the newspaper Quarnix Daily.", ["Quarnix Daily [company]"]],
    ["en", "Officials told The Velmora Times that the deal was signed.", ["Velmora Times [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a name between commas right after a cue word", () => {
  it.each<Row>([
    ["en", "The ruling follows a challenge from the civil rights group, Quarnix, on behalf of a resident.", ["Quarnix [organization]"]],
    ["fr", "La plainte vient de l'association, Velmora, au nom d'un habitant.", ["Velmora [organization]"]],
    // without the closing comma it is a clause, not an apposition
    ["en", "Like any company, Quarnix wants profit.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("lowercase institutions: a head that a nationality, a place or a level of government makes one body", () => {
  it.each<Row>([
    ["fr", "La police cantonale vaudoise possède les mêmes outils.", ["police cantonale vaudoise [agency]"]],
    ["fr", "Les drones sont destinés aux armées françaises.", ["armées françaises [agency,FR]"]],
    ["fr", "Selon le renseignement militaire israélien, rien n'a changé.", ["renseignement militaire israélien [agency,IL]"]],
    ["fr", "La gendarmerie nationale enquête sur l'affaire.", ["gendarmerie nationale [agency]"]],
    ["en", "Uyghurs are tracked by Xinjiang police across the region.", ["Xinjiang police [agency,CN]"]],
    ["en", "The border police bought the software last year.", ["border police [agency]"]],
    // the head alone names no one; a level without a determiner is a kind of body; a verb is no adjective
    ["fr", "La police a acheté le logiciel.", []],
    ["fr", "Des véhicules de police municipale passent dans la rue.", []],
    ["en", "Police officers used the tool.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("an acronym used alone and an inverted form are the same institution as its long name", () => {
  it.each<Row>([
    [
      "en",
      "The Department of Quarnix Affairs signed it. Then the Quarnix Affairs Department said so, and the DQA paid.",
      ["Department of Quarnix Affairs [agency]"],
    ],
    ["fr", "La Direction des Velmora Publiques a signé. Puis la DVP a payé.", ["Direction des Velmora Publiques [agency]"]],
    // letters that spell another name stay apart
    ["en", "The Department of Quarnix Affairs signed it, and the FBI paid.", ["Department of Quarnix Affairs [agency]", "FBI [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("spellsInitials", () => {
  const connector = (w: string) => ["of", "de", "des", "and"].includes(w);
  it.each<[letters: string, words: string[], expected: boolean]>([
    ["dod", ["department", "of", "defense"], true],
    ["dd", ["department", "of", "defense"], true],
    ["dvp", ["direction", "des", "velmora", "publiques"], true],
    ["fbi", ["department", "of", "defense"], false],
    ["do", ["department", "of", "defense"], false],
  ])("%s ↔ %j: %s", (letters, words, expected) => {
    expect(spellsInitials(letters, words, connector)).toBe(expected);
  });
});

describe("institutions closed by a number, an agency suffix or a nationality; state-owned companies", () => {
  it.each<Row>([
    ["en", "The tool was given to Unit 8200 last year.", ["Unit 8200 [agency]"]],
    ["fr", "Microsoft a coupé l'accès d'Unité 731 à Azure.", ["Unité 731 [agency]"]],
    ["en", "Agents of the Quarnix Enforcement Administration used it.", ["Quarnix Enforcement Administration [agency]"]],
    ["en", "The loan came from the Canada Quarnix Bank in 2019.", ["Canada Quarnix Bank [company]"]],
    // a state before a product name is still no company
    ["en", "The Canada Quarnix suite was sold.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
