// A snapshot: the built app as one HTML file (the "shell", scripts and styles inlined) with the
// graph, the articles it cites and the view to open at embedded as JSON, so the file opens from
// the file system with no server and no network. Assembly is pure; building the shell is not
// (scripts/snapshot-shell.ts), and the app reads the payload back in src/app/api/snapshot.ts.
import type { ArticleDoc, Graph } from "../model";

export type SnapshotPayload = {
  graph: Graph;
  /** The cited articles' documents by id; the reader shows their text. */
  articles: Record<string, ArticleDoc>;
  /** The view to open at, as the app's URL query ("?type=agency&edge=…"); "" for the default. */
  view: string;
};

export const SNAPSHOT_ELEMENT_ID = "entangle-snapshot";

/** JSON that cannot end its <script> element or open a comment inside it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The shell with the payload embedded first thing in <body>, where the app and the file:// notice look for it. */
export function snapshotHtml(shell: string, payload: SnapshotPayload): string {
  const at = shell.search(/<body[^>]*>/i);
  if (at < 0) throw new Error("snapshot: the app's HTML has no <body>");
  const end = shell.indexOf(">", at) + 1;
  const data = `\n<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${scriptSafeJson(payload)}</script>`;
  return shell.slice(0, end) + data + shell.slice(end);
}

/** Ids of the articles a graph cites (passages and mentions), in the graph's article order. */
export function citedArticleIds(graph: Graph): string[] {
  const cited = new Set<string>();
  for (const e of graph.edges) for (const ev of e.evidence) cited.add(ev.articleId);
  for (const n of graph.nodes) for (const m of n.mentions) cited.add(m.articleId);
  return graph.articles.filter((a) => cited.has(a.id)).map((a) => a.id);
}

/**
 * Scripts and styles of a built index.html put inline. `asset` returns a file of the build by its
 * path as written in the HTML ("./assets/index-x.js"). Module preloads and the data preload go:
 * a snapshot has nothing to fetch. Scripts move to the end of <body> (a module script runs after
 * parsing anyway), so nothing before <body> holds code that could look like markup.
 */
export function inlineAssets(html: string, asset: (path: string) => string): string {
  const scripts: string[] = [];
  const page = html
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>\s*/g, "")
    .replace(
      /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g,
      (_m, href: string) => `<style>\n${asset(href).replace(/<\/style/gi, "<\\/style")}\n</style>`,
    )
    .replace(/[ \t]*<script\b([^>]*)\bsrc="([^"]+)"[^>]*><\/script>\s*/g, (_m, before: string, src: string) => {
      const type = /type="module"/.test(before) ? ' type="module"' : "";
      // Inside a script element only "</script" and "<!--" mean something to the HTML parser; in the
      // string and regex literals where minified code can hold them, a backslash keeps their value.
      const code = asset(src)
        .replace(/<\/script/gi, "<\\/script")
        .replace(/<!--/g, "<\\!--");
      scripts.push(`<script${type}>\n${code}\n</script>\n`);
      return "";
    });
  const end = page.lastIndexOf("</body>");
  if (end < 0) throw new Error("snapshot: the app's HTML has no </body>");
  return page.slice(0, end) + scripts.join("") + page.slice(end);
}
