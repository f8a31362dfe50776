// Shows, sentence by sentence, what the extractor saw in one article: mentions, triggers, facts.
//   npx tsx scripts/explain.ts seeds/000_x.txt [--data DIR]
import { readFileSync } from "node:fs";
import { compileKnowledge, extractCorpus } from "../src/extract/index";
import { readKnowledgeFiles } from "../src/extract/io";

const file = process.argv[2]!;
const dataDir = process.argv.includes("--data") ? process.argv[process.argv.indexOf("--data") + 1]! : "data";
const k = compileKnowledge(readKnowledgeFiles(dataDir));
const { graph, articles } = extractCorpus([{ file, bytes: readFileSync(file) }], k);
const doc = articles[0]!;
const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
for (const [start, end] of doc.sentences) {
  console.log(`\n[${start}] ${doc.text.slice(start, end)}`);
  const ms = graph.nodes.flatMap((n) => n.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => `${doc.text.slice(m.start, m.end)}→${n.id}`));
  if (ms.length) console.log(`   mentions: ${ms.join(", ")}`);
  for (const e of graph.edges) {
    for (const ev of e.evidence)
      if (ev.start === start) console.log(`   ${label(e.source)} -${e.type}-> ${label(e.target)} (${e.status}, ${ev.modality}, "${ev.trigger ?? ""}")`);
  }
}
