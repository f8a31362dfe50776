// `npm run eval [-- --data DIR]`: scores the extractor on the seeds and on the development set of unseen articles.
import { CORPORA, formatScores, scoreCorpus } from "./score";

const dataFlag = process.argv.indexOf("--data");
const dataDir = dataFlag > 0 ? process.argv[dataFlag + 1]! : "data";
for (const corpus of CORPORA) {
  const scores = scoreCorpus(corpus, dataDir);
  console.log(`${corpus.name.padEnd(16)} ${scores ? formatScores(scores) : "not scored (no ../shared/tools/score.mjs or gold here)"}`);
}
