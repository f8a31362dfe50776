// Bad input: files that are not article text are reported by name with the reason, and never
// stop the other articles from being read.
import { decodeArticle, MAX_ARTICLE_BYTES } from "../../src/extract/decode";
import { htmlToText, htmlWarning } from "../../src/extract/html";
import { extractCorpus } from "../../src/extract/index";
import { bytes, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["amazon", "hikvision", "fujitsu", "palantir", "google"]);
const GOOD = "Amazon fournit des services cloud à Hikvision depuis plusieurs années.";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const out = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

const tooLarge = (() => {
  const b = new Uint8Array(MAX_ARTICLE_BYTES + 1);
  b.fill(0x61);
  return b;
})();

const bad: [string, Uint8Array, RegExp][] = [
  ["an empty file", new Uint8Array(0), /^empty file$/],
  ["a whitespace-only file", bytes(" \n\t\r\n  \u00a0\n"), /empty file \(only white space\)/],
  [
    "a binary file (NUL bytes)",
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    /binary file \(contains NUL bytes, the first at byte 8\)/,
  ],
  ["a file of control characters", Uint8Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41)), /binary file \(too many control characters\)/],
  ["invalid UTF-8 (Latin-1 accents)", Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]), /not valid UTF-8/],
  [
    "a NUL byte after the first 8,192 bytes (one rule for the whole file)",
    bytes(`${"Amazon fournit. ".repeat(600)}\u0000 Hikvision.`),
    /binary file \(contains NUL bytes, the first at byte 9,600\)/,
  ],
  [
    "UTF-16 without a byte-order mark",
    Uint8Array.from([...bytes("Amazon fournit des services.")].flatMap((b) => [b, 0])),
    /looks like UTF-16 without a byte-order mark/,
  ],
  ["UTF-16 with a byte-order mark holding a NUL", utf16(`${GOOD}\u0000`, "le"), /binary file \(contains NUL characters, the first at character 70\)/],
  ["UTF-32 with a byte-order mark", Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32 text is not read/],
  ["UTF-16 with a byte-order mark and an odd byte out", Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41]), /not valid UTF-16/],
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
    ["UTF-16 (little-endian) with its byte-order mark", utf16(GOOD, "le"), GOOD],
    ["UTF-16 (big-endian) with its byte-order mark", utf16(GOOD, "be"), GOOD],
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
    ["keeps text before an unclosed tag", "<div><p>Amazon fournit.<div><span>Google <b", "\n\nAmazon fournit.\nGoogle\n\n"],
    [
      "decodes entities, capitals and currency signs included",
      "<p>L&rsquo;&Eacute;tat paie 3&nbsp;M&euro;, AT&amp;T &eacute;t&#233; &#x1F600; &bogus;</p>",
      "\nL’État paie 3\u00a0M€, AT&T été 😀 &bogus;\n",
    ],
    ["reads an unclosed comment as empty rather than dropping the rest", "<p>Kept.</p><!-- never closed <p>Palantir</p>", "\nKept.\nnever closed\nPalantir\n"],
    [
      "reads an unclosed <svg> as empty",
      "<p>Intro.</p><svg><path d='M0'/><p>Amazon fournit des services cloud.</p>",
      "\nIntro.\n\nAmazon fournit des services cloud.\n",
    ],
    [
      "reads an unclosed <iframe> as empty",
      "<p>Intro.</p><iframe src=x><p>Amazon fournit des services cloud.</p>",
      "\nIntro.\n\nAmazon fournit des services cloud.\n",
    ],
    [
      "reads an unclosed <script> as empty",
      "<p>Intro.</p><script>var a;<p>Amazon fournit des services cloud.</p>",
      "\nIntro.\nvar a;\nAmazon fournit des services cloud.\n",
    ],
    ["still drops a closed <svg> and what a self-closed one holds nothing of", "<p>A</p><svg><text>Logo</text></svg><svg/><p>B</p>", "\nA\n\nB\n"],
    ["joins a paragraph's source lines", "<p>Amazon\n   fournit</p><pre>a\n b</pre>", "\nAmazon fournit\n\na\nb\n"],
  ])("%s", (_what, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("says how much text it removed, and which element was left unclosed", () => {
    const closed = htmlToText("<p>A</p><script>var x = 1;</script><script>y</script><svg><text>Logo</text></svg>");
    expect(htmlWarning(closed)).toBe("looks like HTML: markup removed; 15 characters of text inside 2 <script>, <svg> removed");
    const open = htmlToText(`<p>Intro.</p><svg><path/><p>${"x".repeat(5000)}</p>`);
    expect(htmlWarning(open)).toBe(
      "looks like HTML: markup removed; an unclosed <svg> would have removed the 5,000 characters of text after it: read as empty instead",
    );
  });

  it("bounds the re-reads: past sixteen unclosed elements the rest is dropped, with a word", () => {
    const h = htmlToText(`<p>Kept.</p>${"<script>x".repeat(40)}`);
    expect(h.text).toMatch(/^\nKept\.\n/);
    expect(h.unclosed.filter((u) => u.kept)).toHaveLength(16);
    expect(htmlWarning(h)).toMatch(
      /16 unclosed elements \(16 <script>\) would each have removed the text after them .*; one more unclosed <script> removed the \d+ characters of text after it$/,
    );
  });
});

describe("extractCorpus keeps going past bad files", () => {
  const html = (body: string) => bytes(`<!doctype html><html><body>${body}</body></html>`);
  const inputs = [
    ...bad.map(([what, input], n) => ({ file: `seeds/bad-${n}.txt`, bytes: input, what })),
    {
      file: "seeds/html-script.html.txt",
      bytes: html(`<p>${GOOD}</p><script>alert("Palantir fournit des services à Google");</script>`),
      what: "HTML with a script",
    },
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
    const none = extractCorpus(
      bad.map(([, input], n) => ({ file: `b${n}.txt`, bytes: input })),
      k,
    );
    expect(none.graph.articles).toEqual([]);
    expect(none.report.warnings).toHaveLength(bad.length);
    expect(none.report.counts).toEqual({ articles: 0, nodes: 0, edges: 0, evidence: 0 });
  });
});
