// Lists, article by article, the names discovery found (not the registry's) with their type and cue,
// marking those the gold lacks (+) and those typed otherwise than the gold (~), to study precision:
//   npx tsx scripts/discoveries.ts tune [--data DIR] [--extra]
// The check set is refused: its discoveries are never read (see tests/eval/dev/README).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPORA, asWritten, extract, readGold } from "../tests/eval/score";
import { scoreGraph } from "../tests/eval/scorer";

const name = process.argv[2] ?? "tune";
const flag = (f: string) => process.argv.includes(f);
const value = (f: string) => (flag(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
if (name === "check") throw new Error("discoveries: the check set is never read; use seeds or tune");
const corpus = CORPORA.find((c) => c.name === name);
if (!corpus) throw new Error(`discoveries: no corpus named ${name}`);

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const result = extract(corpus.articles, value("--data") ?? "data");
const data = asWritten(result);
const golds = readGold(corpus.gold);
const { perArticle } = scoreGraph(data, golds);
const cueOf = new Map(result.report.discovered.map((d) => [d.id, d.cue]));
for (const a of perArticle) {
  if ("missing" in a) continue;
  const gold = JSON.parse(readFileSync(join(corpus.gold, a.file), "utf8")) as { entities?: { name: string; type: string; mentions?: string[] }[] };
  const goldType = new Map<string, string>();
  for (const g of gold.entities ?? []) for (const s of [g.name, ...(g.mentions ?? [])]) goldType.set(norm(s), g.type);
  const extra = new Set(a.extraEntities);
  const lines: string[] = [];
  for (const n of data.graph.nodes) {
    if (!cueOf.has(n.id) || !n.mentions.some((m) => m.articleId === a.article)) continue;
    const gt = goldType.get(norm(n.label));
    const mark = extra.has(n.id) ? "+" : gt && gt !== n.type ? "~" : " ";
    if (flag("--extra") && mark === " ") continue;
    lines.push(`  ${mark} ${n.label} [${n.type}${gt && gt !== n.type ? ` gold ${gt}` : ""}] cue: ${cueOf.get(n.id)}`);
  }
  if (lines.length) console.log(`\n## ${a.file}\n${lines.join("\n")}`);
}
