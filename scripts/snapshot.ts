// `npm run snapshot -- --out FILE.html [--data DIR] [--view QUERY]`: the whole graph, the
// articles it cites and the app in one HTML file that opens from the file system. QUERY is a view
// as the app writes it in its address ("?type=agency&edge=…"), to open the file at that view.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArticle, parseGraph, type ArticleDoc } from "../src/model";
import { citedArticleIds, snapshotHtml, type SnapshotPayload } from "../src/export/snapshot";
import { buildSnapshotShell } from "./snapshot-shell";

type Args = { out: string; data: string; view: string };

function parseArgs(argv: string[]): Args | string {
  const given: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!["--out", "--data", "--view"].includes(flag) || value === undefined) return `unknown or incomplete option '${flag}'`;
    given[flag.slice(2)] = value;
  }
  if (!given.out) return "--out FILE.html is required";
  const view = given.view ?? "";
  return { out: given.out, data: given.data ?? "data", view: view && !view.startsWith("?") ? `?${view}` : view };
}

/** Reads data/ and returns the payload: the graph and every article it cites. */
export function readPayload(data: string, view = ""): SnapshotPayload {
  const graphPath = join(data, "graph.json");
  if (!existsSync(graphPath)) throw new Error(`snapshot: ${graphPath} not found; run \`npm run extract\` first`);
  const parsed = parseGraph(JSON.parse(readFileSync(graphPath, "utf8")));
  if (!parsed.ok) throw new Error(`snapshot: ${graphPath} does not match the schema:\n  ${parsed.problems.join("\n  ")}`);
  const articles: Record<string, ArticleDoc> = {};
  for (const id of citedArticleIds(parsed.value)) {
    const path = join(data, "articles", `${id}.json`);
    const doc = parseArticle(JSON.parse(readFileSync(path, "utf8")));
    if (!doc.ok) throw new Error(`snapshot: ${path} does not match the schema:\n  ${doc.problems.join("\n  ")}`);
    articles[id] = doc.value;
  }
  return { graph: parsed.value, articles, view };
}

export async function writeSnapshot(args: Args): Promise<number> {
  const payload = readPayload(args.data, args.view);
  const html = snapshotHtml(await buildSnapshotShell(), payload);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, html);
  return html.length;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(`snapshot: ${args}\nusage: npm run snapshot -- --out FILE.html [--data DIR (data)] [--view "?type=agency"]`);
    process.exit(2);
  }
  try {
    const size = await writeSnapshot(args);
    console.log(`snapshot: wrote ${args.out} (${Math.round(size / 1024)} KB); open it in a browser, no server needed`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
