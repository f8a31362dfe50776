// Nothing is dropped or guessed without a word: each case names its file in the report, and
// HTML is read after the front matter, so markup in a title cannot wreck the article.
import { extractCorpus } from "../../src/extract/index";
import { bytes, extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["amazon", "hikvision", "fujitsu", "palantir"]);
const GOOD = "Amazon fournit des services cloud à Hikvision depuis plusieurs années.";
const reasons = (r: ReturnType<typeof extract>, file: string) => r.report.warnings.filter((w) => w.file === file).map((w) => w.reason);

describe("front matter is read before HTML", () => {
  const html = `<!doctype html><html><body><p>${GOOD}</p></body></html>`;
  const r = extract(k, {
    "note.txt": `---\ntitle: "Note about <script> tags"\noutlet: Le Monde\nurl: https://example.org/a\n---\n${html}`,
  });

  it("keeps title, outlet and url when the title holds a tag", () => {
    expect(r.graph.articles[0]).toMatchObject({ title: "Note about <script> tags", outlet: "Le Monde", url: "https://example.org/a" });
    expect(r.articles[0]!.text).toBe(GOOD);
    expect(r.graph.edges.map((e) => e.id)).toEqual(["amazon|supplies|hikvision"]);
    expect(reasons(r, "note.txt")).toEqual(["looks like HTML: markup removed"]);
  });
});

describe("HTML in an article", () => {
  it("an unclosed <svg> keeps the rest of the article, and says how much it would have removed", () => {
    const r = extract(k, { "svg.txt": `<!doctype html><body><p>Intro.</p><svg viewBox="0 0 1 1"><path d="M0"/><p>${GOOD}</p></body>` });
    expect(r.graph.edges.map((e) => e.id)).toEqual(["amazon|supplies|hikvision"]);
    expect(reasons(r, "svg.txt")).toEqual([
      expect.stringMatching(/an unclosed <svg> would have removed the \d+ characters of text after it: read as empty instead/),
    ]);
  });

  it("decodes named entities: capitals and currency signs survive", () => {
    const r = extract(k, { "e.txt": "<!doctype html><p>L&rsquo;&Eacute;tat a pay&eacute; 3&nbsp;M&euro; &agrave; Amazon.</p>" });
    expect(r.articles[0]!.text).toBe("L’État a payé 3\u00a0M€ à Amazon.");
  });
});

describe("warnings that name the file", () => {
  it("two files with the same content", () => {
    const r = extract(k, { "a.txt": GOOD, "b.txt": GOOD });
    expect(reasons(r, "b.txt")).toEqual(["same article text as a.txt: both are read, so its evidence counts twice"]);
    expect(reasons(r, "a.txt")).toEqual([]);
  });

  it("a.txt and a.md side by side", () => {
    const r = extract(k, { "a.txt": GOOD, "a.md": "Le groupe japonais Fujitsu collabore avec Palantir." });
    expect(r.graph.articles.map((a) => [a.id, a.file])).toEqual([
      ["a", "a.md"],
      ["a-2", "a.txt"],
    ]);
    expect(reasons(r, "a.txt")).toEqual(["its id would be 'a', already the id of a.md: it is 'a-2' instead"]);
  });

  it("repeated lines removed: a 50,000-line article says how much went", () => {
    const line = "Amazon fournit des services cloud à Hikvision, selon le rapport annuel.";
    const r = extract(k, { "rep.txt": `${GOOD}\n${`${line}\n`.repeat(50_000)}` });
    expect(r.articles[0]!.text).toBe(`${GOOD}\n${line}`);
    expect(reasons(r, "rep.txt")).toEqual([
      `49,999 repeated lines removed (${(49_999 * line.length).toLocaleString("en-US")} characters): a line of 20 characters or more is kept only the first time it appears`,
    ]);
  });

  it("a language that is neither fr nor en", () => {
    const r = extract(k, { "de.txt": `---\nlanguage: de\n---\n${GOOD}` });
    expect(r.graph.articles[0]!.language).toBe("fr");
    expect(reasons(r, "de.txt")).toEqual(["front matter language 'de' is neither fr nor en: ignored, the text was detected as fr"]);
  });

  it("translationOf naming an article that does not exist", () => {
    const r = extract(k, {
      "fr.txt": `---\ntranslationOf: nowhere\n---\n${GOOD}`,
      "en.txt": "---\ntranslationOf: fr\n---\nAmazon supplies cloud services to Hikvision.",
    });
    expect(reasons(r, "fr.txt")).toEqual([expect.stringMatching(/^front matter translationOf 'nowhere' names no article .*: ignored$/)]);
    expect(reasons(r, "en.txt")).toEqual([]);
    expect(Object.fromEntries(r.graph.articles.map((a) => [a.id, a.translationOf]))).toEqual({ en: "fr", fr: "en" });
  });

  it("a page footer cutting the end of the text", () => {
    const body = `${GOOD}\n${"Le groupe japonais Fujitsu collabore avec Palantir.\n".repeat(3)}`;
    const tail = "Réagir\nUn autre article sur un autre sujet.";
    const r = extract(k, {
      "f.txt": `${body
        .split("\n")
        .map((l, i) => `${l} ${i}`)
        .join("\n")}\n${tail}`,
    });
    expect(r.articles[0]!.text).not.toMatch(/autre sujet/);
    expect(reasons(r, "f.txt")).toEqual([`the text from the line 'Réagir' on (${tail.length + 1} characters, in the second half) was cut as a page footer`]);
  });

  it("UTF-16 with its byte-order mark is text, not binary", () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, ...[...GOOD].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const r = extractCorpus([{ file: "u16.txt", bytes: utf16le }], k);
    expect(r.report.warnings).toEqual([]);
    expect(r.articles[0]!.text).toBe(GOOD);
    expect(r.graph.edges.map((e) => e.id)).toEqual(["amazon|supplies|hikvision"]);
  });

  it("NUL bytes: one rule wherever they are", () => {
    const late = bytes(`${GOOD} `.repeat(200));
    const withNul = new Uint8Array(late.length + 1);
    withNul.set(late);
    const early = Uint8Array.from([...bytes(GOOD), 0]);
    const r = extractCorpus(
      [
        { file: "late.txt", bytes: withNul },
        { file: "early.txt", bytes: early },
      ],
      k,
    );
    expect(r.graph.articles).toEqual([]);
    expect(reasons(r, "late.txt")).toEqual([`binary file (contains NUL bytes, the first at byte ${late.length.toLocaleString("en-US")})`]);
    expect(reasons(r, "early.txt")).toEqual([`binary file (contains NUL bytes, the first at byte ${bytes(GOOD).length})`]);
  });
});
