// Snapshot assembly: the built page's assets inlined, the payload embedded where the app and the
// file:// notice find it, and nothing in code or data able to end its <script> element early.
import { citedArticleIds, inlineAssets, snapshotHtml, SNAPSHOT_ELEMENT_ID } from "../../src/export/snapshot";
import { exportFixture, HOSTILE_QUOTE } from "./export-fixture";

const BUILT = `<!doctype html>
<html><head>
<meta charset="UTF-8" />
<script type="module" crossorigin src="./assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="./assets/chunk.js">
<link rel="preload" href="./data/graph.json" as="fetch" crossorigin="anonymous">
<link rel="stylesheet" crossorigin href="./assets/index-a.css">
</head>
<body>
<div id="root"></div>
<script>if (location.protocol === "file:") {}</script>
</body></html>`;

const ASSETS: Record<string, string> = {
  "./assets/index-a.js": 'const re = /<body[^>]*>/; const s = "</script><!-- <body>"; export {re, s};',
  "./assets/index-a.css": "body { color: red }",
};

describe("snapshot assembly", () => {
  const shell = inlineAssets(BUILT, (p) => ASSETS[p] ?? "");

  it("inlines the styles and the module script, at the end of body, and drops preloads", () => {
    expect(shell).toContain("<style>\nbody { color: red }\n</style>");
    expect(shell).not.toMatch(/<link|src=/);
    const head = shell.slice(0, shell.indexOf("<body>"));
    expect(head).not.toContain("<script");
    expect(shell).toMatch(
      /<script type="module">\nconst re = \/<body\[\^>\]\*>\/; const s = "<\\\/script><\\!-- <body>"; export \{re, s\};\n<\/script>\n<\/body>/,
    );
  });

  it("embeds the payload first in body, as JSON that cannot close its element", () => {
    const graph = exportFixture();
    const html = snapshotHtml(shell, { graph, articles: {}, view: "?type=agency" });
    const open = `<body>\n<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">`;
    const start = html.indexOf(open);
    expect(start).toBe(html.indexOf("<body>"));
    const end = html.indexOf("</script>", start + open.length);
    const json = html.slice(start + open.length, end);
    expect(json).not.toContain("<");
    const back = JSON.parse(json);
    expect(back.view).toBe("?type=agency");
    expect(back.graph.edges[0].evidence[0].quote).toBe(HOSTILE_QUOTE);
  });

  it("lists the articles a graph cites", () => {
    const graph = exportFixture();
    expect(citedArticleIds(graph)).toEqual(graph.articles.map((a) => a.id));
    expect(citedArticleIds({ ...graph, nodes: [], edges: graph.edges.filter((e) => e.id === "microsoft|suspension|imod") })).toEqual(["a3_microsoft_fr"]);
  });
});
