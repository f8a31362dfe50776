// The grammar layer's cost (src/extract/grammar): tagging and full sentence analysis throughput
// per language, on real prose (seeds and the tune set's articles, repeated) and on the generated
// news-like corpus, next to the extractor's own throughput on the same text, so that the cost of
// tagging every sentence can be read as a share. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseSentence, tagSentence } from "../src/extract/grammar";
import { compileKnowledge, extractCorpus, type InputFile, type KnowledgeFiles } from "../src/extract/index";
import { segment } from "../src/extract/stages/03-segment";
import { detectLanguage } from "../src/extract/stages/04-language";
import type { Language } from "../src/model";
import { generateCorpus, vocabulary } from "./corpus";

const MB = 1024 * 1024;
const encoder = new TextEncoder();
const fmt = (n: number, digits = 2) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

interface Text {
  file: string;
  text: string;
}

function realTexts(): Text[] {
  const dirs = ["seeds", "tests/eval/dev/tune/articles"];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(dir, f), "utf8") })),
  );
}

function measure(label: string, texts: Text[], files: KnowledgeFiles, minBytes: number): void {
  const k = compileKnowledge(files);
  const byLang: Record<Language, { text: string; sentences: { start: number; end: number }[] }[]> = { en: [], fr: [] };
  for (const t of texts) {
    const lang = detectLanguage(t.text, k.language.stopwords);
    byLang[lang].push({ text: t.text, sentences: segment(t.text, lang, k.language.abbreviations) });
  }
  for (const lang of ["en", "fr"] as const) {
    const docs = byLang[lang];
    const bytes = docs.reduce((n, d) => n + encoder.encode(d.text).length, 0);
    if (bytes === 0) continue;
    const copies = Math.max(1, Math.ceil(minBytes / bytes));
    // Warm-up: the lexicon and wink's model load once, outside the measure.
    for (const d of docs.slice(0, 3)) for (const s of d.sentences.slice(0, 5)) analyseSentence(d.text, s.start, s.end, lang);
    const run = (f: (text: string, start: number, end: number, lang: Language) => unknown) => {
      const cpu0 = process.cpuUsage();
      for (let c = 0; c < copies; c++) for (const d of docs) for (const s of d.sentences) f(d.text, s.start, s.end, lang);
      return cpuMs(cpu0);
    };
    const tagMs = run(tagSentence);
    const analyseMs = run(analyseSentence);
    const inputs: InputFile[] = [];
    for (let c = 0; c < copies; c++) {
      docs.forEach((d, i) => {
        inputs.push({ file: `c${c}/${lang}${i}.txt`, bytes: encoder.encode(d.text) });
      });
    }
    const cpu0 = process.cpuUsage();
    extractCorpus(inputs, k);
    const extractMs = cpuMs(cpu0);
    const total = (bytes * copies) / MB;
    console.log(
      `grammar (${label}, ${lang}): ${fmt(total)} MB, ${docs.reduce((n, d) => n + d.sentences.length, 0) * copies} sentences — ` +
        `tagging ${fmt(total / (tagMs / 1000))} MB/s, tagging + clauses ${fmt(total / (analyseMs / 1000))} MB/s, extraction ${fmt(total / (extractMs / 1000))} MB/s ` +
        `(tagging every sentence would add ${fmt((100 * analyseMs) / extractMs, 0)} % to extraction's CPU time)`,
    );
  }
}

export function runGrammarBench(files: KnowledgeFiles): void {
  measure("real prose: seeds and tune articles", realTexts(), files, 0.5 * MB);
  const generated = generateCorpus(vocabulary(files), 400, 1, 0.3).map((a) => ({ file: a.file, text: a.text }));
  measure("generated news-like corpus", generated, files, 0.5 * MB);
}
