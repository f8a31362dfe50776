// Prints the entities the extractor finds in sentences given on the command line (one article each).
//   npx tsx scripts/try-sentence.ts [--fr] "sentence" ["sentence" …]
import { compileKnowledge, extractCorpus } from "../src/extract/index";
import { readKnowledgeFiles } from "../src/extract/io";

const lang = process.argv.includes("--fr") ? "fr" : "en";
const k = compileKnowledge(readKnowledgeFiles("data"));
for (const text of process.argv.slice(2).filter((a) => a !== "--fr")) {
  const article = `---\ntitle: ""\nlanguage: ${lang}\n---\n${text}\n`;
  const { graph } = extractCorpus([{ file: "try.txt", bytes: new TextEncoder().encode(article) }], k);
  console.log(`\n${text}`);
  for (const n of graph.nodes) if (n.type !== "contract") console.log(`   ${n.type.padEnd(12)} ${n.label}  [${n.id}]`);
  for (const e of graph.edges) console.log(`   ${e.source} -${e.type}-> ${e.target}`);
}
