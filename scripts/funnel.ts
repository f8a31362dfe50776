// Where relation recall is lost, per corpus and per gold relation type, in counts only (tests/eval/funnel.ts):
//   npx tsx scripts/funnel.ts [seeds,tune,check,fresh]
import { type Funnel, funnelOf } from "../tests/eval/funnel";
import { asWritten, CORPORA, extract, readGold } from "../tests/eval/score";
import { existsSync } from "node:fs";

const only = process.argv[2]?.split(",");
for (const c of CORPORA.filter((c) => !only || only.includes(c.name))) {
  if (!existsSync(c.articles)) continue;
  const f = funnelOf(asWritten(extract(c.articles)), readGold(c.gold));
  console.log(`${c.name.padEnd(6)} ${describe(f)}`);
  for (const [type, t] of [...f.byType].sort((a, b) => b[1].required - a[1].required)) console.log(`  ${type.padEnd(12)} ${describe(t)}`);
}

function describe(f: Funnel): string {
  const pct = (n: number) => `${((100 * n) / Math.max(1, f.required)).toFixed(0)} %`;
  return (
    `required pairs ${f.required}: both ends found ${f.endsFound} (${pct(f.endsFound)}), ` +
    `ends in one sentence ${f.sameSentence} (${pct(f.sameSentence)}), related ${f.related} (${pct(f.related)}; ` +
    `${f.relatedSameSentence} of them in one sentence)`
  );
}
