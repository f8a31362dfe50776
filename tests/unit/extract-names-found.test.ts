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
    ["en", "In Kenya, the Director of Public Prosecutions charged the firm.", ["kenya-prosecutor [agency,KE]"]],
    [
      "fr",
      "En France, le parquet a ouvert une enquête sur les services de renseignement.",
      ["france-intelligence [agency,FR]", "france-prosecutor [agency,FR]"],
    ],
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

/** The discovered names of an article as "label [type,country]", forms included after " = ". */
const found = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}${n.country ? `,${n.country}` : ""}]`)
    .sort();

describe("a fund or a pension system: a place before a lowercase head, a plural's apostrophe inside the name", () => {
  it.each<Row>([
    [
      "en",
      "The Manitoba public pension fund sold its stake in Quarnix Systems.",
      ["Manitoba public pension fund [organization,CA]", "Quarnix Systems [company]"],
    ],
    [
      "en",
      "The Ontario Nurses' Retirement System owns shares in Quarnix Systems.",
      ["Ontario Nurses' Retirement System [organization]", "Quarnix Systems [company]"],
    ],
    ["fr", "Le fonds de pension canadien a vendu ses parts de Quarnix Systems.", ["Quarnix Systems [company]", "fonds de pension canadien [organization,CA]"]],
    ["fr", "Le fonds souverain norvégien a vendu ses parts de Quarnix Systems.", ["Quarnix Systems [company]", "fonds souverain norvégien [organization,NO]"]],
    [
      "en",
      "The Norwegian sovereign wealth fund sold its Quarnix Systems shares.",
      ["Norwegian sovereign wealth fund [organization,NO]", "Quarnix Systems [company]"],
    ],
    // a plural class of funds names no one
    ["en", "Public Pension Funds are the next battleground.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });
});

describe("an acronym given in parentheses names the long form alone later, whatever its letters spell", () => {
  it.each<[lang: "en" | "fr", text: string, long: string, acronym: string]>([
    [
      "en",
      "The Manitoba Public Employees Retirement System (PERS) holds shares in Quarnix Systems. PERS said it would sell them.",
      "Manitoba Public Employees Retirement System",
      "PERS",
    ],
    [
      "en",
      "The Alberta State Teachers' Retirement System (AbSTRS) owns Quarnix Systems shares. AbSTRS declined to comment.",
      "Alberta State Teachers' Retirement System",
      "AbSTRS",
    ],
    ["fr", "La Fondation Veltrix Santé (FoVS) détient des parts de Quarnix Systems. La FoVS n'a pas répondu.", "Fondation Veltrix Santé", "FoVS"],
  ])("%s: %s", (lang, text, long, acronym) => {
    const owner = extract(k, article(lang, text)).graph.nodes.find((n) => n.label === long);
    const at = text.lastIndexOf(acronym);
    expect(owner?.mentions.some((m) => m.start === at)).toBe(true);
  });
});

describe("a subsidiary written by a noun and a nationality is the company's branch in that country", () => {
  it.each<Row>([
    [
      "fr",
      "Quarnix Systems vend des caméras. Le contrat a été signé par la filiale camerounaise de la société chinoise.",
      ["quarnix-systems [company]", "quarnix-systems-cm [company,CM]"],
    ],
    ["fr", "Le contrat lie la police à la filiale kényane de Quarnix Systems.", ["quarnix-systems [company]", "quarnix-systems-ke [company,KE]"]],
    ["en", "Quarnix Systems's Kenyan unit signed the deal.", ["quarnix-systems [company]", "quarnix-systems-ke [company,KE]"]],
    ["en", "The deal went to the Canadian subsidiary of Quarnix Systems.", ["quarnix-systems [company]", "quarnix-systems-ca [company,CA]"]],
    // the owner's short name after its first mention
    [
      "en",
      "The spyware vendor Quarnix Solutions won. Quarnix's US subsidiary signed it.",
      ["quarnix-solutions [company]", "quarnix-solutions-us [company,US]"],
    ],
    // no company to own it: no subsidiary
    ["en", "The deal went to a Canadian unit of the army.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a name modifying a hardware noun is its maker, a company", () => {
  it.each<Row>([
    ["en", "The commission now uses Veltrix laptops instead of the old kits.", ["Veltrix [company]"]],
    ["en", "The city bought two thousand Quorvane cameras.", ["Quorvane [company]"]],
    ["fr", "La ville a installé des caméras Quorvane dans le centre.", ["Quorvane [company]"]],
    ["fr", "La commission utilise des ordinateurs portables Veltrix.", ["Veltrix [company]"]],
    // a product's own name before "spyware", a multi-word phrase before "kits": no maker
    ["en", "The agency used Pegasus spyware against them.", []],
    ["en", "The firm supplied Biometric Voter Registration kits.", []],
    // another cue of the article wins: "PSCA said" makes an agency
    ["en", "Veltrix will activate PSCA cameras by May. PSCA said the cameras work.", ["PSCA [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(found(lang, text)).toEqual(expected);
  });
});

describe("a list of bare institution nouns goes on through one the registry knows", () => {
  const withGendarmerie = knowledgeWith(["france", "gendarmerie-nationale"]);
  it.each<[text: string, expected: string[]]>([
    [
      "La France a commandé 300 terminaux pour la police, gendarmerie, douane, administration pénitentiaire.",
      ["france-customs [agency,FR]", "france-police [agency,FR]", "france-prison-administration [agency,FR]", "gendarmerie-nationale [agency,FR]"],
    ],
    ["La France équipe la gendarmerie et la douane.", ["france-customs [agency,FR]", "gendarmerie-nationale [agency,FR]"]],
  ])("%s", (text, expected) => {
    expect(nodes(extract(withGendarmerie, article("fr", text)))).toEqual(expected);
  });
});

describe("a company's name followed by a state's names its branch in that state", () => {
  it.each<Row>([
    ["fr", "Le contrat a été signé avec la société Quarnix Labs, puis avec Quarnix Labs Kenya.", ["quarnix-labs [company]", "quarnix-labs-kenya [company,KE]"]],
    ["en", "The firm Quarnix Labs opened an office; Quarnix Labs Canada said it would hire.", ["quarnix-labs [company]", "quarnix-labs-canada [company,CA]"]],
    // a possessive: the state is not part of the name
    ["en", "The firm Quarnix Labs sold it to Kenya. Quarnix Labs Kenya's rivals objected.", ["quarnix-labs [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
