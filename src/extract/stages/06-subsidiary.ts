// Stage 6: subsidiaries. A known company's name followed by capitalised words is usually a product
// ("Google Distributed Cloud"); a subsidiary when the words end in a legal form or a fund head, a series
// numeral allowed after it ("KKR Asian Fund III", "Quux Holdings Ltd"). Sector words ("Cloud",
// "Systems") end products' names as often as companies', so they do not count there. A subsidiary is
// also written descriptively, by a noun and a nationality ("la filiale camerounaise de Quux").
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import { fold, slugify } from "../text/fold";
import { type Token, tokenize } from "../text/tokens";
import type { Sentence } from "./03-segment";
import type { Discovery } from "./06-discover";
import { occurrences } from "./06-names";
import { OF, type Vocabulary } from "./06-vocabulary";

const SERIES = /^(\d{1,2}|[ivx]{1,4})$/;

export function isSubsidiaryTail(v: Vocabulary, run: readonly Token[]): boolean {
  const words = run.filter((t) => t.isWord);
  if (words.length === 0) return false;
  let last = words.length - 1;
  if (last > 0 && SERIES.test(words[last]!.norm)) last--;
  return v.subsidiaryHeads.has(words[last]!.norm);
}

/** The subsidiary nouns and possessives of one language, compiled from data/discovery.yaml `subsidiaries`. */
interface SubsidiaryWords {
  nouns: ReadonlySet<string>;
  /** Possessives before the noun that make it the article's company's: "sa filiale", "its unit". */
  possessives: ReadonlySet<string>;
}

const compiledWords = new WeakMap<object, Partial<Record<Language, SubsidiaryWords>>>();

function subsidiaryWords(v: Vocabulary, lang: Language): SubsidiaryWords | undefined {
  let all = compiledWords.get(v.d);
  if (!all) {
    all = {};
    for (const [l, w] of Object.entries(v.d.subsidiaries))
      if (w) all[l as Language] = { nouns: new Set(w.nouns.map((x) => fold(x))), possessives: new Set(w.possessives.map((x) => fold(x))) };
    compiledWords.set(v.d, all);
  }
  return all[lang];
}

/** A company the article names: its record id when the registry knows it, else its discovered label. */
interface Company {
  id: string;
  label: string;
  start: number;
  end: number;
}

/**
 * Subsidiaries written descriptively: "la filiale camerounaise de la société chinoise", "sa filiale
 * kényane", "Quux's Kenyan unit", "the Kenyan subsidiary of Quux". The noun and its nationality name
 * the company's branch in that country, a record of its own ("huawei-cm") named so in this article
 * only. The company is the name right after "de"/"of" or right before "'s"; after a possessive or a
 * cue noun with no name ("de la société chinoise") it is the company the article names most.
 */
export function descriptiveSubsidiaries(
  v: Vocabulary,
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  found: readonly Discovery[],
  lang: Language | undefined,
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): Discovery[] {
  const words = lang ? subsidiaryWords(v, lang) : undefined;
  if (!words || words.nouns.size === 0) return [];
  const companies: Company[] = [
    ...mentions
      .filter((m) => typeOf?.(m.entityId) === "company")
      .map((m) => ({ id: m.entityId, label: text.slice(m.start, m.end), start: m.start, end: m.end })),
    ...found.filter((d) => d.type === "company" && !d.id).map((d) => ({ id: slugify(d.label), label: d.label, start: d.start, end: d.end })),
  ].sort((a, b) => a.start - b.start);
  if (companies.length === 0) return [];
  const out: Discovery[] = [];
  const lower = text.toLowerCase();
  for (const s of sentences) {
    const slice = lower.slice(s.start, s.end);
    if (![...words.nouns].some((n) => slice.includes(n))) continue;
    const tokens = tokenize(text, s.start, s.end);
    for (let h = 0; h < tokens.length; h++) {
      if (!words.nouns.has(tokens[h]!.norm)) continue;
      const read = lang === "fr" ? readAfter(v, tokens, h) : readBefore(v, tokens, h);
      if (!read) continue;
      const parent =
        companyAt(companies, read.ownerStart, read.ownerEnd) ??
        companyNamed(companies, text.slice(read.ownerStart, read.ownerEnd), read.ownerStart >= 0) ??
        (read.generic || words.possessives.has(tokens[read.first - 1]?.norm ?? "") ? mostNamed(companies, text) : undefined);
      if (!parent) continue;
      const [start, end] = [tokens[read.first]!.start, tokens[read.end - 1]!.end];
      const cc = read.country;
      const label = `${parent.label} (${cc})`;
      out.push({ label, type: "company", country: cc, cue: `subsidiary of ${parent.label}`, start, end, id: `${parent.id}-${cc.toLowerCase()}` });
      h = read.end - 1;
    }
  }
  return out;
}

interface Read {
  /** The subsidiary's words in the text: "filiale camerounaise", "Kenyan unit". */
  first: number;
  end: number;
  country: string;
  /** Where the owner's name may stand, as text offsets (-1 when nowhere). */
  ownerStart: number;
  ownerEnd: number;
  /** A cue noun stands for the owner ("de la société chinoise"). */
  generic: boolean;
}

/** "filiale camerounaise de (la société chinoise | Quux)": the nationality after the noun, the owner after "de". */
function readAfter(v: Vocabulary, tokens: readonly Token[], h: number): Read | undefined {
  const country = v.nationality(tokens[h + 1]);
  if (!country) return undefined;
  const read: Read = { first: h, end: h + 2, country, ownerStart: -1, ownerEnd: -1, generic: false };
  let j = h + 2;
  if (!OF.has(tokens[j]?.norm ?? "")) return read;
  j++;
  while (j < tokens.length && v.d.institution_determiners.includes(tokens[j]!.norm)) j++;
  const cue = j < tokens.length ? v.phraseEndingAt(tokens as Token[], j, v.before) : undefined;
  if (cue === "company") {
    read.generic = true;
    j++;
    while (j < tokens.length && v.nationality(tokens[j])) j++;
  }
  if (tokens[j]) [read.ownerStart, read.ownerEnd] = [tokens[j]!.start, tokens[j]!.end];
  return read;
}

/** "Quux's Kenyan unit", "the Kenyan subsidiary of Quux", "its Kenyan unit": the nationality before the noun. */
function readBefore(v: Vocabulary, tokens: readonly Token[], h: number): Read | undefined {
  const country = h > 0 ? v.nationality(tokens[h - 1]) : undefined;
  if (!country) return undefined;
  const read: Read = { first: h - 1, end: h + 1, country, ownerStart: -1, ownerEnd: -1, generic: false };
  if (tokens[h - 2]?.norm === "'s" && h >= 3) [read.ownerStart, read.ownerEnd] = [tokens[h - 3]!.start, tokens[h - 3]!.end];
  else if (OF.has(tokens[h + 1]?.norm ?? "") && tokens[h + 2]) [read.ownerStart, read.ownerEnd] = [tokens[h + 2]!.start, tokens[h + 2]!.end];
  return read;
}

/** The company whose name covers the token spanning [start, end). */
function companyAt(companies: readonly Company[], start: number, end: number): Company | undefined {
  return start < 0 ? undefined : companies.find((c) => c.start <= start && c.end >= end);
}

/** A company whose name is `written` or opens with it ("Paragon" for "Paragon Solutions"), as the owner's word after its first mention. */
function companyNamed(companies: readonly Company[], written: string, present: boolean): Company | undefined {
  if (!present || !/^\p{Lu}/u.test(written)) return undefined;
  const w = fold(written);
  return companies.find((c) => fold(c.label) === w || fold(c.label).startsWith(`${w} `));
}

/** The company the article names most, by how often its name occurs. */
function mostNamed(companies: readonly Company[], text: string): Company | undefined {
  const counts = new Map<string, { c: Company; n: number }>();
  for (const c of companies) {
    const seen = counts.get(c.id);
    if (seen) seen.n++;
    else counts.set(c.id, { c, n: Math.max(1, occurrences(text, c.label)) });
  }
  let best: { c: Company; n: number } | undefined;
  for (const x of counts.values()) if (!best || x.n > best.n) best = x;
  return best?.c;
}

/**
 * A company's name followed by a state's ("Orange Côte d'Ivoire", "Huawei Kenya", "Microsoft Israel") names
 * its branch in that state, a company of its own. Only a space may stand between the two names.
 */
export function stateBranches(
  text: string,
  mentions: readonly Mention[],
  found: readonly Discovery[],
  stateCountry: ReadonlyMap<string, string>,
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): Discovery[] {
  // An association's national chapter is named the same way: "Transparency International Bangladesh", "Amnesty International Kenya".
  const branching = (t: EntityType | undefined) => t === "company" || t === "organization";
  const companies = [
    ...mentions.filter((m) => branching(typeOf?.(m.entityId))).map((m) => ({ start: m.start, end: m.end, type: typeOf!(m.entityId)! })),
    ...found.filter((d) => branching(d.type) && !d.id).map((d) => ({ start: d.start, end: d.end, type: d.type })),
  ];
  const byEnd = new Map(companies.map((c) => [c.end, c]));
  const out: Discovery[] = [];
  for (const m of mentions) {
    const country = stateCountry.get(m.entityId);
    const company = country ? byEnd.get(m.start - 1) : undefined;
    if (!company || text[m.start - 1] !== " " || !/^\p{Lu}/u.test(text[m.start]!)) continue;
    // "…'s Kenya unit" or "Huawei Kenya's police": a possessive makes the state's name no part of the company's.
    if (/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) continue;
    const label = text.slice(company.start, m.end);
    out.push({ label, type: company.type, country: country!, cue: "subsidiary in a state", start: company.start, end: m.end });
  }
  return out;
}
