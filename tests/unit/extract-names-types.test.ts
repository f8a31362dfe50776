// Issue 9, types and persons: what the words around a name say of it — a title between an organisation
// and a person, a title's complement, compound surnames — in English and French (sentences written for these tests).
import type { ExtractResult } from "../../src/extract/index";
import { edgeLines, extract, knowledgeWith } from "../fixtures/extract/run";

// Only a few states in the registry: everything else must be discovered.
const k = knowledgeWith(["canada", "france", "germany", "kenya"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const discovered = (r: ExtractResult) =>
  r.graph.nodes
    .filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}${n.country ? `,${n.country}` : ""}]`)
    .sort();
const run = (lang: "en" | "fr", body: string) => extract(k, article(lang, body));
const names = (lang: "en" | "fr", body: string) => discovered(run(lang, body));

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("persons: a title between an organisation and a person names both, and binds them", () => {
  it.each<[lang: "en" | "fr", text: string, expected: string[], edges: string[]]>([
    [
      "en",
      "Clearview AI CEO Hoan Ton-That said the company would appeal.",
      ["Clearview AI [company]", "Hoan Ton-That [person]"],
      ["hoan-ton-that -member_of-> clearview-ai"],
    ],
    [
      "en",
      "Toronto Police Chief Myron Demkiw said the pilot was over.",
      ["Myron Demkiw [person]", "Toronto Police [agency]"],
      ["myron-demkiw -member_of-> toronto-police"],
    ],
    [
      "fr",
      "Vigilis Technologies PDG Jean-Marc Morel a signé le contrat.",
      ["Jean-Marc Morel [person]", "Vigilis Technologies [company]"],
      ["jean-marc-morel -member_of-> vigilis-technologies"],
    ],
    // a title's qualifier that no role or suffix types is no organisation
    ["en", "Commerce Secretary Gina Raimondo said the rule was final.", ["Gina Raimondo [person]"], []],
    ["fr", "La Ministre Déléguée Amina Traoré a signé le décret.", ["Amina Traoré [person]"], []],
  ])("%s: %s", (lang, text, expected, edges) => {
    const r = run(lang, text);
    expect(discovered(r)).toEqual(expected);
    expect(edgeLines(r).filter((e) => e.includes("member_of"))).toEqual(edges);
  });
});

describe("persons: a title's complement is no one's name; compound and place-like surnames are", () => {
  it.each<Row>([
    ["en", "The Director of Public Prosecutions dropped the case.", []],
    ["fr", "Le Directeur de Cabinet a quitté la réunion.", []],
    ["en", "Secretary of Commerce Wilbur Ross signed the rule.", ["Wilbur Ross [person]"]],
    ["fr", "Le ministre de l'Intérieur Gérald Darmanin a signé le décret.", ["Gérald Darmanin [person]"]],
    ["fr", "Le texte cite le ministre du Plan Ismaël Nabé.", ["Ismaël Nabé [person]"]],
    ["en", "The Director of Public Prosecutions Noor Abdi Haji dropped the case.", ["Noor Abdi Haji [person]"]],
    ["en", "The lawsuit was filed by Marie Saint-Just, a lawyer.", ["Marie Saint-Just [person]"]],
    ["fr", "Amina Traoré et Koffi Yao ont fondé l'entreprise en 2015.", ["Amina Traoré [person]", "Koffi Yao [person]"]],
    ["en", "Sarah Okafor and Kwame Paris founded the startup in 2015.", ["Kwame Paris [person]", "Sarah Okafor [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("places give the country: a locating participle in apposition or before the name", () => {
  it.each<Row>([
    ["en", "Veltrix Networks, based in Waterloo, Canada, sold the boxes to the police.", ["Veltrix Networks [company,CA]", "police (CA) [agency,CA]"]],
    ["en", "Veltrix, headquartered in Nairobi, sold the boxes to the police.", ["Veltrix [company,KE]"]],
    ["fr", "Veltrix, basée à Waterloo, au Canada, a vendu les boîtiers.", ["Veltrix [company,CA]"]],
    ["fr", "Veltrix, implantée au Kenya, a vendu les boîtiers.", ["Veltrix [company,KE]"]],
    ["en", "Toronto-based Orvane sold the tool to the police.", ["Orvane [company,CA]"]],
    // a person located so stays a person
    ["en", "Amina Diallo, based in Nairobi, Kenya, said the tool was lawful.", ["Amina Diallo [person]"]],
    ["fr", "Amina Diallo, basée à Dakar, a dénoncé le contrat.", ["Amina Diallo [person]"]],
    // a located name with no place the gazetteer knows is not typed on that ground
    ["en", "Veltrix, based in the cloud, sold nothing.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("institutions named in their own language, and one-word compounds ending in a head", () => {
  it.each<Row>([
    ["en", "The Ministerio del Interior signed the order last week.", ["Ministerio del Interior [agency]"]],
    ["en", "The Fiscalía General de la Nación opened an inquiry.", ["Fiscalía General de la Nación [agency]"]],
    ["en", "The Bundesamt für Verfassungsschutz monitored the group.", ["Bundesamt für Verfassungsschutz [agency]"]],
    ["en", "The Bundeskriminalamt bought the spyware in 2019.", ["Bundeskriminalamt [agency]"]],
    ["fr", "La Policía Nacional a acheté les caméras en 2020.", ["Policía Nacional [agency]"]],
    ["fr", "Selon lui, la Polícia Federal utilise le logiciel.", ["Polícia Federal [agency]"]],
    ["fr", "Le Landeskriminalamt de Hesse a acheté le logiciel.", ["Landeskriminalamt de Hesse [agency]"]],
    // an ending alone, or a short word ending so, is no compound name
    ["en", "The Amt said nothing about it.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("an institution's state: named in or before its name, else the one state the article is about", () => {
  it.each<Row>([
    ["en", "Kenya's Supreme Court annulled the election.", ["Supreme Court [agency,KE]"]],
    ["en", "The Supreme Court of Kenya annulled the election. The Supreme Court said so.", ["Supreme Court of Kenya [agency,KE]"]],
    ["fr", "La Cour suprême du Kenya a annulé l'élection.", ["Cour suprême du Kenya [agency,KE]"]],
    ["fr", "En France, le ministère de la Défense a signé le contrat. La France paiera.", ["ministère de la Défense [agency,FR]"]],
    ["en", "In Germany, the Federal Intelligence Service bought the tool.", ["Federal Intelligence Service [agency,DE]"]],
    // an article naming several states gives no country rather than a wrong one
    ["fr", "La France et l'Allemagne : le ministère de la Défense a signé le contrat.", ["ministère de la Défense [agency]"]],
    ["en", "Canada and Germany met. The National Intelligence Service bought the tool.", ["National Intelligence Service [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("titles of police, courts and local governments open persons, and are no part of their names", () => {
  it.each<Row>([
    ["en", "“It was a welcome step,” said Chief Constable Matt Jukes, South Wales Police.", ["Matt Jukes [person]", "South Wales Police [agency]"]],
    ["en", "Mayor Olivia Chow said the city would not renew the contract.", ["Olivia Chow [person]"]],
    ["fr", "Le préfet Didier Lallement a défendu l'usage des drones.", ["Didier Lallement [person]"]],
    ["fr", "La députée Amina Traoré a interpellé le ministre.", ["Amina Traoré [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("regions, provinces and cities acting as governments are agencies named by the place", () => {
  it.each<Row>([
    ["fr", "Les länder d’Hesse et d’Hambourg sont visés par le jugement.", ["Hambourg [agency]", "Hesse [agency]"]],
    ["fr", "La région Île-de-France a signé le contrat.", ["Île-de-France [agency,FR]"]],
    ["fr", "La mairie de Nice a installé les caméras.", ["Nice [agency,FR]"]],
    ["en", "The Quebec government signed the contract.", ["Quebec [agency,CA]"]],
    ["en", "The state of Oaxaca bought the cameras in 2019.", ["Oaxaca [agency,MX]"]],
    ["en", "Nairobi County bought the cameras in 2019.", ["Nairobi County [agency,KE]"]],
    // the place itself, a person, a title or a common word is no government
    ["fr", "Les caméras sont installées dans la région du Xinjiang.", []],
    ["en", "The cameras were installed in the province of Ontario.", []],
    ["en", "He lives in Toronto, Ontario, and works for the police.", []],
    ["en", "The Trump government signed the order.", []],
    ["fr", "Le département d'État a sanctionné l'entreprise.", []],
    ["en", "The state Attorney General opened an inquiry.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("across articles, namesake institutions of different states stay apart", () => {
  const fr = (body: string) => article("fr", body);
  it("gives each state's 'ministère de la Défense' its own node, mentioned in its own article", () => {
    const r = extract(knowledgeWith(["france", "israel"]), {
      "a.txt": fr("En France, le ministère de la Défense a signé le contrat. La France paiera."),
      "b.txt": fr("En Israël, le ministère de la Défense a signé le contrat. Israël paiera."),
      "c.txt": fr("En France, le ministère de la Défense a lancé un appel d'offres."),
    });
    const agencies = r.graph.nodes
      .filter((n) => !n.curated && n.type === "agency")
      .map((n) => `${n.label} [${n.country}] ${[...new Set(n.mentions.map((m) => m.articleId))].join(",")}`)
      .sort();
    expect(agencies).toEqual(["ministère de la Défense [FR] a,c", "ministère de la Défense [IL] b"]);
  });
});

describe("context types a name: definite appositions, relative clauses, owned nouns, longest cue phrase", () => {
  it.each<Row>([
    ["en", "Quorvex, the Israeli spyware maker, denied the claims.", ["Quorvex [company,IL]"]],
    ["fr", "Quorvex, l'éditeur de logiciels espion, a démenti.", ["Quorvex [company]"]],
    ["en", "The contract was awarded to DXC, the IT services firm.", ["DXC [company]"]],
    ["en", "ABCD, a Nairobi-based startup, won the tender.", ["ABCD [company,KE]"]],
    ["en", "Quorvex, which makes facial recognition cameras, denied the claims.", ["Quorvex [company]"]],
    ["fr", "Quorvex, qui commercialise des caméras, a démenti.", ["Quorvex [company]"]],
    ["en", "Quorvex's shares fell after the report.", ["Quorvex [company]"]],
    ["fr", "Les actionnaires de Quorvex ont voté contre.", ["Quorvex [company]"]],
    ["en", "Quorvex, the civil liberties group, sued the police.", ["Quorvex [organization]"]],
    ["en", "Quorvex Chief Executive Dana Whitfield said so.", ["Dana Whitfield [person]", "Quorvex [company]"]],
    // a cue noun followed by a name introduces that name: the word before the comma is no apposition's head
    ["en", "Later, the Chinese company Zebra Vision signed.", ["Zebra Vision [company,CN]"]],
    ["fr", "Ensuite, la société chinoise Zebra Vision a signé.", ["Zebra Vision [company,CN]"]],
    // a list of names is no apposition: Quorvex is not typed by "the Budget Division" (it is found as an
    // organisation with no cue word, by the "with" before it: names with no cue word, 06-bare.ts)
    ["en", "The unit works with Quorvex, the Budget Division, the Legal Office and others.", ["Legal Office [agency]", "Quorvex [company]"]],
    // a relative clause about something else types nothing
    ["en", "Quorvex, which was founded in 2010, denied it.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
