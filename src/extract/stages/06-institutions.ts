// Stage 6: institutions named in lowercase by a common noun and what places it — "la police
// cantonale vaudoise", "la gendarmerie nationale", "les armées françaises", "the Xinjiang police",
// "the border police". The head noun alone ("la police") names no one in particular; a nationality,
// a place or a level of government (data/discovery.yaml `institution_levels`) makes it one body.
import type { EntityType, Language } from "../../model";
import { isFrenchPluralVerb } from "./06-verb-closers";
import { phraseAt } from "../text/phrase-index";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { CAPITALISED, type Vocabulary } from "./06-vocabulary";

const LOWER = /^\p{Ll}/u;
/** What joins a head to its portfolio: "ministère de la défense", "ministère des affaires étrangères". */
const PORTFOLIO_LINKS = new Set(["de", "du", "des", "d'"]);
const PORTFOLIO_DETERMINERS = new Set(["la", "le", "les", "l'"]);
/** French puts the adjectives after the head; at most this many. */
const MAX_ADJECTIVES = 3;
const MAX_HEAD_WORDS = 3;

export interface InstitutionWords {
  /** Lowercase heads per language and their type: "police", "gendarmerie", "armed forces". */
  heads: Partial<Record<Language, ReadonlyMap<string, EntityType>>>;
  /** Adjectives of a level of government or of a branch: "cantonale", "fédérale", "border", "federal". */
  levels: Partial<Record<Language, ReadonlySet<string>>>;
  /** Determiners that must open a head qualified only by a level: "la gendarmerie nationale", "the border police". */
  determiners: ReadonlySet<string>;
  /** Lowercase portfolios of a head's complement: "défense", "affaires étrangères". */
  portfolios: Partial<Record<Language, ReadonlySet<string>>>;
  /** Heads that name a body only with a portfolio and a nationality: "ministère". */
  portfolioHeads: Partial<Record<Language, ReadonlySet<string>>>;
}

/**
 * The institutions of one sentence named by a lowercase head. `known` marks the tokens inside a
 * registry mention, `taken` the spans already discovered: neither is read again.
 */
export function lowercaseInstitutions(
  v: Vocabulary,
  words: InstitutionWords,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  taken: readonly Discovery[],
  lang: Language | undefined,
): Discovery[] {
  const heads = lang ? words.heads[lang] : undefined;
  const levels = lang ? words.levels[lang] : undefined;
  if (!heads || !levels) return [];
  const out: Discovery[] = [];
  const lower = (n: number) => tokens[n] !== undefined && tokens[n]!.isWord && known[n] === 0 && LOWER.test(text.slice(tokens[n]!.start, tokens[n]!.end));
  const free = (from: number, to: number) =>
    !known.subarray(from, to).some((x) => x === 1) && !taken.some((d) => d.end > tokens[from]!.start && d.start < tokens[to - 1]!.end);
  for (let h = 0; h < tokens.length; h++) {
    if (!lower(h)) continue;
    // Heads of one to three words: "police", "forces armées", "public pension fund".
    const head = headAt(heads, tokens, h, lower);
    if (!head) continue;
    const { type, end: headEnd } = head;
    const portfolioHead = words.portfolioHeads[lang!]?.has(tokens[h]!.norm) ?? false;
    const found = portfolioHead
      ? portfolioQualified(v, levels, words.portfolios[lang!], text, tokens, h, headEnd, lower)
      : lang === "fr"
        ? qualifiedAfter(v, levels, text, tokens, h, headEnd, lower)
        : qualifiedBefore(v, levels, text, tokens, h, headEnd, known);
    if (!found) continue;
    const { first, end, country, placed } = found;
    // A level alone ("gendarmerie nationale") needs a definite determiner: "des véhicules de police municipale" names no body.
    // "Peru's interior ministry": a possessive stands for the determiner.
    if (!placed && !words.determiners.has(tokens[first - 1]?.norm ?? "") && tokens[first - 1]?.norm !== "'s") continue;
    if (!free(first, end)) continue;
    const [start, stop] = [tokens[first]!.start, tokens[end - 1]!.end];
    out.push({ label: text.slice(start, stop), type, country, cue: `institution ${tokens[h]!.norm}`, start, end: stop });
    h = end - 1;
  }
  return out;
}

/** The longest lowercase head of up to MAX_HEAD_WORDS words at `h`. */
function headAt(
  heads: ReadonlyMap<string, EntityType>,
  tokens: readonly Token[],
  h: number,
  lower: (n: number) => boolean,
): { type: EntityType; end: number } | undefined {
  let words = 1;
  while (words < MAX_HEAD_WORDS && lower(h + words)) words++;
  const found = phraseAt(heads, (k) => tokens[k]?.norm, h, words);
  return found && { type: heads.get(found.key)!, end: h + found.words };
}

interface Qualified {
  first: number;
  end: number;
  country: string | null;
  /** A nationality or a place qualifies the head, not only a level. */
  placed: boolean;
}

/** "police cantonale vaudoise", "armées françaises": lowercase adjectives after the head, one of them a nationality or a level. */
function qualifiedAfter(
  v: Vocabulary,
  levels: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
  h: number,
  headEnd: number,
  lower: (n: number) => boolean,
): Qualified | undefined {
  // Endings as written: folded, "é" is "e" and every verb in -e would pass ("la police cantonale possède").
  const endings = v.d.adjective_endings.fr ?? [];
  let end = headEnd;
  let country: string | null = null;
  let qualified = false;
  for (let j = headEnd; j < headEnd + MAX_ADJECTIVES && lower(j); j++) {
    const norm = tokens[j]!.norm;
    const written = text.slice(tokens[j]!.start, tokens[j]!.end).toLowerCase();
    // "l'armée brésilienne reportent…": a plural verb shares the adjectives' endings.
    if (v.languageStops.has(norm) || isFrenchPluralVerb(written)) break;
    const nationality = v.nationality(tokens[j]);
    if (nationality) country ??= nationality;
    else if (!levels.has(norm) && !endings.some((e) => written.endsWith(e))) break;
    qualified ||= nationality !== undefined || levels.has(norm);
    end = j + 1;
  }
  return qualified ? { first: h, end, country, placed: country !== null } : undefined;
}

/** "the Xinjiang police", "Israeli army", "the border police": a place, a nationality or a level right before the head. */
function qualifiedBefore(
  v: Vocabulary,
  levels: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
  h: number,
  headEnd: number,
  known: Uint8Array,
): Qualified | undefined {
  const m = h - 1;
  const t = tokens[m];
  if (!t?.isWord || known[m] === 1) return undefined;
  const capitalised = CAPITALISED.test(text[t.start]!);
  const country = capitalised ? (v.nationality(t) ?? v.places.get(t.norm) ?? null) : null;
  if (country) return { first: m, end: headEnd, country, placed: true };
  if (capitalised || !levels.has(t.norm)) return undefined;
  // "the Kenyan interior ministry": a nationality before the level places the body, outside its name.
  const n = tokens[m - 1];
  const nationality = n?.isWord && known[m - 1] === 0 && CAPITALISED.test(text[n.start]!) ? v.nationality(n) : undefined;
  return { first: m, end: headEnd, country: nationality ?? null, placed: nationality !== undefined };
}

/** The end of a lowercase portfolio complement at `from` ("de la défense", "des affaires étrangères"), or -1. */
function portfolioEnd(portfolios: ReadonlySet<string> | undefined, tokens: readonly Token[], from: number, lower: (n: number) => boolean): number {
  if (!portfolios || !PORTFOLIO_LINKS.has(tokens[from]?.norm ?? "")) return -1;
  const p = PORTFOLIO_DETERMINERS.has(tokens[from + 1]?.norm ?? "") ? from + 2 : from + 1;
  for (let n = 2; n >= 1; n--) {
    const words = tokens.slice(p, p + n);
    if (words.length === n && words.every((_, k) => lower(p + k)) && portfolios.has(words.map((t) => t.norm).join(" "))) return p + n;
  }
  return -1;
}

/**
 * "le ministère indonésien de la défense", "le ministère de la défense brésilien": a head that names a body only with a
 * portfolio and a nationality on either side of it. "le ministère de la défense" alone says not whose it is.
 */
function portfolioQualified(
  v: Vocabulary,
  levels: ReadonlySet<string>,
  portfolios: ReadonlySet<string> | undefined,
  text: string,
  tokens: readonly Token[],
  h: number,
  headEnd: number,
  lower: (n: number) => boolean,
): Qualified | undefined {
  const before = qualifiedAfter(v, levels, text, tokens, h, headEnd, lower);
  const from = before?.placed ? before.end : headEnd;
  const end = portfolioEnd(portfolios, tokens, from, lower);
  if (end < 0) return undefined;
  if (before?.placed) return { ...before, end };
  const after = qualifiedAfter(v, levels, text, tokens, h, end, lower);
  return after?.placed ? after : undefined;
}
