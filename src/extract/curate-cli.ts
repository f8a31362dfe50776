// `npm run curate`: the entities the extractor discovered (data/extract-report.json), each with
// the passages that named it and a registry entry ready to paste into data/entities.yaml.
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { ReportSchema } from "../model";

const path = process.argv[2] ?? "data/extract-report.json";
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(path, "utf8"));
} catch (e) {
  console.error(`curate: cannot read ${path} (${(e as Error).message}); run 'npm run extract' first`);
  process.exit(1);
}
const parsed = ReportSchema.safeParse(raw);
if (!parsed.success) {
  console.error(`curate: ${path} is not an extract report: ${parsed.error.issues[0]?.message}; run 'npm run extract' again`);
  process.exit(1);
}
const { discovered, warnings } = parsed.data;
for (const w of warnings) console.log(`# warning: ${w.file}: ${w.reason}`);
if (discovered.length === 0) console.log("# Nothing discovered: every entity in the corpus is in the registry.");
for (const d of discovered) {
  const named = d.articles === undefined ? "" : `, named in ${d.articles} article${d.articles === 1 ? "" : "s"}`;
  console.log(`\n# ${d.label} — discovered by the cue "${d.cue}"${named}`);
  for (const p of d.passages) console.log(`#   ${p.articleId}:${p.start}  ${p.quote.replace(/\s+/g, " ").slice(0, 160)}`);
  const entry = [{ id: d.id, name: d.label, type: d.type, country: d.country, sectors: [], aliases: { all: [d.label, ...(d.aliases ?? [])], en: [], fr: [] } }];
  process.stdout.write(stringify(entry));
}
console.log(`\n# ${discovered.length} discovered entities. Check type, country and sectors, then paste into data/entities.yaml and run 'npm run extract'.`);
