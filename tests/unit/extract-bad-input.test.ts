// Bad input: files that are not article text are reported by name with the reason, and never
// stop the other articles from being read.
import { decodeArticle, htmlToText, MAX_ARTICLE_BYTES } from "../../src/extract/decode";
import { extractCorpus } from "../../src/extract/index";
import { bytes, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["amazon", "hikvision", "fujitsu", "palantir", "google"]);
const GOOD = "Amazon fournit des services cloud à Hikvision depuis plusieurs années.";

const tooLarge = (() => {
  const b = new Uint8Array(MAX_ARTICLE_BYTES + 1);
  b.fill(0x61);
  return b;
})();

const bad: [string, Uint8Array, RegExp][] = [
  ["an empty file", new Uint8Array(0), /^empty file$/],
  ["a whitespace-only file", bytes(" \n\t\r\n  \u00a0\n"), /empty file \(only white space\)/],
  ["a binary file (NUL bytes)", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /binary file \(contains NUL bytes\)/],
  ["a file of control characters", Uint8Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)), /binary file \(too many control characters\)/],
  ["invalid UTF-8 (Latin-1 accents)", Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]), /not valid UTF-8/],
  ["a truncated UTF-8 sequence", Uint8Array.from([...bytes("Amazon fournit"), 0xe2, 0x82]), /not valid UTF-8/],
  ["a file just over MAX_ARTICLE_BYTES", tooLarge, /too large \(10\.0 MB; the limit is 10 MB\)/],
];

describe("decodeArticle refuses what is not article text", () => {
  it.each(bad)("%s", (_what, input, reason) => {
    const d = decodeArticle(input);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it.each([
    ["plain UTF-8", bytes(GOOD), GOOD],
    ["a UTF-8 byte-order mark", Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(GOOD)]), GOOD],
    ["a file of exactly MAX_ARTICLE_BYTES", new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), "a".repeat(MAX_ARTICLE_BYTES)],
  ])("accepts %s", (_what, input, text) => {
    const d = decodeArticle(input);
    expect(d.ok && d.text === text).toBe(true);
  });
});

describe("hostile HTML", () => {
  it.each([
    [
      "drops scripts and styles with their content",
      "<html><head><style>p{color:red}</style></head><body><p>Amazon fournit des services.</p><script>var Palantir = '<p>Google</p>';</script><p>Fin.</p></body></html>",
      "\nAmazon fournit des services.\n\nFin.\n",
    ],
    ["keeps text before an unclosed tag", "<div><p>Amazon fournit.<div><span>Google <b", "\n\nAmazon fournit.\nGoogle "],
    ["decodes entities, ignoring impossible code points", "<p>AT&amp;T &eacute;t&#233; &#x1F600; &#99999999; &bogus;</p>", "\nAT&T été 😀  &bogus;\n"],
    ["drops an unclosed comment to the end", "<p>Kept.</p><!-- never closed <p>Palantir</p>", "\nKept.\n"],
  ])("%s", (_what, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("reduces a flood of '<' in linear time", () => {
    const flood = `<p>${GOOD}</p>${"<".repeat(1_000_000)}`;
    const began = performance.now();
    expect(htmlToText(flood)).toBe(`\n${GOOD}\n`);
    expect(performance.now() - began).toBeLessThan(1000);
  });
});

describe("extractCorpus keeps going past bad files", () => {
  const html = (body: string) => bytes(`<!doctype html><html><body>${body}</body></html>`);
  const inputs = [
    ...bad.map(([what, input], n) => ({ file: `seeds/bad-${n}.txt`, bytes: input, what })),
    { file: "seeds/html-script.html.txt", bytes: html(`<p>${GOOD}</p><script>alert("Palantir fournit des services à Google");</script>`), what: "HTML with a script" },
    { file: "seeds/html-unclosed.txt", bytes: html(`<p>${GOOD}<div><span>Google <b`), what: "HTML with unclosed tags" },
    { file: "seeds/html-flood.txt", bytes: html(`<p>${GOOD}</p>${"<".repeat(100_000)}`), what: "HTML with a '<' flood" },
    { file: "seeds/html-junk.txt", bytes: html("<p>Réagir</p><p>Twitter Facebook</p><script>Amazon</script>"), what: "HTML with nothing but junk" },
  ];
  const r = extractCorpus([...inputs, { file: "seeds/zz-good.txt", bytes: bytes("Le groupe japonais Fujitsu collabore avec Palantir depuis des années.") }], k);

  it.each<[string, string, RegExp[]]>([
    ...bad.map(([what, , reason], n): [string, string, RegExp[]] => [what, `seeds/bad-${n}.txt`, [reason]]),
    ["HTML with a script", "seeds/html-script.html.txt", [/looks like HTML/]],
    ["HTML with unclosed tags", "seeds/html-unclosed.txt", [/looks like HTML/]],
    ["HTML with a '<' flood", "seeds/html-flood.txt", [/looks like HTML/]],
    ["HTML with nothing but junk", "seeds/html-junk.txt", [/looks like HTML/, /no article text left/]],
  ])("warns about %s, naming %s", (_what, file, reasons) => {
    const mine = r.report.warnings.filter((w) => w.file === file).map((w) => w.reason);
    expect(mine).toHaveLength(reasons.length);
    for (const [i, reason] of reasons.entries()) expect(mine[i]).toMatch(reason);
  });

  it("still processes every readable article", () => {
    expect(r.graph.articles.map((a) => a.id)).toEqual(["html-flood", "html-script.html", "html-unclosed", "zz-good"]);
    expect(r.graph.edges.map((e) => e.id)).toEqual(["amazon|supplies|hikvision", "fujitsu|partnership|palantir"]);
    expect(r.graph.edges[0]!.evidence.map((e) => e.articleId)).toEqual(["html-flood", "html-script.html", "html-unclosed"]);
  });

  it("never takes a script's text into the article", () => {
    for (const a of r.articles) expect(a.text).not.toMatch(/alert|<script/);
  });

  it("returns an empty graph, not an error, when nothing is readable", () => {
    const none = extractCorpus(bad.map(([, input], n) => ({ file: `b${n}.txt`, bytes: input })), k);
    expect(none.graph.articles).toEqual([]);
    expect(none.report.warnings).toHaveLength(bad.length);
    expect(none.report.counts).toEqual({ articles: 0, nodes: 0, edges: 0, evidence: 0 });
  });
});
