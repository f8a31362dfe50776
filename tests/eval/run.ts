// `npm run eval [-- --data DIR]`: scores the extractor on the seeds, the tune set and the check set
// (DIR holds the knowledge files, data/ by default). An absent corpus is reported; a broken one fails.
import { CORPORA, describeScore, scoreCorpus } from "./score";

const dataFlag = process.argv.indexOf("--data");
const knowledgeDir = dataFlag > 0 ? process.argv[dataFlag + 1]! : "data";
for (const corpus of CORPORA) {
  try {
    console.log(`${corpus.name.padEnd(6)} ${describeScore(scoreCorpus(corpus, knowledgeDir))}`);
  } catch (e) {
    console.error(`${corpus.name.padEnd(6)} ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
