// Generates data/grammar/lexicon.json, the one file the grammar layer reads: every
// data/grammar/<lang>/*.yaml (word lists written by hand) plus the French verb forms taken from
// the Lefff (npm package french-verbs-lefff, LGPL-LR; see NOTICE), stored as paradigms of endings
// shared by many stems so that 7,800 verbs fit in ~100 KB. Deterministic: run `npm run grammar`
// after editing a list; tests/unit/grammar-lexicon.test.ts checks the committed file is fresh.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";

const DIR = "data/grammar";
export const LEXICON_PATH = join(DIR, "lexicon.json");
/** Lefff tense codes, in the order the paradigm arrays are stored. */
export const VERB_SLOTS = ["P", "S", "Y", "I", "G", "K", "J", "T", "F", "C", "W"] as const;

type Conjugations = Record<string, Partial<Record<(typeof VERB_SLOTS)[number], (string | null)[]>>>;

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? "";
  for (const w of words) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** Each verb as a stem plus a paradigm (per slot, the endings; "" for a missing form). */
export function compactVerbs(conjugations: Conjugations): { paradigms: string[][][]; stems: string[][] } {
  const paradigmIds = new Map<string, number>();
  const paradigms: string[][][] = [];
  const stems: string[][] = [];
  for (const lemma of Object.keys(conjugations).sort()) {
    const verb = conjugations[lemma] ?? {};
    const forms = VERB_SLOTS.flatMap((s) => (verb[s] ?? []).filter((f): f is string => !!f && f !== "NA"));
    if (forms.length === 0) continue;
    const stem = commonPrefix(forms);
    const paradigm = VERB_SLOTS.map((s) => (verb[s] ?? []).map((f) => (f && f !== "NA" ? f.slice(stem.length) : "-")));
    const key = JSON.stringify(paradigm);
    let id = paradigmIds.get(key);
    if (id === undefined) {
      id = paradigms.length;
      paradigmIds.set(key, id);
      paradigms.push(paradigm);
      stems.push([]);
    }
    stems[id]?.push(stem);
  }
  return { paradigms, stems };
}

export function buildLexicon(): string {
  const out: Record<string, Record<string, unknown>> = {};
  for (const lang of readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    const files: Record<string, unknown> = {};
    for (const file of readdirSync(join(DIR, lang))
      .filter((f) => f.endsWith(".yaml"))
      .sort()) {
      files[file.replace(/\.yaml$/, "")] = parse(readFileSync(join(DIR, lang, file), "utf8"));
    }
    out[lang] = files;
  }
  const require = createRequire(import.meta.url);
  const conjugations = require("french-verbs-lefff/dist/conjugations.json") as Conjugations;
  (out.fr ??= {}).verbs = compactVerbs(conjugations);
  return `${JSON.stringify(out)}\n`;
}

if (process.argv[1]?.endsWith("build-grammar.ts")) {
  writeFileSync(LEXICON_PATH, buildLexicon());
  console.log(`wrote ${LEXICON_PATH}`);
}
