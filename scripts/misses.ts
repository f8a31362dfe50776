// Prints, article by article, what the extractor missed and what it added on the seeds or the tune set:
//   npx tsx scripts/misses.ts tune [--entities] [--relations] [--type supplies] [--data DIR]
// With a relation miss it prints the gold quote, so whoever tunes sees the sentence that states it.
// The check set is refused: its misses are never read (see tests/eval/dev/README).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPORA, asWritten, extract, readGold } from "../tests/eval/score";
import { scoreGraph } from "../tests/eval/scorer";

const name = process.argv[2] ?? "tune";
const flag = (f: string) => process.argv.includes(f);
const value = (f: string) => (flag(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
if (name === "check" || name === "fresh") throw new Error(`misses: the ${name} set's misses are never read; use seeds or tune`);
const corpus = CORPORA.find((c) => c.name === name);
if (!corpus) throw new Error(`misses: no corpus named ${name}`);
const both = !flag("--entities") && !flag("--relations");
const type = value("--type");

const golds = readGold(corpus.gold);
const data = asWritten(extract(corpus.articles, value("--data") ?? "data"));
const { perArticle } = scoreGraph(data, golds);
for (const a of perArticle) {
  if ("missing" in a) continue;
  const gold = JSON.parse(readFileSync(join(corpus.gold, a.file), "utf8")) as {
    relations: { source: string; target: string; type: string; quote: string }[];
  };
  const lines: string[] = [];
  if (both || flag("--entities")) {
    if (a.missedEntities.length) lines.push(`  missed entities: ${a.missedEntities.join(" | ")}`);
    if (a.extraEntities.length) lines.push(`  extra entities:  ${a.extraEntities.join(" | ")}`);
  }
  if (both || flag("--relations")) {
    for (const m of a.missedRelations) {
      if (type && !m.includes(`-${type}->`)) continue;
      const [s, t] = [m.slice(0, m.indexOf(" -")), m.slice(m.indexOf("> ") + 2)];
      const g = gold.relations.find((r) => r.source === s && r.target === t);
      lines.push(`  MISSED ${m}\n         “${g?.quote ?? "?"}”`);
    }
    for (const s of a.spuriousRelations) if (!type || s.includes(`-${type}->`)) lines.push(`  SPURIOUS ${s}`);
  }
  if (lines.length) console.log(`\n## ${a.file}\n${lines.join("\n")}`);
}
