// Scores the extractor on a bank of real sentences, each a tiny article with the relations it states:
//   npx tsx scripts/bank.ts [tests/bank/FILE.yaml ...] [--quiet] [--data DIR]
// Each item is extracted on its own (no name discovered in one item helps another), then scored with the
// project's scorer. Per item it prints what was missed and what was added; then the totals.
// The bank files are written by hand from published articles (see tests/bank/README.md).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { scoreBank } from "../tests/bank/bank";
import { formatSummary } from "../tests/eval/scorer";

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const value = (f: string) => (flag(f) ? args[args.indexOf(f) + 1] : undefined);
const dataDir = value("--data") ?? "data";
const named = args.filter((a, i) => a.endsWith(".yaml") && args[i - 1] !== "--data");
const files = named.length
  ? named
  : readdirSync("tests/bank")
      .filter((f) => f.endsWith(".yaml"))
      .sort()
      .map((f) => join("tests/bank", f));

for (const file of files) {
  const result = scoreBank(readFileSync(file, "utf8"), file, dataDir);
  if (!flag("--quiet")) {
    for (const item of result.items) {
      const lines = [
        ...item.missedRelations.map((m) => `  MISSED   ${m}`),
        ...item.spuriousRelations.map((s) => `  SPURIOUS ${s}`),
        ...item.missedEntities.map((e) => `  missed entity ${e}`),
        ...item.extraEntities.map((e) => `  extra entity ${e}`),
        ...item.mistypedEntities.map((e) => `  mistyped entity ${e}`),
      ];
      if (lines.length) console.log(`\n## ${item.id}  “${item.text.length > 160 ? `${item.text.slice(0, 157)}…` : item.text}”\n${lines.join("\n")}`);
    }
  }
  console.log(`\n${file} (${result.items.length} items): ${formatSummary(result.summary)}`);
}
