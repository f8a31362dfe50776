// `npm run calibrate`: runs the extractor on the tune set, scores each rule's passages against the tune
// gold and writes data/rule-confidence.json, which the extractor reads to stamp `confidence` on evidence.
// The check set is never read here. The extraction runs without the current file, so the rule a
// passage is credited to does not depend on the confidences being measured.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileKnowledge, extractCorpus } from "../src/extract/index";
import { readArticleFiles, readKnowledgeFiles } from "../src/extract/io";
import { CORPORA, asWritten, readGold } from "../tests/eval/score";
import { scoreGraph } from "../tests/eval/scorer";
import { rulePrecision } from "../tests/eval/calibration";

const dataDir = "data";
const tune = CORPORA.find((c) => c.name === "tune")!;
const { ruleConfidence: _previous, ...files } = readKnowledgeFiles(dataDir);
const data = asWritten(extractCorpus(readArticleFiles(tune.articles), compileKnowledge(files)));
const { verdicts } = scoreGraph(data, readGold(tune.gold));
const table = rulePrecision(data.graph, verdicts, tune.name);
writeFileSync(join(dataDir, "rule-confidence.json"), `${JSON.stringify(table, null, 2)}\n`);
for (const [rule, r] of Object.entries(table.rules)) console.log(`${rule.padEnd(20)} ${r.confidence.toFixed(2)}  (${r.correct}/${r.passages})`);
console.log(`calibrate: ${Object.keys(table.rules).length} rules → data/rule-confidence.json`);
