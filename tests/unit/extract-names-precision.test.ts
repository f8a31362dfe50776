// Issue 9, precision: what looks like a name but names no actor of the story. One table per class, in
// English and French (sentences written for these tests).
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

describe("a headline or byline line's capitals name nothing the article does not name again", () => {
  it.each<Row>([
    ["en", "Border Drones—the Next Frontier for Human Rights\n\nThe army signed a contract with Quarnix Systems in May.", ["Quarnix Systems [company]"]],
    ["en", "The army signed a contract with Quarnix Systems in May.\n\nDaniel Whitfield", ["Quarnix Systems [company]"]],
    [
      "fr",
      "Surveillance aux Frontières : le Grand Marché des Nouvelles Technologies\n\nL'armée a signé un contrat avec la société Quarnix.",
      ["Quarnix [company]"],
    ],
    ["fr", "L'armée a signé un contrat avec la société Quarnix, a dit le ministre.\nCamille Dubreuil", ["Quarnix [company]"]],
    // a name the headline shares with the body is still found
    ["en", "Quarnix Systems Wins Border Deal\n\nThe army signed a contract with Quarnix Systems in May.", ["Quarnix Systems [company]"]],
    // a sentence closed by a full stop is no headline, however capitalised
    ["en", "The deal was signed by Daniel Whitfield.", ["Daniel Whitfield [person]"]],
    ["fr", "Le contrat a été signé par Camille Dubreuil.", ["Camille Dubreuil [person]"]],
  ])("%s: %j", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a person's name written in either order is one person", () => {
  it.each<Row>([
    [
      "en",
      "Chief Executive Officer Marjan Hussein appeared before the committee. The chief executive Hussein Marjan said the contract was legal.",
      ["Marjan Hussein [person]"],
    ],
    ["fr", "Le directeur Marjan Hussein a parlé. Selon le directeur général Hussein Marjan, le contrat est légal.", ["Marjan Hussein [person]"]],
    // two people sharing one word stay two
    ["en", "The director Marjan Hussein met the minister Hussein Ali on Monday.", ["Hussein Ali [person]", "Marjan Hussein [person]"]],
  ])("%s: %j", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a state named only as a place, and in no relation, is no actor of the article", () => {
  const states = (lang: "en" | "fr", body: string) =>
    extract(k, article(lang, body))
      .graph.nodes.filter((n) => n.type === "state" && n.mentions.length > 0)
      .map((n) => n.label)
      .sort();
  it.each<Row>([
    ["en", "The Velmora police bought drones from Quarnix Systems in Canada last year.", []],
    ["en", "Quarnix Systems, which is from Germany, sold the kits for about US$5.5 million.", []],
    ["fr", "En France, la police utilise les drones de la société Quarnix depuis 2019.", []],
    // a place opening a list is no party of what the rest of the list does
    ["en", "In Canada, the police use drones supplied by Quarnix Systems.", []],
    ["fr", "La société Quarnix, installée aux États-Unis et au Canada, a vendu ses drones à la police.", []],
    // the same state as an actor stays
    ["en", "Canada signed a contract with Quarnix Systems in May.", ["Canada"]],
    ["fr", "La France a signé un contrat avec la société Quarnix en mai.", ["France"]],
    // one mention as an actor is enough
    ["en", "Quarnix Systems opened an office in Canada. Canada praised the company.", ["Canada"]],
  ])("%s: %j", (lang, text, expected) => {
    expect(states(lang, text)).toEqual(expected);
  });
});

describe("a known company's name opening an agency's or an association's name is that namesake's first words", () => {
  const known = knowledgeWith(["canada", "france", "the-independent", "orange"]);
  const entities = (lang: "en" | "fr", body: string) =>
    extract(known, article(lang, body))
      .graph.nodes.filter((n) => n.type !== "contract" && n.mentions.length > 0)
      .map((n) => `${n.label} [${n.type}]`)
      .sort();
  it.each<Row>([
    [
      "en",
      "The Independent Electoral and Boundaries Commission bought kits from Quarnix Systems.",
      ["Independent Electoral and Boundaries Commission [agency]", "Quarnix Systems [company]"],
    ],
    ["fr", "La Fondation Orange Solidarité a signé un accord avec la société Quarnix.", ["Fondation Orange Solidarité [organization]", "Quarnix [company]"]],
    // the company's product or service stays the company's
    ["en", "The Independent Digital service was launched with Quarnix Systems.", ["Quarnix Systems [company]", "The Independent [company]"]],
    ["fr", "Orange Business a signé un accord avec la société Quarnix.", ["Orange [company]", "Quarnix [company]"]],
  ])("%s: %j", (lang, text, expected) => {
    expect(entities(lang, text)).toEqual(expected);
  });
});

describe("a name the article also writes right after a company's name is that company's product", () => {
  it.each<Row>([
    [
      "en",
      "The police bought Quarnix Systems licences. Quarnix Systems Vireo is sold to armies. The army works with Vireo every day.",
      ["Quarnix Systems [company]"],
    ],
    [
      "fr",
      "La police utilise le logiciel de la société Quarnix. Quarnix Vireo est vendu aux armées. Combiné avec Vireo, le système analyse les images.",
      ["Quarnix [company]"],
    ],
    // a name never written after a company's stays an organisation
    ["en", "The army works with Vireo every day.", ["Vireo [company]"]],
    ["fr", "L'armée travaille avec Vireo depuis 2019.", ["Vireo [company]"]],
  ])("%s: %j", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("an acronym whose first letters come from the title or role before a name is that name's form", () => {
  it.each<Row>([
    [
      "en",
      "John Smith, the inspector general of the National Police, signed the deal with Quarnix Systems. According to the statement, the IGNP will pay for it.",
      ["John Smith [person]", "National Police [agency]", "National Police – Quarnix Systems agreement [contract]", "Quarnix Systems [company]"].sort(),
    ],
    [
      "fr",
      "Martin Dupont, délégué général à la Sûreté nationale, a signé hier avec la société Quarnix. Selon le texte, la DGSN paiera le contrat.",
      ["Martin Dupont [person]", "Quarnix [company]", "Sûreté nationale [agency]"],
    ],
  ])("%s: %j", (lang, text, expected) => {
    const all = extract(k, article(lang, text))
      .graph.nodes.filter((n) => !n.curated)
      .map((n) => `${n.label} [${n.type}]`)
      .sort();
    expect(all).toEqual(expected);
  });
});

describe("a name closed by 'International' is an association's unless a company word comes before it", () => {
  it.each<Row>([
    [
      "en",
      "The report by Quarnix International was criticised by Velmora Systems International.",
      ["Quarnix International [organization]", "Velmora Systems International [company]"],
    ],
    [
      "fr",
      "Le rapport de Quarnix International critique la société Velmora Technologies Global.",
      ["Quarnix International [organization]", "Velmora Technologies Global [company]"],
    ],
  ])("%s: %j", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a name a state's name opens and the same name alone are one entity", () => {
  const corpus = (texts: Record<string, string>) =>
    extract(k, texts)
      .graph.nodes.filter((n) => !n.curated && n.type !== "contract")
      .map((n) => n.type)
      .sort();
  it.each<[string, Record<string, string>, string[]]>([
    [
      "in one article",
      { "a.txt": article("en", "Canada Border Services Agency bought drones from Quarnix Systems. The Border Services Agency will pay for them.") },
      ["agency", "company"],
    ],
    [
      "across articles",
      {
        "a.txt": article("en", "Canada Border Services Agency bought drones from Quarnix Systems."),
        "b.txt": article("fr", "La Border Services Agency a acheté des drones à la société Velmora."),
      },
      ["agency", "company", "company"],
    ],
  ])("%s", (_what, texts, expected) => {
    expect(corpus(texts)).toEqual(expected);
  });
});
