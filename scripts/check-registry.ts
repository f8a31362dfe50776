// Validates data/entities.yaml and reports alias collisions (one surface form claimed by two entries).
import { readFileSync } from "node:fs";
import { parseRegistry, surfaceForms } from "../src/extract/registry";

const path = process.argv[2] ?? "data/entities.yaml";
const entries = parseRegistry(readFileSync(path, "utf8"), path);
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
const owner = new Map<string, string>();
let collisions = 0;
for (const e of entries) {
  for (const form of surfaceForms(e)) {
    const key = fold(form);
    const prev = owner.get(key);
    if (prev && prev !== e.id) {
      collisions++;
      console.log(`alias '${form}' is claimed by both '${prev}' and '${e.id}'`);
    } else owner.set(key, e.id);
  }
}
const byType = new Map<string, number>();
for (const e of entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
console.log(`${entries.length} entries (${[...byType].map(([t, n]) => `${n} ${t}`).join(", ")}), ${owner.size} surface forms, ${collisions} collisions`);
process.exit(collisions ? 1 : 0);
