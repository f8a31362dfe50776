// An article's publication date read in its head, with the words of data/language.yaml: full dates
// in both languages and numeric forms; bylines, date lines, datelines and "Publié le / Updated"
// lines; body dates never; two different dates (not a published/updated pair) give none.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { fullDateFinder } from "../../src/extract/full-dates";
import { publishedReader, type PublishedWords } from "../../src/extract/published";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const words = parse(readFileSync("data/language.yaml", "utf8")) as PublishedWords;
const reader = publishedReader(words);
const headDate = (text: string, lang = "en") => reader.fromHead(text, lang).date;

const BODY_EN =
  "The Department of Defense awarded the company a contract worth 300 million dollars to supply cloud services to its intelligence agencies, according to documents seen by reporters.";
const BODY_FR =
  "Le ministère des Armées a attribué à l’entreprise un contrat de 300 millions d’euros pour fournir des services cloud à ses services de renseignement, selon des documents consultés par la rédaction.";

describe("full dates in both languages", () => {
  const find = fullDateFinder({
    months: words.months!,
    abbreviations: words.month_abbreviations,
    daySuffixes: words.day_suffixes,
    numericOrders: words.numeric_date_orders,
  });
  it.each([
    ["26 septembre 2025", "fr", "2025-09-26"],
    ["1er octobre 2025", "fr", "2025-10-01"],
    ["le 3 févr. 2024", "fr", "2024-02-03"],
    ["mardi 12 DÉC 2023", "fr", "2023-12-12"],
    ["September 26, 2025", "en", "2025-09-26"],
    ["Sept. 26, 2025", "en", "2025-09-26"],
    ["Sep 26 2025", "en", "2025-09-26"],
    ["March 1st, 2024", "en", "2024-03-01"],
    ["26 September 2025", "en", "2025-09-26"],
    ["2025-09-26", "en", "2025-09-26"],
    ["2025-09-26T08:30:00Z", "fr", "2025-09-26"],
    ["26/09/2025", "fr", "2025-09-26"],
    ["26.09.2025", "fr", "2025-09-26"],
    ["03/04/2025", "fr", "2025-04-03"],
    ["09/26/2025", "en", "2025-09-26"],
    ["26/09/2025", "en", "2025-09-26"],
    ["29 février 2024", "fr", "2024-02-29"],
  ])("%s (%s) → %s", (text, lang, iso) => {
    expect(find(text, lang).map((d) => d.iso)).toEqual([iso]);
  });

  it.each([
    ["29 février 2025", "fr"], // no such day
    ["31/04/2025", "fr"],
    ["32 mars 2024", "fr"],
    ["en octobre 2019", "fr"], // no day: not a full date
    ["since 2020", "en"],
    ["13/13/2025", "en"],
    ["build 1.2.2025.3", "en"],
    ["Marseille 2025, 26 personnes", "fr"],
  ])("%s (%s) is not a full date", (text, lang) => {
    expect(find(text, lang)).toEqual([]);
  });

  it("a numeric date that reads two ways in English is found, unread", () => {
    expect(find("03/04/2025", "en")).toEqual([{ start: 0, end: 10, iso: null, raw: "03/04/2025" }]);
  });
});

describe("the publication date in an article's head", () => {
  it.each([
    // a byline or date line between the title and the body
    ["en byline", `Pentagon expands cloud deal\nBy Jane Doe, Reuters\nSeptember 26, 2025\n${BODY_EN}`, "en", "2025-09-26"],
    ["en byline and date on one line", `Pentagon expands cloud deal\nBy Jane Doe | Sept. 26, 2025 | 4 min read\n${BODY_EN}`, "en", "2025-09-26"],
    ["fr date line", `Le ministère étend son contrat cloud\nPar Jean Dupont\n26 septembre 2025\n${BODY_FR}`, "fr", "2025-09-26"],
    ["fr weekday", `Le ministère étend son contrat cloud\nvendredi 26 septembre 2025 à 10h32\n${BODY_FR}`, "fr", "2025-09-26"],
    ["date before the title", `26/09/2025\nLe ministère étend son contrat cloud\n${BODY_FR}`, "fr", "2025-09-26"],
    // a dateline opening the first paragraph
    ["en dateline", `Pentagon expands cloud deal\n\nWASHINGTON, Sept. 26, 2025 — ${BODY_EN}`, "en", "2025-09-26"],
    ["fr dateline", `Le ministère étend son contrat\nParis, le 26 septembre 2025 – ${BODY_FR}`, "fr", "2025-09-26"],
    // cue lines, wherever they are in the first characters
    ["fr publié le", `Le ministère étend son contrat\n${BODY_FR}\nPublié le 26/09/2025 à 10h32`, "fr", "2025-09-26"],
    [
      "fr published/updated pair",
      `Le ministère étend son contrat\nPublié le 26/09/2025 à 10h32, mis à jour le 27/09/2025 à 08h00.\n${BODY_FR}`,
      "fr",
      "2025-09-26",
    ],
    ["en updated before published", `Cloud deal\nUpdated Sept. 27, 2025 · Published Sept. 26, 2025\n${BODY_EN}`, "en", "2025-09-26"],
    ["en cue alone on its line", `Cloud deal\nPublished\n2025-09-26\n${BODY_EN}`, "en", "2025-09-26"],
    ["en date line and a later update", `Cloud deal\nSeptember 26, 2025\nLast updated: September 28, 2025\n${BODY_EN}`, "en", "2025-09-26"],
    ["en only an update", `Cloud deal\nUpdated: 09/28/2025\n${BODY_EN}`, "en", "2025-09-28"],
    ["the same date twice", `Cloud deal\nSeptember 26, 2025\n${BODY_EN}\nPublished 2025-09-26`, "en", "2025-09-26"],
  ])("%s", (_name, text, lang, expected) => {
    expect(headDate(text, lang)).toBe(expected);
  });

  it.each([
    // two different dates that are not a published/updated pair
    ["two date lines", `Cloud deal\nSeptember 26, 2025\nSeptember 24, 2025\n${BODY_EN}`, "en"],
    ["two published dates", `Le ministère étend son contrat\nPublié le 26/09/2025\nPublié le 25/09/2025\n${BODY_FR}`, "fr"],
    ["a date line and a different published date", `Cloud deal\nSeptember 24, 2025\nPublished September 26, 2025\n${BODY_EN}`, "en"],
    ["two different updates only", `Cloud deal\nUpdated 2025-09-27\nUpdated 2025-09-28\n${BODY_EN}`, "en"],
    ["a numeric date that reads two ways in English", `Cloud deal\nBy Jane Doe\n03/04/2025\n${BODY_EN}`, "en"],
    // dates that are not the article's
    ["an event date in the body", `Cloud deal\n${BODY_EN} The contract was signed on September 26, 2025.`, "en"],
    [
      "a clause before a dash is no dateline",
      `Des entreprises fourniraient des services\nD'après un rapport du 3 mars 2024, plusieurs entreprises américaines - dont Google - fourniraient des services web à des sociétés chinoises.\n${BODY_FR}`,
      "fr",
    ],
    ["fr body opening with a date", `Le ministère étend son contrat\nLe 26 septembre 2025, ${BODY_FR}`, "fr"],
    ["a report published in the body", `Le ministère étend son contrat\n${BODY_FR.slice(0, -1)}, selon un rapport publié le 12 mars 2024.`, "fr"],
    ["a title that names an event's date", `What happened on October 7, 2023 at the border\n${BODY_EN}`, "en"],
    [
      "a subtitle that states a date",
      `Cloud deal\nA report released on 12 March 2024 by two human rights groups says the contract broke the export rules\n${BODY_EN}`,
      "en",
    ],
    ["a date past the head", `Cloud deal\n${BODY_EN}\n${BODY_EN}\n${BODY_EN}\n${BODY_EN}\nPublished 2025-09-26`, "en"],
    ["a year alone", `Fujitsu et Palantir\nFujitsu et Palantir collaborent déjà depuis 2020.\n${BODY_FR}`, "fr"],
    ["no date at all", `Cloud deal\n${BODY_EN}`, "en"],
    ["an empty text", "", "en"],
  ])("%s → null", (_name, text, lang) => {
    expect(headDate(text, lang)).toBeNull();
  });

  it("says which dates made the head ambiguous", () => {
    expect(reader.fromHead(`Cloud deal\nSeptember 26, 2025\nSeptember 24, 2025\n${BODY_EN}`, "en")).toEqual({
      date: null,
      conflict: ["September 26, 2025", "September 24, 2025"],
    });
  });

  it.each([
    ["26/09/2025", "fr", "2025-09-26"],
    ["2025-09-26T08:30:00+02:00", "en", "2025-09-26"],
    ["Sept. 26, 2025", "en", "2025-09-26"],
    ["2025-09", "en", "2025-09"],
    ["printemps 2025", "fr", "printemps 2025"],
  ])("front matter %s (%s) → %s", (value, lang, expected) => {
    expect(reader.normalize(value, lang)).toBe(expected);
  });
});

describe("prepared articles", () => {
  const k = knowledgeWith(["amazon"]);
  const GOOD = "Amazon fournit des services cloud au ministère des Armées depuis plusieurs années, selon un document consulté.";

  it("take the head's date when the front matter has none", () => {
    const r = extract(k, { "a.txt": `Amazon et l’armée\nPar Jean Dupont\n26 septembre 2025\n${GOOD}` });
    expect(r.graph.articles[0]!.published).toBe("2025-09-26");
  });

  it.each([
    ["a byline with its date", "Par Jean Dupont le 26/09/2025"],
    ["a 'Publié le' line", "Publié le 26 septembre 2025 à 10h32"],
    ["a 'Published' prefix glued to the text", "Published 26/09/2025"],
  ])("read the date of %s, a line that cleaning removes from the text", (_name, line) => {
    const r = extract(k, { "a.txt": `Amazon et l’armée\n${line}\n${GOOD}` });
    expect(r.articles[0]!.text).not.toContain("2025");
    expect(r.graph.articles[0]!.published).toBe("2025-09-26");
  });

  it("keep the front matter's date over the head's, as YYYY-MM-DD", () => {
    const r = extract(k, { "a.md": `---\npublished: 24/09/2025\nlanguage: fr\n---\nAmazon et l’armée\n26 septembre 2025\n${GOOD}` });
    expect(r.graph.articles[0]!.published).toBe("2025-09-24");
  });

  it("say why an ambiguous head gives no date", () => {
    const r = extract(k, { "a.txt": `Amazon et l’armée\n26 septembre 2025\n24 septembre 2025\n${GOOD}` });
    expect(r.graph.articles[0]!.published).toBeNull();
    expect(r.report.warnings).toContainEqual({
      file: "a.txt",
      reason: "the article's head states different dates ('26 septembre 2025', '24 septembre 2025'): no publication date is taken from it",
    });
  });
});
