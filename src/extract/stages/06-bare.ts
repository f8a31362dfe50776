// Stage 6, once an article is read: organisations named with no cue word at all ("…contracts with
// Anduril", "Cellebrite said…", "la Cnil a infligé…"). A capitalised run that no cue typed is kept
// when, in mid-sentence, it stands as an argument: a preposition or a verb the data lists beside it,
// or a possessive. Capitals at a sentence's start, after a quote or a title say nothing; a word the
// article also writes in lowercase is a common noun; places, given names and the surnames of the
// article's people are not organisations. A run that opens a longer name found in the article is that
// name's short form ("Palantir" for "Palantir Technologies"), not a new entity.
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import { fold } from "../text/fold";
import { tokenize, type Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { lowercaseWords } from "./06-passes";
import { definedAcronyms } from "./06-acronyms";
import { ALL_CAPS, CAPITALISED, COORDINATION, type Vocabulary } from "./06-vocabulary";

/** A capitalised run no cue typed, in its sentence's tokens. */
export interface UntypedRun {
  tokens: readonly Token[];
  /** Where the capitals begin, before the stopwords that discovery left out of the run ("No Tech for Apartheid"). */
  from: number;
  first: number;
  /** Exclusive. */
  end: number;
  firstWord: number;
}

const CLOSING = new Set([")", "…", "...", "etc"]);
const OPENING_MARKS = new Set(['"', "«", "“", "‘", "'", ":", "(", "[", "—", "–", "-", "/"]);
const MAX_WORDS = 4;

export interface BareWords {
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
}

const phrase = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.norm)
    .join(" ");

const compiled = new WeakMap<Vocabulary, Map<string, BareWords>>();

/** The words of a language's list (both lists when the language is unknown), as token phrases; compiled once per vocabulary. */
export function bareWords(v: Vocabulary, lang: Language | undefined): BareWords {
  const byLang = compiled.get(v) ?? new Map<string, BareWords>();
  compiled.set(v, byLang);
  const key = lang ?? "";
  let words = byLang.get(key);
  if (!words) byLang.set(key, (words = compileBareWords(v, lang)));
  return words;
}

function compileBareWords(v: Vocabulary, lang: Language | undefined): BareWords {
  const b = v.d.bare_names;
  const pick = (lists: Partial<Record<Language, string[]>>) =>
    new Set(
      (lang ? (lists[lang] ?? []) : Object.values(lists).flat()).map((w) =>
        tokenize(w)
          .map((t) => t.norm)
          .join(" "),
      ),
    );
  return {
    before: pick(b.before),
    after: pick(b.after),
    titles: new Set(b.titles.map((w) => fold(w))),
    notNames: new Set(b.not_names.map((w) => fold(w))),
    determiners: new Set(b.determiners.map((w) => fold(w))),
  };
}

/** What makes the span an argument: a listed word right before `at` (before = true) or from `at` on, or a possessive. */
function argumentCue(words: BareWords, tokens: readonly Token[], at: number, before: boolean): string | undefined {
  if (before) {
    for (let n = 3; n >= 1; n--) if (at - n >= 0 && words.before.has(phrase(tokens, at - n, at))) return phrase(tokens, at - n, at);
    return undefined;
  }
  for (let n = 2; n >= 1; n--) if (at + n <= tokens.length && words.after.has(phrase(tokens, at, at + n))) return phrase(tokens, at, at + n);
  if (tokens[at]?.norm === "'s") return "'s";
  return undefined;
}

/**
 * The parts of a run split at "and"/"et": "Microsoft and Oracle" left untyped as one run is two names.
 * A part's leading connectors are no part of it ("et d'Hambourg"). In mid-sentence, capitalised stopwords
 * that are not a mere determiner open the name ("from No Tech for Apartheid").
 */
function parts(run: UntypedRun, isConnector: (w: string) => boolean, determiners?: ReadonlySet<string>): { a: number; b: number }[] {
  const out: { a: number; b: number }[] = [];
  const opensName = determiners && run.from > run.firstWord && run.tokens.slice(run.from, run.first).some((t) => t.isWord && !determiners.has(t.norm));
  const start = opensName ? run.from : run.first;
  for (let a = start, b = start; b <= run.end; b++) {
    if (b < run.end && !COORDINATION.has(run.tokens[b]!.norm)) continue;
    while (a < b && (isConnector(run.tokens[a]!.norm) || !run.tokens[a]!.isWord)) a++;
    if (b > a) out.push({ a, b });
    a = b + 1;
  }
  return out;
}

/** The folded words of the article's people, from what stage 6 found and the registry's person mentions. */
function personWords(text: string, found: readonly Discovery[], mentions: readonly Mention[], typeOf?: (id: string) => EntityType | undefined): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => {
    for (const t of tokenize(s)) if (t.isWord) words.add(t.norm);
  };
  for (const f of found) if (f.type === "person") add(f.label);
  for (const m of mentions) if (typeOf?.(m.entityId) === "person") add(text.slice(m.start, m.end));
  return words;
}

/** The article's occurrences of each capitalised form, wherever they stand: a sentence's first word recurring is a name. */
function capitalisedCounts(runs: readonly UntypedRun[], text: string, isConnector: (w: string) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs)
    for (const { a, b } of parts(run, isConnector)) {
      const f = fold(text.slice(run.tokens[a]!.start, run.tokens[b - 1]!.end));
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  return counts;
}

/** What the lists of an article say of their runs: the cue a list of organisations stands beside, and the runs of lists of places. */
interface Lists {
  cue: Map<UntypedRun, string>;
  excluded: Set<UntypedRun>;
}

/**
 * "Facebook, Twitter, Digicert et Entrust sont…": the runs that stand in a list of three capitalised runs or
 * more, mapped to the cue the list stands beside (before its first run or after its last, past a closing
 * parenthesis or an ellipsis). A list holding a run `excluded` rejects is no list of organisations, and none
 * of its runs is one ("Kribi, Waza, Kousseri et Amchidé ont…" holds a place).
 */
function lists(runs: readonly UntypedRun[], excluded: (run: UntypedRun) => boolean, words: BareWords): Lists {
  const out: Lists = { cue: new Map(), excluded: new Set() };
  let chain: UntypedRun[] = [];
  const flush = () => {
    const [head, tail] = [chain[0], chain[chain.length - 1]];
    if (chain.length >= 3 && head && tail) {
      let after = tail.end;
      while (CLOSING.has(tail.tokens[after]?.norm ?? "")) after++;
      const cue = argumentCue(words, head.tokens, head.first, true) ?? argumentCue(words, tail.tokens, after, false);
      if (chain.some(excluded)) for (const r of chain) out.excluded.add(r);
      else if (cue) for (const r of chain) out.cue.set(r, `list ${cue}`);
    }
    chain = [];
  };
  for (const run of runs) {
    const prev = chain[chain.length - 1];
    const gap = prev && prev.tokens === run.tokens ? run.tokens.slice(prev.end, run.first).map((t) => t.norm) : undefined;
    const joined = gap !== undefined && gap.length >= 1 && gap.length <= 2 && gap.every((g) => g === "," || COORDINATION.has(g));
    if (!joined) flush();
    chain.push(run);
  }
  flush();
  return out;
}

/**
 * Adds to `found` the organisations among `runs` that stand as arguments, one discovery per name;
 * a run that opens a longer discovered name becomes that name's short form instead. A cue shared by
 * coordinated names holds for each ("par SenseTime et Megvii"); a sentence's first word needs the cue
 * after it and a second capitalised occurrence in the article ("Fujitsu annonce…").
 */
export function bareNames(
  v: Vocabulary,
  text: string,
  runs: readonly UntypedRun[],
  found: Discovery[],
  lang: Language | undefined,
  mentions: readonly Mention[],
  typeOf?: (id: string) => EntityType | undefined,
): void {
  if (runs.length === 0) return;
  const words = bareWords(v, lang);
  const lowercase = lowercaseWords(text);
  const people = personWords(text, found, mentions, typeOf);
  let defined: Set<string> | undefined;
  let initials: string[] | undefined;
  /** An acronym the article defines, or one ending the initials of a name it found, is that name's form (linkForms). */
  const formOfFound = (w: string) => {
    defined ??= definedAcronyms(text);
    initials ??= found.map((f) => initialsOf(f.label));
    return defined.has(w) || initials.some((i) => i.endsWith(w));
  };
  const isConnector = (w: string) => v.connectors.has(w);
  const counts = capitalisedCounts(runs, text, isConnector);
  // A list holding a place, or a given name alone, is a list of places or of people ("in Chantilly, Virginia, and…").
  const notOrganisation = (r: UntypedRun) =>
    parts(r, isConnector).some(
      ({ a, b }) => isPlace(v, text.slice(r.tokens[a]!.start, r.tokens[b - 1]!.end)) || (b === a + 1 && v.givenNames.has(r.tokens[a]!.norm)),
    );
  const inList = lists(runs, notOrganisation, words);
  const taken = new Set(found.map((f) => fold(f.label)));
  const products = productNames(text, found, mentions, typeOf);
  for (const run of runs) {
    const { tokens, firstWord } = run;
    const ps = parts(run, isConnector, words.determiners);
    // Coordinated names share the cue before the first and after the last.
    const shared = argumentCue(words, tokens, ps[0]!.a, true) ?? argumentCue(words, tokens, ps[ps.length - 1]!.b, false);
    if (inList.excluded.has(run)) continue;
    const listCue = inList.cue.get(run);
    for (const { a, b } of ps) {
      const prev = tokens[a - 1];
      // After a quote mark or a colon, or a capitalised word opening the sentence ("“With Quarnix…"), capitals are a sentence's.
      const quoted = (n: number) => n >= 0 && OPENING_MARKS.has(tokens[n]!.norm);
      // "The Pentagon launched…": a capitalised word opening the sentence before the run makes it the sentence's start too.
      const opening = a - 1 === firstWord && CAPITALISED.test(text[prev!.start]!);
      const initial = a <= firstWord || (!listCue && (opening || quoted(a - 1) || (a - 2 >= 0 && CAPITALISED.test(text[prev!.start]!) && quoted(a - 2))));
      if (words.titles.has(prev?.norm ?? "")) continue;
      // "No Tech for Apartheid said": a tail cut from a name whose opening words are stopwords is no name.
      if (prev && isConnector(prev.norm) && !COORDINATION.has(prev.norm) && a >= 2 && CAPITALISED.test(text[tokens[a - 2]!.start]!)) continue;
      const span = tokens.slice(a, b);
      const ws = span.filter((t) => t.isWord && !v.connectors.has(t.norm));
      if (ws.length === 0 || ws.length > MAX_WORDS || !span[span.length - 1]!.isWord || v.connectors.has(span[span.length - 1]!.norm)) continue;
      if (!ws.every((t) => CAPITALISED.test(text[t.start]!))) continue;
      if (ws.some((t) => v.roles.has(t.norm) || people.has(t.norm) || words.notNames.has(t.norm))) continue;
      // "told The Guardian", "selon Le Temps": a determiner capitalised in mid-sentence opens a name (left out of its label, as elsewhere).
      const named = !initial && a - 1 > firstWord && words.determiners.has(prev!.norm) && CAPITALISED.test(text[prev!.start]!);
      const [start, end] = [span[0]!.start, span[span.length - 1]!.end];
      const label = text.slice(start, end);
      const folded = fold(label);
      if (taken.has(folded) || isPlace(v, label) || products.has(folded)) continue;
      if (ws.length === 1) {
        const w = ws[0]!;
        const written = text.slice(w.start, w.end);
        if (v.stop.has(w.norm) || v.givenNames.has(w.norm) || v.head.has(w.norm) || v.suffix.has(w.norm)) continue;
        if (lowercase.has(written.toLowerCase())) continue;
        if (ALL_CAPS.test(written) && formOfFound(w.norm)) continue;
      }
      if (found.some((f) => f.start < end && f.end > start)) continue;
      const after = argumentCue(words, tokens, b, false);
      const before = argumentCue(words, tokens, a, true);
      const own = initial ? (before ?? ((counts.get(folded) ?? 0) >= 2 ? after : undefined)) : (before ?? after ?? shared);
      const cue = own ?? listCue ?? (named ? "capitalised determiner" : undefined);
      if (!cue) continue;
      // "Palantir" when the article names "Palantir Technologies": the same entity, by its short form. Only suffixes may
      // follow: "Amazon Web Services" is another company than "Amazon".
      const suffixesOnly = (rest: string) => tokenize(rest).every((t) => !t.isWord || v.suffix.has(t.norm) || isConnector(t.norm));
      const longer = found.find((f) => f.type !== "person" && fold(f.label).startsWith(`${folded} `) && suffixesOnly(f.label.slice(label.length)));
      if (longer) {
        if (!longer.shortForms?.includes(label)) longer.shortForms = [...(longer.shortForms ?? []), label];
        taken.add(folded);
        continue;
      }
      found.push({ label, type: v.typeOfPhrase(ws) ?? "company", country: null, cue: `bare: ${cue}`, start, end });
      taken.add(folded);
    }
  }
}

const CAPITALISED_AFTER = /^ (\p{Lu}[\p{L}\p{N}-]*)(?: (\p{Lu}[\p{L}\p{N}-]*))?(?: (\p{Lu}[\p{L}\p{N}-]*))?/u;
/** Occurrences of a found name read for the words after it; enough to see its products, bounded on hostile input. */
const MAX_READ = 20;

/**
 * "Palantir Foundry", "Google Distributed Cloud": the capitalised words right after a company's name, known or found,
 * or closing a known company's mention, name its products; "Combinée à Foundry" then names a product, not an
 * organisation. Their folded forms (one to three words).
 */
function productNames(text: string, found: readonly Discovery[], mentions: readonly Mention[], typeOf?: (id: string) => EntityType | undefined): Set<string> {
  const out = new Set<string>();
  const readAfter = (at: number) => {
    const m = CAPITALISED_AFTER.exec(text.slice(at, at + 90));
    if (!m) return;
    const words = m.slice(1).filter((w): w is string => w !== undefined);
    for (let n = 1; n <= words.length; n++) out.add(fold(words.slice(0, n).join(" ")));
  };
  for (const m of mentions) {
    if (typeOf?.(m.entityId) !== "company") continue;
    readAfter(m.end);
    // A product the registry names with its maker ("Palantir Foundry") is the same product alone.
    const words = text.slice(m.start, m.end).split(" ");
    for (let j = 1; j < words.length && j <= 3; j++) out.add(fold(words.slice(j).join(" ")));
  }
  for (const f of found) {
    if (f.type !== "company") continue;
    for (const name of [f.label, ...(f.shortForms ?? [])])
      for (let i = text.indexOf(name), n = 0; i >= 0 && n < MAX_READ; i = text.indexOf(name, i + 1), n++) readAfter(i + name.length);
  }
  return out;
}

/** A place or a people: "Toronto", "New Zealand", "Israeli". */
function isPlace(v: Vocabulary, label: string): boolean {
  const folded = fold(label);
  return v.places.has(folded) || v.d.nationalityOf.has(folded);
}

/** The initials of a name's capitalised words, folded: "US Immigration and Customs Enforcement" gives "uice". */
function initialsOf(label: string): string {
  return tokenize(label)
    .filter((t) => t.isWord && CAPITALISED.test(label[t.start]!))
    .map((t) => t.norm[0])
    .join("");
}
