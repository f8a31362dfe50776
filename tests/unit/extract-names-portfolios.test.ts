// Issue 9, French institutions of other states named in lowercase: a ministry named by its portfolio and a nationality
// on either side ("le ministère indonésien de la défense", "le ministère de la défense chilien"); without a nationality
// it says not whose it is. The nationalities of the states procurement and border stories name (sentences written here).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith([]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract" && n.type !== "state")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a lowercase ministry named by its portfolio and a nationality", () => {
  it.each<Row>([
    ["fr", "Le marché a été notifié par le ministère indonésien de la défense en mars.", ["ministère indonésien de la défense [agency]"]],
    ["fr", "Le marché a été notifié par le ministère de la défense chilien en mars.", ["ministère de la défense chilien [agency]"]],
    ["fr", "Une note du ministère malien des affaires étrangères circule.", ["ministère malien des affaires étrangères [agency]"]],
    ["fr", "Un porte-parole du ministère thaïlandais de l'intérieur a démenti.", ["ministère thaïlandais de l'intérieur [agency]"]],
    // no nationality, or no portfolio: no body named
    ["fr", "Le marché a été notifié par le ministère de la défense en mars.", []],
    ["fr", "Le ministère indonésien a annoncé la signature.", []],
    // the new nationalities place a cued company too
    ["fr", "Le contrat revient à la société péruvienne Qantoro Sistemas.", ["Qantoro Sistemas [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a role reaches its person past a lowercase portfolio", () => {
  it.each<Row>([
    ["fr", "Le contrat a été signé devant le ministre malien de la défense Souleymane Traoré hier.", ["Souleymane Traoré [person]"]],
    ["fr", "Il a reçu la ministre des affaires étrangères péruvienne Ana Quispe Huamán mardi.", ["Ana Quispe Huamán [person]"]],
    ["fr", "Le vice-ministre thaïlandais de l'intérieur Somchai Wongsawat a démenti.", ["Somchai Wongsawat [person]"]],
    // no role before the portfolio: no person (the name is left to the other cues)
    ["fr", "Le budget de la défense Quarnix Velmora a été voté.", ["Quarnix Velmora [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});
