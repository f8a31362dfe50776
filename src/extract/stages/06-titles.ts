// Stage 6: the words around a person's name that are no part of an organisation's (issue 9, names-en) —
// titles before it ("Gen Kale Kayihura", "President Kibaki"), and lowercase particles inside it
// ("Carolina Rocha da Silva"). The words are data (data/discovery.yaml: bare_names.titles,
// surname_titles, name_particles), per language where they differ.
import type { Language } from "../../model";
import { fold } from "../text/fold";
import { type Token, tokenize } from "../text/tokens";
import { OF, type Vocabulary } from "./06-vocabulary";

export interface PersonWords {
  /** Titles standing before a name, never part of it ("Gen", "Dr", "President"). */
  titles: ReadonlySet<string>;
  /** Titles after which one capitalised word is a surname ("President Kibaki"). */
  surnameTitles: ReadonlySet<string>;
  /** Lowercase particles joining a name's words ("da", "von"). */
  particles: ReadonlySet<string>;
  /** Words between the comma and a role in apposition ("then", "former"). */
  modifiers: ReadonlySet<string>;
  /** Relative pronouns only people take ("who"). */
  relatives: ReadonlySet<string>;
  /** Predicates only people take, as token phrases ("was arrested"). */
  predicates: ReadonlySet<string>;
  /** Copulas before an occupation that make the subject a person ("X is a senior news reporter"). */
  copulas: ReadonlySet<string>;
}

const compiled = new WeakMap<Vocabulary, Map<string, PersonWords>>();

/** The language's lists (both languages' when it is unknown), compiled once per vocabulary. */
export function personWords(v: Vocabulary, lang: Language | undefined): PersonWords {
  const byLang = compiled.get(v) ?? new Map<string, PersonWords>();
  compiled.set(v, byLang);
  const cached = byLang.get(lang ?? "");
  if (cached) return cached;
  const pick = (lists: Partial<Record<Language, string[]>>) => new Set((lang ? (lists[lang] ?? []) : Object.values(lists).flat()).map((w) => fold(w)));
  const phrases = (lists: Partial<Record<Language, string[]>>) =>
    new Set(
      [...pick(lists)].map((p) =>
        tokenize(p)
          .map((t) => t.norm)
          .join(" "),
      ),
    );
  const words: PersonWords = {
    titles: new Set(v.d.bare_names.titles.map((w) => fold(w))),
    surnameTitles: pick(v.d.surname_titles),
    particles: pick(v.d.name_particles),
    modifiers: pick(v.d.person_modifiers),
    relatives: pick(v.d.person_relatives),
    predicates: phrases(v.d.person_predicates),
    copulas: pick(v.d.person_copulas),
  };
  byLang.set(lang ?? "", words);
  return words;
}

/**
 * Whether the particle at tokens[n] joins two words of one person's name: lowercase, between two capitalised
 * words, glued by single spaces ("Rocha da Silva", "von der Leyen" reads the second particle too).
 */
export function joinsName(words: PersonWords, text: string, tokens: readonly Token[], n: number, capital: (n: number) => boolean): boolean {
  let m = n;
  while (m < tokens.length && words.particles.has(tokens[m]!.norm) && isLower(text, tokens[m]!)) m++;
  return m > n && m - n <= 2 && capital(m);
}

const isLower = (text: string, t: Token) => text[t.start] === text[t.start]!.toLowerCase();

/**
 * "President Kibaki", "Gen Kayihura": a title right before one capitalised word that is no organisation's or
 * place's word makes it a surname. `isOther` rejects heads, suffixes, roles, places, nationalities and the like.
 */
export function titledSurname(words: PersonWords, title: Token | undefined, name: readonly Token[], isOther: (norm: string) => boolean): boolean {
  return title !== undefined && words.surnameTitles.has(title.norm) && name.length === 1 && name[0]!.isWord && !isOther(name[0]!.norm);
}

/** Longest predicate phrase, in tokens. */
const MAX_PREDICATE = 4;
/** Modifiers allowed between the comma and the role: "then-", "the former". */
const MAX_MODIFIERS = 3;
const AGE = /^\d{2}$/;

/**
 * What the words after the name at tokens[…, end) say of a person, if anything: a role in apposition behind
 * modifiers ("X, then-head of…"), "who", a predicate only people take ("X was arrested"), or an age ("X, 45,").
 */
export function personContext(
  words: PersonWords,
  tokens: readonly Token[],
  end: number,
  isRole: (norm: string) => boolean,
  isOccupation: (norm: string) => boolean = () => false,
): string | undefined {
  const at = (n: number) => tokens[n]?.norm ?? "";
  for (let n = MAX_PREDICATE; n >= 1; n--) {
    const phrase = tokens
      .slice(end, end + n)
      .map((t) => t.norm)
      .join(" ");
    if (words.predicates.has(phrase)) return phrase;
  }
  const copula = copulaOccupation(words, tokens, end, isOccupation);
  if (copula) return copula;
  if (at(end) !== ",") return undefined;
  if (words.relatives.has(at(end + 1))) return at(end + 1);
  if (AGE.test(at(end + 1)) && at(end + 2) === ",") return "age";
  let m = end + 1;
  for (let k = 0; k < MAX_MODIFIERS && (words.modifiers.has(at(m)) || (at(m) === "-" && m > end + 1)); k++) m++;
  return m > end + 1 && isRole(at(m)) ? at(m) : undefined;
}

/** Words allowed between the copula's determiner and the occupation: "a senior news reporter", "an award-winning journalist". */
const MAX_COPULA_WORDS = 4;

/**
 * "Wassana Nanuam is a senior news reporter", "X était une journaliste": a copula, a determiner or modifier, up to a few
 * words and an occupation (data/discovery.yaml person_nouns) say the subject is a person. Roles are left out: a company
 * too "is a partner", "is the leader" of something.
 */
function copulaOccupation(words: PersonWords, tokens: readonly Token[], end: number, isOccupation: (norm: string) => boolean): string | undefined {
  if (!words.copulas.has(tokens[end]?.norm ?? "") || !words.modifiers.has(tokens[end + 1]?.norm ?? "")) return undefined;
  for (let m = end + 2; m < Math.min(tokens.length, end + 2 + MAX_COPULA_WORDS); m++) {
    const t = tokens[m]!;
    if (isOccupation(t.norm)) return t.norm;
    if (!t.isWord && t.norm !== "-") return undefined;
  }
  return undefined;
}

/**
 * Whether the run tokens[first, end) names a title's portfolio, no organisation: the complement of "Minister of"
 * ("the Minister of Home Affairs and Internal Security, X"; the person it may hold is still read), a title opening the
 * run with its complement ("Inspector General of Police"), or words no body's head or suffix types right before a
 * minister's title (`beforeTitle`: "the Internal Affairs minister", "Interior and Local Government Secretary X").
 */
export function portfolioRun(v: Vocabulary, tokens: readonly Token[], first: number, end: number): { portfolio: boolean; beforeTitle: boolean } {
  const titles = portfolioTitles(v);
  const afterTitle = first >= 2 && OF.has(tokens[first - 1]!.norm) && titles.portfolio.has(tokens[first - 2]!.norm);
  const titleRun = titles.openers.has(tokens[first]!.norm) && tokens.slice(first, end).some((t) => OF.has(t.norm));
  const beforeTitle = titles.portfolio.has(tokens[end]?.norm ?? "") && tokens.slice(first, end).every((t) => !v.suffix.has(t.norm) && !v.head.has(t.norm));
  return { portfolio: afterTitle || titleRun || beforeTitle, beforeTitle };
}

const compiledTitles = new WeakMap<Vocabulary, { portfolio: ReadonlySet<string>; openers: ReadonlySet<string> }>();
/**
 * Titles whose complement after "of" is a portfolio, never an organisation's name ("Minister of Home Affairs"), and
 * titles that make a run they open with its complement a title ("Inspector General of Police").
 */
export function portfolioTitles(v: Vocabulary): { portfolio: ReadonlySet<string>; openers: ReadonlySet<string> } {
  let sets = compiledTitles.get(v);
  if (!sets)
    compiledTitles.set(v, (sets = { portfolio: new Set(v.d.portfolio_titles.map((w) => fold(w))), openers: new Set(v.d.title_openers.map((w) => fold(w))) }));
  return sets;
}
