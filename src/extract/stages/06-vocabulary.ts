// Stage 6: the words discovery reads, compiled once from data/discovery.yaml, the gazetteer and
// the roles — cue words, heads, suffixes, connectors — and the lookups built on them.
import type { EntityType, Language } from "../../model";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import { tokenize, type Token } from "../text/tokens";
import type { AcronymRules } from "./06-acronyms";
import type { InstitutionWords } from "./06-institutions";
import { occurrences } from "./06-names";
import type { AcronymBodyWords } from "./06-acronym-bodies";
import type { GovernmentWords } from "./06-governments";
import type { StateWords } from "./06-states";

export const CAPITALISED = /^[\p{Lu}\p{N}]/u;
export const HAS_LETTER = /\p{L}/u;
export const MAX_NAME_WORDS = 7;
/** Lowercase modifiers that may stand between a name and the cue noun after it ("the Quux surveillance firm"). */
const MAX_MODIFIERS = 2;
export const ALL_CAPS = /^\p{Lu}{2,}$/u;
export const NUMBER = /^\d{1,4}$/;
export const YEAR = /^(1[89]|20)\d\d$/;
export const COORDINATION = new Set(["and", "et"]);
export const OF = new Set(["of", "de", "du", "des", "d'"]);
export const NAMING = new Set([
  "called",
  "named",
  "dubbed",
  "appele",
  "appelee",
  "appeles",
  "appelees",
  "baptise",
  "baptisee",
  "nomme",
  "nommee",
  "denomme",
  "denommee",
]);
export const SPEECH = new Set(["said", "says", "told", "declare", "a declare", "explique", "selon", "according", "affirme", "souligne", "ajoute"]);

export type Lexicon = Map<string, EntityType>;

export function lexicon(groups: Partial<Record<EntityType, string[]>>): Lexicon {
  const map: Lexicon = new Map();
  for (const [type, words] of Object.entries(groups)) {
    for (const w of words ?? []) {
      map.set(fold(w), type as EntityType);
      // Phrases are looked up as their tokens joined by spaces: "start-up" is the tokens "start - up".
      map.set(
        tokenize(w)
          .map((t) => t.norm)
          .join(" "),
        type as EntityType,
      );
    }
  }
  return map;
}

export type Vocabulary = ReturnType<typeof makeVocabulary>;

export function makeVocabulary(k: Knowledge) {
  const d = k.discovery;
  const before = lexicon(mergeGroups(d.before, d.before_phrases));
  const suffix = lexicon(d.suffix);
  const pluralBefore = lexicon(d.plural_before);
  /** The last word of each plural cue, looked up before the phrase is built. */
  const pluralLastWords = new Set([...pluralBefore.keys()].map((k) => k.split(" ").pop()!));
  const pluralListOpeners = Object.fromEntries(
    Object.entries(d.plural_list_openers).map(([l, ws]) => [l, (ws ?? []).map((w) => tokenize(w).map((t) => t.norm))]),
  ) as Partial<Record<Language, string[][]>>;
  // Other languages' heads open names as English and French ones do ("Ministerio de Defensa").
  const head = lexicon(mergeGroups(d.head, d.foreign_heads));
  const apposition = lexicon(d.apposition);
  // Owned nouns type their owner as roles do ("Quorvex's shares" as "Quorvex's chief executive").
  const ownerRoles = lexicon(mergeGroups(d.owner_roles, d.owner_nouns));
  const indefinite = new Set(d.indefinite.map((w) => fold(w)));
  const definite = new Set(d.apposition_definite.map((w) => fold(w)));
  const relatives = lexicon(d.apposition_relatives);
  /**
   * "Quorvex, the Israeli spyware maker,": a definite apposition whose words are lowercase (a nationality or an acronym
   * aside) up to its cue noun, the longest phrase of `before`, and no name after it; "A, the Budget Division, the …"
   * is a list of names.
   */
  /** Whether a capitalised word comes within three words of `from`, before any punctuation. */
  const namedAfter = (text: string, tokens: readonly Token[], from: number): boolean => {
    for (let a = from; a < Math.min(tokens.length, from + 3) && tokens[a]!.isWord; a++)
      if (CAPITALISED.test(text.slice(tokens[a]!.start, tokens[a]!.end))) return true;
    return false;
  };
  const definiteAppositionType = (text: string, tokens: readonly Token[], end: number): { type: EntityType; to: number } | undefined => {
    if (tokens[end]?.norm !== "," || !definite.has(tokens[end + 1]?.norm ?? "")) return undefined;
    for (let n = end + 2; n < Math.min(tokens.length, end + 7); n++) {
      const t = tokens[n]!;
      if (t.norm === "-") continue;
      const written = text.slice(t.start, t.end);
      if (!t.isWord || (CAPITALISED.test(written) && !nationality(t) && !ALL_CAPS.test(written))) return undefined;
      const type = phraseEndingAt(tokens as Token[], n, before);
      if (!type || CAPITALISED.test(written)) continue;
      // "Ensuite, la société chinoise Zebra Vision": a cue noun followed (past its adjectives) by a name introduces that name.
      if (namedAfter(text, tokens, n + 1)) return undefined;
      return roles.has(tokens[n + 1]?.norm ?? "") ? undefined : { type, to: n + 1 };
    }
    return undefined;
  };
  const nounsAfter = lexicon(Object.values(d.nouns_after).reduce((all, g) => mergeGroups(all, g ?? {}), {}));
  /**
   * "the Kathimerini daily", "Sunday's Documento newspaper", "the ruling Quux (QP) party": a determiner or a possessive
   * before the name and a lowercase cue noun right after it (past an acronym in parentheses) type it; the noun is no part of it.
   */
  const followingNounType = (text: string, tokens: readonly Token[], first: number, end: number): { type: EntityType; cue: string } | undefined => {
    const opener = tokens[first - 1]?.norm ?? "";
    if (!definite.has(opener) && opener !== "'s") return undefined;
    let n = end;
    if (tokens[n]?.norm === "(" && tokens[n + 2]?.norm === ")" && ALL_CAPS.test(text.slice(tokens[n + 1]!.start, tokens[n + 1]!.end))) n += 3;
    // "Greece's PASOK-KINAL center left party", "the Quux surveillance firm": up to two lowercase modifiers before the noun.
    for (let m = n; m <= n + MAX_MODIFIERS; m++) {
      const noun = tokens[m];
      if (!noun?.isWord || CAPITALISED.test(text[noun.start]!) || (m > n && stop.has(tokens[m - 1]!.norm))) return undefined;
      const type = nounsAfter.get(noun.norm);
      if (type) return { type, cue: noun.norm };
    }
    return undefined;
  };
  /** "Quorvex, which makes cameras,": the type a relative clause right after the name (token `end` is the comma) gives. */
  const relativeType = (tokens: readonly Token[], end: number): EntityType | undefined =>
    tokens[end]?.norm === "," && tokens[end + 2] ? relatives.get(`${tokens[end + 1]!.norm} ${tokens[end + 2]!.norm}`) : undefined;
  const stop = new Set(d.stopwords.map((w) => fold(w)));
  const nameOpeners = new Set(d.name_openers.map((w) => fold(w)));
  const namePossessors = new Set(d.name_possessors.map((w) => fold(w)));
  const facilityClosers = new Set(Object.values(d.facility_closers).flatMap((ws) => (ws ?? []).map((w) => fold(w))));
  /** "Colnbrook Immigration Removal Centre", "Evin Prison": a name its last one or two words close as a building's, no actor's. */
  const isFacility = (words: readonly Token[]) => {
    const last = words[words.length - 1]?.norm ?? "";
    return facilityClosers.has(last) || (words.length >= 2 && facilityClosers.has(`${words[words.length - 2]!.norm} ${last}`));
  };
  const connectors = new Set([...d.name_connectors, ...d.foreign_connectors].map((w) => fold(w)));
  const compoundEndings = Object.entries(d.compound_endings).flatMap(([type, ends]) => (ends ?? []).map((e) => [fold(e), type as EntityType] as const));
  /** "Bundeskriminalamt": a one-word name whose ending is a head; the ending alone ("Amt") is no name. */
  const compoundType = (norm: string): EntityType | undefined => compoundEndings.find(([e]) => norm.length >= e.length + 4 && norm.endsWith(e))?.[1];
  const locatedDeterminers = new Set([...d.institution_determiners, ...d.indefinite].map((w) => fold(w)));
  const locatedWords = new Set(Object.values(d.located).flatMap((ws) => (ws ?? []).map((w) => fold(w))));
  // Occupations mark a person as roles do, but bind them to no organisation: they are the finder's alone.
  const occupations = new Set(Object.values(d.person_nouns).flatMap((ws) => (ws ?? []).map((w) => fold(w))));
  const roles = new Set([...k.roles.en, ...k.roles.fr, ...occupations]);
  const amountWords = new Set([...Object.keys(k.money.multipliers), ...Object.keys(k.money.currencies)].map((w) => fold(w)));
  const isAmountWord = (norm: string) => amountWords.has(norm);
  const nationality = (t: Token | undefined) => (t ? d.nationalityOf.get(t.norm) : undefined);
  const { givenNames, places } = k.gazetteer;
  const adjectival = Object.fromEntries(Object.entries(d.adjectival_heads).map(([l, groups]) => [l, lexicon(groups ?? {})])) as Partial<
    Record<Language, Lexicon>
  >;
  // Inside "Cour d'appel de Paris" only the connectors of a complement: "la Direction pour couvrir…" is no name.
  const tailConnectors = new Set([...OF, "la", "l'", "le"]);
  const perLanguage = (lists: Partial<Record<Language, string[]>>) =>
    Object.fromEntries(Object.entries(lists).map(([l, ws]) => [l, new Set((ws ?? []).map((w) => fold(w)))])) as Partial<Record<Language, Set<string>>>;
  // Per language: the prepositions a tail may add, and the words that close it (06-names.ts adjectivalTail).
  const tailConnectorsOf = Object.fromEntries(
    Object.entries(perLanguage(d.tail_connectors)).map(([l, ws]) => [l, new Set([...tailConnectors, ...(ws ?? [])])]),
  ) as Partial<Record<Language, Set<string>>>;
  // Closers are matched as written, accents kept: the auxiliary "a" closes a tail, the preposition "à" joins one.
  const nameClosers = Object.fromEntries(
    Object.entries(d.name_closers).map(([l, ws]) => [l, new Set((ws ?? []).map((w) => w.toLowerCase().replace(/’/g, "'")))]),
  ) as Partial<Record<Language, Set<string>>>;
  const adjectiveEndings = Object.fromEntries(Object.entries(d.adjective_endings).map(([l, e]) => [l, (e ?? []).map((x) => fold(x))])) as Partial<
    Record<Language, string[]>
  >;
  const languageStops = new Set([...k.language.stopwords.en, ...k.language.stopwords.fr].map((w) => fold(w)));
  const notOrganisations = new Set(d.not_organisations.map((w) => fold(w)));
  const acronymRules: AcronymRules = {
    openers: new Set(d.acronym_openers.map((w) => fold(w))),
    excluded: (w) => notOrganisations.has(w) || stop.has(w) || roles.has(w) || places.has(w) || givenNames.has(w) || isAmountWord(w) || d.nationalityOf.has(w),
  };
  /** Words that cannot be part of a person's surname: cue words, places, nationalities, stopwords. */
  const notSurname = (norm: string) => suffix.has(norm) || head.has(norm) || stop.has(norm) || places.has(norm) || d.nationalityOf.has(norm);
  const scopeWords = new Set(d.scope_suffixes.map((w) => fold(w)));
  /** The type the last word gives, or the word before it when the last only says where the name reaches ("Quux Systems International"). */
  const closingType = (ws: readonly Token[]): EntityType | undefined => {
    const last = ws[ws.length - 1]!.norm;
    const previous = ws.length >= 3 && scopeWords.has(last) ? suffix.get(ws[ws.length - 2]!.norm) : undefined;
    return previous ?? suffix.get(last);
  };
  /** The type a long form's words give: its head ("direction …"), its suffix ("… Commission") or a cue word it opens with. */
  const typeOfPhrase = (ws: readonly Token[]): EntityType | undefined => head.get(ws[0]!.norm) ?? closingType(ws) ?? before.get(ws[0]!.norm);
  /** "Toronto-based", "Chinese based" ending at token b: the place or nationality gives the country. */
  const basedIn = (tokens: readonly Token[], b: number): { country: string; at: number } | undefined => {
    if (!locatedWords.has(tokens[b]?.norm ?? "") || b < 1) return undefined;
    const at = tokens[b - 1]!.norm === "-" ? b - 2 : b - 1;
    const country = at >= 0 ? (places.get(tokens[at]!.norm) ?? nationality(tokens[at])) : undefined;
    return country ? { country, at } : undefined;
  };
  /**
   * "Veltrix, based in Waterloo, Canada,", "Veltrix, basée à Waterloo, au Canada": the country of the last place named in an
   * apposition opening with a locating participle right after the name (token `end` is the comma).
   */
  const locatedAfter = (tokens: readonly Token[], end: number): { country: string; cue: string } | undefined => {
    if (tokens[end]?.norm !== "," || !locatedWords.has(tokens[end + 1]?.norm ?? "")) return undefined;
    let country: string | undefined;
    for (let n = end + 2; n < Math.min(tokens.length, end + 10); n++) {
      const t = tokens[n]!;
      if (!t.isWord && t.norm !== "," && t.norm !== "-") break;
      const pair = n + 1 < tokens.length ? `${t.norm} ${tokens[n + 1]!.norm}` : "";
      country = places.get(pair) ?? places.get(t.norm) ?? nationality(t) ?? country;
    }
    return country ? { country, cue: tokens[end + 1]!.norm } : undefined;
  };
  /** "Toronto-based Veltrix", "the Nairobi-based Veltrix": a place-based adjective before the name, determiners skipped. */
  const locatedBefore = (tokens: readonly Token[], first: number): { country: string; cue: string } | undefined => {
    let b = first - 1;
    while (b >= 0 && locatedDeterminers.has(tokens[b]!.norm)) b--;
    const at = b >= 0 ? basedIn(tokens, b) : undefined;
    return at
      ? {
          country: at.country,
          cue: tokens
            .slice(at.at, b + 1)
            .map((t) => t.norm)
            .join(""),
        }
      : undefined;
  };

  /** "Laxton" for "Laxton Group Limited", when the article also says "Laxton" alone. */
  const shortFormsOf = (text: string, run: readonly Token[]): string[] => {
    let cut = run.length;
    while (cut > 1 && (suffix.get(run[cut - 1]!.norm) === "company" || connectors.has(run[cut - 1]!.norm) || !run[cut - 1]!.isWord)) cut--;
    if (cut === run.length || stop.has(run[cut - 1]!.norm) || run.slice(0, cut).some((t) => suffix.has(t.norm))) return [];
    const short = text.slice(run[0]!.start, run[cut - 1]!.end);
    const full = text.slice(run[0]!.start, run[run.length - 1]!.end);
    // "Lusaka Times": a place or a people left alone is the place, not the company's short form.
    if (places.has(fold(short)) || d.nationalityOf.has(fold(short))) return [];
    return occurrences(text, short) > occurrences(text, full) ? [short] : [];
  };

  /** Multi-word lexicon entries ("data broker") end at a token; look back over up to 3 words. */
  const phraseEndingAt = (tokens: Token[], i: number, lex: Lexicon): EntityType | undefined => {
    for (let n = 3; n >= 1; n--) {
      if (i - n + 1 < 0) continue;
      const phrase = tokens
        .slice(i - n + 1, i + 1)
        .map((t) => t.norm)
        .join(" ");
      const type = lex.get(phrase);
      if (type) return type;
    }
    return undefined;
  };
  const subsidiaryHeads = new Set(d.subsidiary_heads.map((w) => fold(w)));
  const institutions: InstitutionWords = {
    heads: Object.fromEntries(Object.entries(d.institution_heads).map(([l, groups]) => [l, lexicon(groups ?? {})])),
    levels: Object.fromEntries(Object.entries(d.institution_levels).map(([l, ws]) => [l, new Set(lexicon({ agency: ws ?? [] }).keys())])),
    portfolios: Object.fromEntries(Object.entries(d.institution_portfolios).map(([l, ws]) => [l, new Set(lexicon({ agency: ws ?? [] }).keys())])),
    portfolioHeads: Object.fromEntries(Object.entries(d.institution_portfolio_heads).map(([l, ws]) => [l, new Set(lexicon({ agency: ws ?? [] }).keys())])),
    determiners: new Set(d.institution_determiners.map((w) => fold(w))),
  };
  const phrases = (ws: readonly string[] | undefined) => new Set(lexicon({ agency: [...(ws ?? [])] }).keys());
  const governments: GovernmentWords = {
    before: Object.fromEntries(Object.entries(d.government_before).map(([l, ws]) => [l, phrases(ws)])),
    after: Object.fromEntries(Object.entries(d.government_after).map(([l, ws]) => [l, phrases(ws)])),
    inName: new Set(d.government_in_name.map((w) => fold(w))),
    placePrepositions: Object.fromEntries(Object.entries(d.government_place_prepositions).map(([l, ws]) => [l, phrases(ws)])),
    determiners: institutions.determiners,
    bodies: Object.fromEntries(Object.entries(d.place_bodies).map(([l, ws]) => [l, phrases(ws)])),
  };
  const acronymBodies: AcronymBodyWords = {
    after: Object.fromEntries(Object.entries(d.acronym_bodies).map(([l, g]) => [l, phrases(g?.after)])),
    before: Object.fromEntries(Object.entries(d.acronym_bodies).map(([l, g]) => [l, phrases(g?.before)])),
  };
  const stateCountry = new Map(k.registryEntities.filter((e) => e.type === "state" && e.country).map((e) => [e.id, e.country!]));
  const entityCountry = new Map(k.registryEntities.filter((e) => e.country).map((e) => [e.id, e.country!]));
  const stateWords: StateWords = { of: OF, determiners: institutions.determiners, possessive: "'s" };
  return {
    definiteAppositionType,
    followingNounType,
    relativeType,
    governments,
    acronymBodies,
    stateCountry,
    entityCountry,
    stateWords,
    compoundType,
    locatedAfter,
    locatedBefore,
    subsidiaryHeads,
    institutions,
    d,
    before,
    pluralBefore,
    pluralLastWords,
    pluralListOpeners,
    suffix,
    head,
    apposition,
    ownerRoles,
    indefinite,
    stop,
    nameOpeners,
    namePossessors,
    isFacility,
    connectors,
    roles,
    occupations,
    amountWords,
    isAmountWord,
    nationality,
    givenNames,
    places,
    adjectival,
    tailConnectors,
    tailConnectorsOf,
    nameClosers,
    adjectiveEndings,
    languageStops,
    notOrganisations,
    acronymRules,
    notSurname,
    typeOfPhrase,
    closingType,
    basedIn,
    shortFormsOf,
    phraseEndingAt,
  };
}

/** The union of two lexicon sources, type by type. */
function mergeGroups(a: Partial<Record<EntityType, string[]>>, b: Partial<Record<EntityType, string[]>>): Partial<Record<EntityType, string[]>> {
  const out: Partial<Record<EntityType, string[]>> = { ...a };
  for (const [type, words] of Object.entries(b) as [EntityType, string[] | undefined][]) out[type] = [...(out[type] ?? []), ...(words ?? [])];
  return out;
}
