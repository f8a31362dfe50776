// `npm run eval [-- --data DIR] [-- --only seeds,tune]`: scores the extractor on the seeds, the tune set
// and the check set (DIR holds the knowledge files, data/ by default). `--only` names the corpora to run:
// whoever tunes the extractor runs seeds and tune, and leaves the check set unread. An absent corpus is
// reported; a broken one fails.
import { CORPORA, describeScore, scoreCorpus } from "./score";

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const knowledgeDir = flag("--data") ?? "data";
const only = flag("--only")?.split(",");
const unknown = only?.filter((name) => !CORPORA.some((c) => c.name === name)) ?? [];
if (unknown.length) {
  console.error(`eval: no corpus named ${unknown.join(", ")} (known: ${CORPORA.map((c) => c.name).join(", ")})`);
  process.exit(2);
}
for (const corpus of CORPORA.filter((c) => !only || only.includes(c.name))) {
  try {
    console.log(`${corpus.name.padEnd(6)} ${describeScore(scoreCorpus(corpus, knowledgeDir))}`);
  } catch (e) {
    console.error(`${corpus.name.padEnd(6)} ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
