// Issue 9, classes the names bank (tests/bank/names-*.yaml) showed missing: occupations beside a person's name,
// and the boards, centres and military formations that close a state body's name (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

// Only a few states in the registry: everything else must be discovered.
const k = knowledgeWith(["canada", "france", "kenya"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("persons: an occupation right before a name, or in apposition after it, makes it a person's", () => {
  it.each<Row>([
    ["en", "The files were leaked to investigative journalist Oduya Marrenko last spring.", ["Oduya Marrenko [person]"]],
    ["en", "Police arrested singer and MP Tembo Kasirye after the rally.", ["Tembo Kasirye [person]"]],
    ["en", "Senior Advocate Ravik Mendhara argued for the petitioners.", ["Ravik Mendhara [person]"]],
    ["fr", "Les services ont espionné le journaliste Stavros Pelekanos pendant un an.", ["Stavros Pelekanos [person]"]],
    ["fr", "La police a interpellé l'opposante Amaya Ouédrago devant le tribunal.", ["Amaya Ouédrago [person]"]],
    ["fr", "Ils ont surveillé Dimos Karavelis, un journaliste indépendant, pendant des mois.", ["Dimos Karavelis [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it.each<Row>([
    // an occupation qualifying another noun ("activist body") marks no one: the name after the noun is not a person's
    ["en", "The claim was backed by the healthcare activist body Fair Remedy last week.", []],
    // (the cue word "collectif" reaches the name past its adjective: an organisation, still no person — names-fr3)
    ["fr", "Le dossier a été suivi par le collectif militant Vox Libera depuis mai.", ["Vox Libera [organization]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("state bodies: a board, a centre, a general staff or a battalion closes an agency's name", () => {
  it.each<Row>([
    ["en", "The contract was reviewed by the Supreme Audit Board in March.", ["Supreme Audit Board [agency]"]],
    ["en", "The tools were installed at the National Signals Monitoring Center in 2022.", ["National Signals Monitoring Center [agency]"]],
    ["en", "Officers of the Rapid Response Battalion were trained on the devices.", ["Rapid Response Battalion [agency]"]],
    ["en", "The chief of the Hellenic Army General Staff was briefed.", ["Hellenic Army General Staff [agency]"]],
    ["fr", "Le marché a été attribué par le National Cyber Centre au printemps.", ["National Cyber Centre [agency]"]],
    ["en", "The National Consumers Convention joined the lawsuit.", ["National Consumers Convention [organization]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("bodies named by a lowercase noun and the place they serve: the whole phrase names an agency", () => {
  it.each<Row>([
    ["fr", "L'enquête a été ouverte par le parquet de Nantes en janvier.", ["parquet de Nantes [agency]"]],
    ["fr", "Le tribunal judiciaire de Rennes a rejeté la demande de la société.", ["tribunal judiciaire de Rennes [agency]"]],
    ["fr", "L'affaire est désormais devant la cour d'appel de Lyon.", ["cour d'appel de Lyon [agency]"]],
    ["en", "The petition was filed before the high court of Mombasa on Monday.", ["high court of Mombasa [agency]"]],
    ["en", "Records were requested by the police department of Winnipeg last year.", ["police department of Winnipeg [agency]"]],
    // two cities' prosecutors are two bodies
    ["fr", "Le parquet de Lille et le parquet de Nantes ont saisi les serveurs.", ["parquet de Lille [agency]", "parquet de Nantes [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a cue noun right after a name a determiner or a possessive opens types it, and is no part of it", () => {
  it.each<Row>([
    ["en", "The documents were first published by the Vradyni daily on Sunday.", ["Vradyni [company]"]],
    ["en", "Reports in Sunday's Kalimera newspaper named the ministers.", ["Kalimera [company]"]],
    ["en", "Members of the Civic Renewal (CR) party voted against it.", ["Civic Renewal [organization]"]],
    // French puts the noun first; a noun that is no cue types nothing
    ["fr", "Les documents ont été publiés par le quotidien Vradyni dimanche.", ["Vradyni [company]"]],
    ["en", "He read the Vradyni report on Sunday.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a possessive before an agency's closing head stays inside the name", () => {
  it.each<Row>([
    ["en", "A complaint was filed with the Prosecutor General's Office on Monday.", ["Prosecutor General's Office [agency]"]],
    ["en", "The Regional Auditor's Bureau opened an inquiry into the contract.", ["Regional Auditor's Bureau [agency]"]],
    ["fr", "La plainte a été transmise au Kenyan Prosecutor's Office la semaine dernière.", ["Kenyan Prosecutor's Office [agency]"]],
    // a possessive before a word that closes no agency's name ends the name there
    ["en", "The Kalvox Systems' new cameras were installed in March.", ["Kalvox Systems [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("an acronym beside a committee noun names a body, on the side the language puts the noun", () => {
  it.each<Row>([
    ["en", "The letter was sent to the chair of the SPYR committee in Brussels.", ["SPYR committee [agency]"]],
    ["en", "Witnesses refused to appear before the ICTA panel last week.", ["ICTA panel [agency]"]],
    ["fr", "Les membres de la commission SPYR se sont rendus à Athènes.", ["commission SPYR [agency]"]],
    ["fr", "Le comité TRAVE a rendu son rapport mardi.", ["comité TRAVE [agency]"]],
    // the noun on the other side, or an acronym that names no organisation, names no committee
    ["en", "The SMS committee notice was sent to all members.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
