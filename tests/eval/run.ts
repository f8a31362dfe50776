// `npm run eval [-- --data DIR]`: scores the extractor on the seeds, the tune set and the check set
// (DIR holds the knowledge files, data/ by default).
import { CORPORA, describeScore, scoreCorpus } from "./score";

const dataFlag = process.argv.indexOf("--data");
const knowledgeDir = dataFlag > 0 ? process.argv[dataFlag + 1]! : "data";
for (const corpus of CORPORA) console.log(`${corpus.name.padEnd(6)} ${describeScore(scoreCorpus(corpus, knowledgeDir))}`);
