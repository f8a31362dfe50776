// Saved web pages: reduced to the article (no navigation, ads, scripts, captions, footers), with
// title, outlet, date, url and language from the page's metadata, in seeds/ as in the browser.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blockText, decodeHtml, htmlPageToSeed, isoDate, readHtmlPage } from "../../src/extract/html-page";
import { readArticleFiles } from "../../src/extract/io";
import { extractCorpus } from "../../src/extract/index";
import { knowledgeWith } from "../fixtures/extract/run";
import { frontMatter } from "../../src/extract/stages/01-front-matter";
import { parseHTML } from "linkedom";

const SAVED = readFileSync(join("tests", "fixtures", "html", "saved-page.html"));
const page = (body: string, head = "") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPHS = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story says that Palantir supplies software to the agency, and that the agency renewed the licence for another year of work.</p>`,
).join("");

describe("readHtmlPage", () => {
  it("keeps the article's paragraphs and drops navigation, ads, scripts, captions, related links and footer", () => {
    const r = readHtmlPage(new TextDecoder().decode(SAVED));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { body } = r.page;
    expect(body.split("\n\n")[0]).toBe("Palantir wins new ICE contract for deportation platform");
    expect(body).toContain("Palantir signed a contract worth $30 million with U.S. Immigration and Customs Enforcement (ICE)");
    expect(body).toContain("\n\nThe software company has supplied ICE");
    for (const junk of [
      "Subscribe",
      "Advertisement",
      "dataLayer",
      "analytics",
      "Photo: Wire service",
      "Related stories",
      "All rights reserved",
      "font-family",
    ]) {
      expect(body).not.toContain(junk);
    }
  });

  it("reads title, outlet, date, url and language from the page's metadata", () => {
    const r = readHtmlPage(new TextDecoder().decode(SAVED));
    expect(r.ok && r.page.meta).toEqual({
      title: "Palantir wins new ICE contract for deportation platform",
      outlet: "The Example Times",
      published: "2025-04-17",
      url: "https://news.example.org/2025/03/palantir-ice-immigration-contract",
      language: "en",
    });
  });

  it("falls back to the address a browser writes into a saved page, and leaves absent metadata absent", () => {
    const html = `<!-- saved from url=(0030)https://example.net/story -->${page(`<article>${PARAGRAPHS}</article>`, "<title>Une histoire</title>")}`;
    const r = readHtmlPage(html);
    expect(r.ok && r.page.meta).toEqual({ title: "Une histoire", url: "https://example.net/story" });
  });

  it("says why when a page has no article", () => {
    const r = readHtmlPage(page(""));
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/no article/) });
  });
});

describe("blockText", () => {
  it("separates blocks by a blank line and line breaks by a paragraph, and collapses white space", () => {
    const { document } = parseHTML(page("<div><h2>Head</h2><p>One\n  two <b>three</b></p><ul><li>a</li><li>b<br>c</li></ul></div>"));
    expect(blockText(document.body as never)).toBe("Head\n\nOne two three\n\na\n\nb\n\nc");
  });

  it("walks a page nested 20,000 deep without overflowing the stack", () => {
    const depth = 20_000;
    const { document } = parseHTML(page(`${"<div>".repeat(depth)}deep text${"</div>".repeat(depth)}`));
    expect(blockText(document.body as never)).toBe("deep text");
  });
});

describe("decodeHtml and isoDate", () => {
  it("reads a page in the charset it declares when it is not UTF-8", () => {
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('<html><head><meta charset="windows-1252"></head><body>Caf'),
      0xe9,
      ...new TextEncoder().encode("</body></html>"),
    ]);
    const d = decodeHtml(latin1);
    expect(d.ok && d.html).toContain("Café");
  });

  it.each([
    ["not UTF-8 and no charset", Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), /declares no charset/],
    ["binary", Uint8Array.from([0x3c, 0x00, 0x00]), /binary/],
    ["empty", new Uint8Array(0), /empty/],
  ])("refuses a page that is %s, saying why", (_what, bytes, reason) => {
    const d = decodeHtml(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it.each([
    ["2025-04-17T08:30:00+00:00", "2025-04-17"],
    ["Thu, 17 Apr 2025 08:30:00 GMT", "2025-04-17"],
    ["printemps 2025", "printemps 2025"],
    ["", null],
  ])("isoDate(%j) = %j", (input, expected) => expect(isoDate(input)).toBe(expected));
});

describe("seeds/*.html", () => {
  it("become seed texts whose front matter stage 01 reads back", () => {
    const seed = htmlPageToSeed(SAVED);
    expect(seed.ok).toBe(true);
    if (!seed.ok) return;
    const fm = frontMatter(seed.text);
    expect(fm.warning).toBeUndefined();
    expect(fm.meta).toMatchObject({ outlet: "The Example Times", published: "2025-04-17", language: "en" });
    expect(fm.body.trimStart().startsWith("Palantir wins new ICE contract")).toBe(true);
  });

  it("are read by io.ts next to .txt files, and a page without an article is reported by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "entangle-html-"));
    writeFileSync(join(dir, "page.html"), SAVED);
    writeFileSync(join(dir, "empty-page.htm"), page("<nav>Home</nav>"));
    writeFileSync(join(dir, "note.txt"), "Amazon fournit des services cloud à Hikvision.");
    const warnings: string[] = [];
    const files = readArticleFiles(dir, (file, reason) => warnings.push(`${file}: ${reason}`));
    expect(files.map((f) => f.file.replace(/^.*[\\/]/, ""))).toEqual(["note.txt", "page.html"]);
    expect(new TextDecoder().decode(files[1]!.bytes)).toMatch(/^---\ntitle: "Palantir wins/);
    expect(warnings).toEqual([expect.stringMatching(/empty-page\.htm: no article/)]);
  });

  it("extract to an article named after the page's file, with the page's metadata", () => {
    const dir = mkdtempSync(join(tmpdir(), "entangle-html-"));
    writeFileSync(join(dir, "ice-story.html"), SAVED);
    const { articles, graph } = extractCorpus(readArticleFiles(dir), knowledgeWith(["palantir", "ice"]));
    expect(articles.map((a) => [a.id, a.file.endsWith("ice-story.html")])).toEqual([["ice-story", true]]);
    expect(articles[0]).toMatchObject({
      outlet: "The Example Times",
      published: "2025-04-17",
      url: "https://news.example.org/2025/03/palantir-ice-immigration-contract",
      language: "en",
    });
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["palantir", "ice"]));
    expect(graph.edges.length).toBeGreaterThan(0);
  });
});
