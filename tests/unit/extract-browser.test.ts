// The browser entry point: one added article (pasted, .txt/.md, saved .html) → its graph, document
// and a seed file that, put into seeds/, extracts to the same article; bad input named with a reason.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { addArticle, addArticles, type AddProgress, type AddedArticle } from "../../src/extract/browser";
import { extractCorpus } from "../../src/extract/index";
import { checkReferences, checkSpans } from "../../src/model";
import { bytes, edgeLine, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["amazon", "hikvision", "palantir", "ice", "amnesty-international"]);
const PASTED = "Amazon et Hikvision\n\nAmazon fournit des services cloud à Hikvision depuis plusieurs années, selon le rapport.";
const none = new Set<string>();

function added(name: string, content: string | Uint8Array, taken: ReadonlySet<string> = none): AddedArticle {
  const r = addArticle({ name, bytes: typeof content === "string" ? bytes(content) : content }, k, taken);
  if (!r.ok) throw new Error(`${r.source}: ${r.reason}`);
  return r.article;
}

describe("addArticle", () => {
  it("extracts pasted text into a graph whose spans point into its own document", () => {
    const a = added("", PASTED);
    expect(a.source).toBe("pasted text");
    expect(a.id).toMatch(/^amazon-et-hikvision-[0-9a-f]{8}$/);
    expect(a.doc.file).toBe(`seeds/${a.id}.md`);
    expect(a.graph.edges.map(edgeLine)).toContain("amazon -supplies-> hikvision");
    expect(checkReferences(a.graph)).toEqual([]);
    expect(checkSpans(a.graph, (id) => (id === a.doc.id ? a.doc.text : undefined))).toEqual([]);
  });

  it("gives a seed file with front matter that extracts, from seeds/, to the same article and graph", () => {
    for (const a of [added("", PASTED), added("page.html", readFileSync(join("tests", "fixtures", "html", "saved-page.html")))]) {
      expect(a.seed).toMatch(/^---\ntitle: ".+"\n(.*\n)*language: "(en|fr)"\n---\n\n/);
      const again = extractCorpus([{ file: `seeds/${a.id}.md`, bytes: bytes(a.seed) }], k);
      expect(again.articles[0]).toEqual(a.doc);
      expect(again.graph).toEqual(a.graph);
    }
  });

  it("reduces a dropped web page to its article with the page's metadata", () => {
    const a = added("Palantir story.html", readFileSync(join("tests", "fixtures", "html", "saved-page.html")));
    expect(a.id).toMatch(/^palantir-story-[0-9a-f]{8}$/);
    expect(a.doc).toMatchObject({
      title: "Palantir wins new ICE contract for deportation platform",
      outlet: "The Example Times",
      published: "2025-04-17",
      language: "en",
    });
    expect(a.graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["palantir", "ice"]));
    expect(a.doc.text).not.toContain("Subscribe");
  });

  it("keeps front matter given in a dropped .md file", () => {
    const a = added("note.md", `---\noutlet: "Le Journal"\npublished: 2024-05-01\n---\n${PASTED}`);
    expect(a.doc).toMatchObject({ outlet: "Le Journal", published: "2024-05-01", title: "Amazon et Hikvision", language: "fr" });
  });

  it("refuses the same text twice, and names what it refuses and why", () => {
    const first = added("", PASTED);
    const cases: [string, Uint8Array, RegExp][] = [
      ["", bytes(PASTED), /already added/],
      ["scan.pdf", bytes("%PDF-1.4"), /not a \.txt, \.md or \.html file/],
      ["blank.txt", bytes("  \n "), /empty file/],
      ["latin1.txt", Uint8Array.from([0x43, 0x61, 0x66, 0xe9]), /not valid UTF-8/],
      ["menu.html", bytes("<html><body><nav>Home</nav></body></html>"), /no article found/],
    ];
    for (const [name, content, reason] of cases) {
      const r = addArticle({ name, bytes: content }, k, new Set([first.id]));
      expect(r).toEqual({ ok: false, source: name || "pasted text", reason: expect.stringMatching(reason) });
    }
  });

  it("takes several files in turn, reporting progress by bytes, and refuses a repeat within the same job", () => {
    const seen: AddProgress[] = [];
    const inputs = [
      { name: "a.txt", bytes: bytes(PASTED) },
      { name: "b.md", bytes: bytes(`Autre titre\n\n${PASTED}`) },
      { name: "a.txt", bytes: bytes(PASTED) },
    ];
    const results = addArticles(inputs, k, [], (p) => seen.push(p));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(results[2]).toMatchObject({ ok: false, source: "a.txt", reason: expect.stringMatching(/already added/) });
    const total = inputs.reduce((n, i) => n + i.bytes.length, 0);
    expect(seen.map((p) => [p.file, p.index, p.bytesDone])).toEqual([
      ["a.txt", 0, 0],
      ["b.md", 1, inputs[0]!.bytes.length],
      ["a.txt", 2, inputs[0]!.bytes.length + inputs[1]!.bytes.length],
    ]);
    expect(seen.every((p) => p.count === 3 && p.bytesTotal === total)).toBe(true);
  });
});
