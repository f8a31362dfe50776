// Generated corpora for the benchmark: deterministic (seeded PRNG) articles that recombine real
// registry names, the trigger phrases of data/relations.yaml in French and English, filler and
// page junk; and adversarial articles built to stress the extractor's linear-time claims.
import { parse } from "yaml";
import { seededRandom } from "../src/app/graph/layout";
import type { KnowledgeFiles } from "../src/extract/index";

/** The same seed gives the same corpus on every machine: the layout's seeded PRNG serves here too. */
const prng = seededRandom;

type Lang = "fr" | "en";

export interface Vocabulary {
  names: string[];
  triggers: Record<Lang, string[]>;
  /** "the company", "le fonds": noun phrases standing for an entity named before. */
  anaphors: Record<Lang, string[]>;
}

const FILLER: Record<Lang, string[]> = {
  fr: [
    "des",
    "services",
    "cloud",
    "logiciels",
    "depuis",
    "plusieurs",
    "années",
    "pour",
    "la",
    "surveillance",
    "de",
    "données",
    "dans",
    "le",
    "cadre",
    "du",
    "programme",
    "militaire",
    "et",
    "outils",
    "analyse",
    "en",
    "2023",
    "selon",
    "des",
    "sources",
    "proches",
    "du",
    "dossier",
  ],
  en: [
    "cloud",
    "services",
    "software",
    "for",
    "several",
    "years",
    "to",
    "the",
    "surveillance",
    "of",
    "data",
    "under",
    "a",
    "military",
    "programme",
    "and",
    "analytics",
    "tools",
    "in",
    "2023",
    "people",
    "familiar",
    "with",
    "the",
    "matter",
    "said",
  ],
};
const HEDGES: Record<Lang, string[]> = {
  fr: ["Selon le rapport,", "D’après des documents internes,", "Il semblerait que", "", "", "", ""],
  en: ["According to the report,", "Reportedly,", "Documents show that", "", "", "", ""],
};
const NEGATIONS: Record<Lang, string[]> = { fr: ["n’a pas", "ne", "n’a jamais"], en: ["did not", "never", "has not"] };
const CONNECT: Record<Lang, string> = { fr: "et", en: "and" };
const JUNK = [
  "Twitter Facebook Linkedin Flipboard Email",
  "Réagir",
  "×",
  "media",
  "Recevez chaque matin l’essentiel de l’actualité avec notre newsletter",
  "* Les commentaires postés sur ce site font l’objet d’une modération",
  "Photo : © AFP",
  "Lire aussi : les géants du cloud et l’armée",
  "Share this article",
  "Advertisement",
];

/** Names and trigger phrases read from the knowledge files. */
export function vocabulary(files: KnowledgeFiles): Vocabulary {
  const entries = parse(files.entities) as { name: string; type: string; aliases?: { all?: string[] } }[];
  const names = entries.filter((e) => e.type !== "contract").flatMap((e) => [e.name, ...(e.aliases?.all ?? []).slice(0, 2)]);
  const relations = parse(files.relations) as { triggers: Record<Lang, { pattern: string | string[] }[]>; anaphors: Record<Lang, Record<string, string[]>> };
  const triggers = { fr: [] as string[], en: [] as string[] };
  for (const lang of ["fr", "en"] as const) {
    for (const t of relations.triggers[lang]) triggers[lang].push(...(Array.isArray(t.pattern) ? t.pattern : [t.pattern]));
  }
  const anaphors = { fr: Object.values(relations.anaphors.fr).flat(), en: Object.values(relations.anaphors.en).flat() };
  return { names: [...new Set(names)], triggers, anaphors };
}

/** A pattern ("fourni* ~3 a|à") made into words: first alternative, prefixes completed, gaps filled. */
function phrase(pattern: string, lang: Lang, pick: <T>(xs: readonly T[]) => T): string {
  return pattern
    .split(/\s+/)
    .map((part) => {
      const gap = /^~(\d+)$/.exec(part);
      if (gap) return Array.from({ length: Math.min(Number(gap[1]), 2) }, () => pick(FILLER[lang])).join(" ");
      const word = pick(part.split("|"));
      return word.endsWith("*") ? word.slice(0, -1) + pick(["", "e", "s", "ent", "ed", "ait"]) : word;
    })
    .join(" ");
}

function list(rand: () => number, pick: <T>(xs: readonly T[]) => T, names: readonly string[], lang: Lang): string {
  const n = 1 + Math.floor(rand() * 3);
  const members = Array.from({ length: n }, () => pick(names));
  return members.length === 1 ? members[0]! : `${members.slice(0, -1).join(", ")} ${CONNECT[lang]} ${members[members.length - 1]}`;
}

/** A relational sentence; with `anaphors` > 0, that share of subjects are anaphors ("the company"). */
function sentence(rand: () => number, pick: <T>(xs: readonly T[]) => T, v: Vocabulary, lang: Lang, anaphors = 0): string {
  const filler = (n: number) => Array.from({ length: n }, () => pick(FILLER[lang])).join(" ");
  const negated = rand() < 0.1 ? `${pick(NEGATIONS[lang])} ` : "";
  const subject = anaphors > 0 && rand() < anaphors ? pick(v.anaphors[lang]) : list(rand, pick, v.names, lang);
  const body = `${subject} ${negated}${phrase(pick(v.triggers[lang]), lang, pick)} ${filler(1 + Math.floor(rand() * 4))} ${list(rand, pick, v.names, lang)} ${filler(Math.floor(rand() * 6))}`;
  const hedge = pick(HEDGES[lang]);
  const text = `${hedge ? `${hedge} ` : ""}${body}`.replace(/\s+/g, " ").trim();
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A sentence with no relation in it: narrative prose, now and then a name (most news sentences are like this). */
function proseSentence(rand: () => number, pick: <T>(xs: readonly T[]) => T, v: Vocabulary, lang: Lang): string {
  const words = Array.from({ length: 12 + Math.floor(rand() * 16) }, () => pick(FILLER[lang]));
  if (rand() < 0.4) words.splice(Math.floor(rand() * words.length), 0, pick(v.names));
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface GeneratedArticle {
  file: string;
  text: string;
}

/**
 * `count` articles of about 2–5 KB each, half French and half English, some with front matter and
 * junk lines. `relational` is the share of sentences that state relations between listed names:
 * 1 makes every sentence one (the worst case); real news sits near 0.3 (the seeds: about one
 * evidence passage in three sentences).
 */
export function generateCorpus(v: Vocabulary, count: number, seed = 1, relational = 1): GeneratedArticle[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const articles: GeneratedArticle[] = [];
  for (let n = 0; n < count; n++) {
    const lang: Lang = rand() < 0.5 ? "fr" : "en";
    const target = 2048 + Math.floor(rand() * 3072);
    const lines: string[] = [];
    if (rand() < 0.3) lines.push("---", `title: Generated article ${n}`, `language: ${lang}`, "---");
    lines.push(sentence(rand, pick, v, lang).replace(/\.$/, ""));
    let size = 0;
    while (size < target) {
      const paragraph = Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
        rand() < relational ? sentence(rand, pick, v, lang) : proseSentence(rand, pick, v, lang),
      ).join(" ");
      lines.push("", paragraph);
      if (rand() < 0.15) lines.push(pick(JUNK));
      size += paragraph.length;
    }
    if (rand() < 0.2) lines.push("", "À PROPOS DE NOUS", "Mentions légales · Contact · Publicité");
    articles.push({ file: `gen/${String(n).padStart(4, "0")}_${lang}.txt`, text: lines.join("\n") });
  }
  return articles;
}

/**
 * An adversarial article of about `bytes` bytes on a single line: runs of capitalised words,
 * apostrophe and punctuation floods, registry names packed together, trigger words between them.
 */
export function adversarialArticle(v: Vocabulary, bytes: number, seed = 7): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const parts: string[] = [];
  let size = 0;
  const blocks: (() => string)[] = [
    () => Array.from({ length: 50 }, (_, i) => String.fromCharCode(65 + (i % 26)).repeat(4)).join(" "),
    () => "’'".repeat(200),
    () => "l’d’qu’".repeat(60),
    () => ",;:!?()«»—…".repeat(40),
    () => Array.from({ length: 30 }, () => pick(v.names)).join(", "),
    () => Array.from({ length: 20 }, () => `${pick(v.names)} ${phrase(pick(v.triggers.fr), "fr", pick)} ${pick(v.names)}`).join(" "),
    () => Array.from({ length: 20 }, () => `${pick(v.names)} ${phrase(pick(v.triggers.en), "en", pick)} ${pick(v.names)}`).join(" "),
    () => "La Société Du Groupe De La Direction Des Services Du Ministère De L’Intérieur Et Des Armées ".repeat(5),
    () => "<<<<<<<<<<>>>>>>>>>>".repeat(20),
    () => sentence(rand, pick, v, pick(["fr", "en"] as const)),
    () => "AAAA ".repeat(100),
  ];
  while (size < bytes) {
    const block = pick(blocks)();
    parts.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return parts.join(" ").slice(0, bytes);
}

/**
 * One long article of about `bytes` bytes in which every sentence states relations: paragraphs of
 * one to four relational sentences, as a very long report would read. It stresses the per-article
 * stages (relations, contracts, anaphors) with a number of mentions that grows with the size.
 */
export function relationalArticle(v: Vocabulary, bytes: number, seed = 11, lang: Lang = "fr", anaphors = 0.15): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => sentence(rand, pick, v, lang, anaphors)).join(" ");
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join("\n\n");
}

/**
 * One long article of about `bytes` bytes of contracts between ever new pairs of names, each
 * followed by an anaphor that must look far back ("The fund sold its stake in X." where no fund
 * was named): the worst case for grouping contract mentions and for resolving anaphors.
 */
export function contractArticle(v: Vocabulary, bytes: number, seed = 13): string {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentences: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = `${pick(v.names)} signed a contract with ${pick(v.names)} and ${pick(v.names)}. The fund sold its stake in ${pick(v.names)}.`;
    sentences.push(s, rand() < 0.3 ? "\n\n" : " ");
    size += Buffer.byteLength(s) + 1;
  }
  return sentences.join("").trim();
}
