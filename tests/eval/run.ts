// `npm run eval [-- --data DIR] [-- --only seeds,tune] [-- --by-type]`: scores the extractor on the seeds, the tune set
// and the check set (DIR holds the knowledge files, data/ by default). `--only` names the corpora to run:
// whoever tunes the extractor runs seeds and tune, and leaves the check set unread. An absent corpus is
// reported; a broken one fails. `--by-type` adds typed P/R/F1 per relation type under each corpus.
import { CORPORA, describeByType, describeScore, scoreCorpus } from "./score";

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const knowledgeDir = flag("--data") ?? "data";
const only = flag("--only")?.split(",");
const byType = process.argv.includes("--by-type");
const unknown = only?.filter((name) => !CORPORA.some((c) => c.name === name)) ?? [];
if (unknown.length) {
  console.error(`eval: no corpus named ${unknown.join(", ")} (known: ${CORPORA.map((c) => c.name).join(", ")})`);
  process.exit(2);
}
for (const corpus of CORPORA.filter((c) => !only || only.includes(c.name))) {
  try {
    const score = scoreCorpus(corpus, knowledgeDir);
    console.log(`${corpus.name.padEnd(6)} ${describeScore(score)}`);
    if (byType && score.status === "scored") console.log(describeByType(score.byType));
  } catch (e) {
    console.error(`${corpus.name.padEnd(6)} ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
