// Issue 9, third round: names the extractor finds without a registry entry, one table per class,
// in English and French (sentences written for these tests).
import type { ExtractResult } from "../../src/extract/index";
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
    [
      "en",
      "The deal went to Borealo Systems, Quarnix, and Velmora.",
      ["Borealo Systems [company]", "Quarnix [company]", "Velmora [company]"],
    ],
    [
      "fr",
      "Après Quarnix, Velmora et Tesseline Systèmes, c'est au tour de Borealo.",
      ["Quarnix [company]", "Tesseline Systèmes [company]", "Velmora [company]"],
    ],
    // no company or organisation in the list: nothing to give
    ["en", "The tour went through Quarnix, Velmora and Tesseline in May.", []],
    // a word the article also writes in lowercase is a common noun, even in a list
    [
      "en",
      "The firm Quarnix Systems, Genocide and Deportations: the report on genocide was read.",
      ["Quarnix Systems [company]"],
    ],
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
