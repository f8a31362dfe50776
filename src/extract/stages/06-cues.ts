// Stage 6: the words before a capitalised run that type it (data/discovery.yaml) — a cue word, past
// determiners and nationality adjectives ("la société chinoise X", "the Israeli firm Quux Labs"), or a
// lowercase head whose complement the run is ("ministère de l'Intérieur", "ministère guinéen du Plan").
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import { contractPhrase } from "./06-names";
import type { SentenceView } from "./06-persons";
import { CAPITALISED, COORDINATION, HAS_LETTER, NAMING, OF, type Vocabulary } from "./06-vocabulary";

const DETERMINERS = new Set(["l'", "le", "la", "les", "the", "a", "an"]);
const MAX_CUE_ADJECTIVES = 2;
const isLowerWord = (text: string, t: Token) => t.isWord && /^\p{Ll}/u.test(text.slice(t.start, t.end));

export interface CueBefore {
  type?: EntityType;
  cue: string;
  /** The country a nationality or a "based" participle before the run gives, cue word or not. */
  country: string | null;
}

/** The cue word before tokens[first, end), past determiners, nationalities and "Toronto-based"; the country they give. */
export function cueBefore(v: Vocabulary, text: string, tokens: readonly Token[], first: number, end: number): CueBefore {
  const { nationality, basedIn, phraseEndingAt, before } = v;
  let country: string | null = null;
  let b = first - 1;
  // "a third-party broker called X-Mode", "une start-up baptisée Y": the naming verb stands between cue and name.
  if (b >= 0 && NAMING.has(tokens[b]!.norm)) b--;
  else if (b >= 1 && tokens[b]!.norm === "as" && tokens[b - 1]!.norm === "known") b -= 2;
  // "a civil rights group, Liberty, said": a name between commas right after a cue word is that cue's.
  // A capitalised cue word ends a name ("Inspector General of Police, Gen Kale Kayihura,"), it is no cue.
  else if (
    b >= 1 &&
    tokens[b]!.norm === "," &&
    tokens[end]?.norm === "," &&
    !CAPITALISED.test(text[tokens[b - 1]!.start]!) &&
    phraseEndingAt(tokens as Token[], b - 1, before)
  )
    b--;
  // "la société aéronautique indonésienne PPTDI", "l'organisation humanitaire World Central Kitchen": French puts up to two
  // adjectives between the cue word and the name.
  let adjectives = 0;
  const adjectiveAt = (n: number) =>
    isLowerWord(text, tokens[n]!) &&
    !v.stop.has(tokens[n]!.norm) &&
    (v.adjectiveEndings.fr ?? []).some((e) => tokens[n]!.norm.endsWith(e)) &&
    !phraseEndingAt(tokens as Token[], n, before);
  // Only right before the name, among nationalities: "la société basée à Hangzhou" names a place.
  let adjacent = b === first - 1;
  while (b >= 0) {
    if (nationality(tokens[b])) country ??= nationality(tokens[b]) ?? null;
    else if (DETERMINERS.has(tokens[b]!.norm)) adjacent = false;
    else if (adjacent && adjectives < MAX_CUE_ADJECTIVES && adjectiveAt(b)) adjectives++;
    else if (basedIn(tokens, b)) {
      adjacent = false;
      country ??= basedIn(tokens, b)!.country;
      b = basedIn(tokens, b)!.at;
    } else break;
    b--;
  }
  const type = b >= 0 ? phraseEndingAt(tokens as Token[], b, before) : undefined;
  if (!type) return { cue: "", country };
  // "the Israeli firm Quux Labs": the nationality may stand before the cue word too.
  for (let n = b - 1; n >= Math.max(0, b - 3) && country === null; n--) country = nationality(tokens[n]) ?? basedIn(tokens, n)?.country ?? null;
  return { type, cue: text.slice(tokens[b]!.start, tokens[first - 1]!.end), country };
}

export interface HeadBefore {
  type: EntityType;
  cue: string;
  /** Where the name starts: at the head. */
  startTok: number;
  /** Where it ends: past one closing adjective ("…et de la Coopération internationale"). */
  end: number;
  country: string | null;
}

/** A lowercase head before the run whose complement the run is: "ministère de l'Intérieur", "ministère guinéen du Plan". */
export function headBefore(v: Vocabulary, s: SentenceView, known: Uint8Array, first: number, end: number, lang: Language | undefined): HeadBefore | undefined {
  const { text, tokens, capital } = s;
  const { connectors, head, nationality, adjectiveEndings, languageStops } = v;
  let h = first - 1;
  // "the ministry and Quarnix said": "and" joins two arguments there, it opens no complement.
  while (h >= 0 && connectors.has(tokens[h]!.norm) && !COORDINATION.has(tokens[h]!.norm)) h--;
  const adjective = h > 0 && h < first - 1 && head.has(tokens[h - 1]!.norm) ? nationality(tokens[h]) : undefined;
  if (adjective) h--;
  // "les services de Microsoft": a head in the plural, lowercase, names what the company offers, not an institution.
  const plural = h >= 0 && tokens[h]!.norm.endsWith("s") && head.has(tokens[h]!.norm.slice(0, -1)) && !CAPITALISED.test(text[tokens[h]!.start]!);
  const type = h >= 0 && h < first - 1 && !plural ? contractPhrase(head.get(tokens[h]!.norm), tokens.slice(h)) : undefined;
  if (!type) return undefined;
  let country: string | null = adjective ?? null;
  // "…du Plan et de la Coopération internationale,": one lowercase adjective closing the name before a punctuation mark
  // belongs to it ("les services de Quux seraient utilisés" has a verb there, followed by a word).
  const endings = lang ? (adjectiveEndings[lang] ?? []) : [];
  const adj = tokens[end];
  // "…des Affaires étrangères mais aussi…": a clause word after the adjective closes the name as a mark does.
  const closer = tokens[end + 1] ? text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end).toLowerCase() : "";
  const closed = tokens[end + 1] === undefined || !tokens[end + 1]!.isWord || (v.nameClosers[lang!]?.has(closer) ?? false);
  // A nationality adjective there gives the country: "le ministère de la Défense israélien".
  const adjCountry = nationality(adj);
  let stop = end;
  if (adj?.isWord && (closed || adjCountry) && known[end] === 0 && !capital(end) && !languageStops.has(adj.norm) && endings.some((e) => adj.norm.endsWith(e))) {
    stop = end + 1;
    country ??= adjCountry ?? null;
  }
  return { type, cue: tokens[h]!.norm, startTok: h, end: stop, country };
}

/** Which tokens lie inside a known mention (one merge walk: both lists are in text order), and which open a name. */
/** "Bt4.9 billion", "P25B", "PHP30-billion", "Rp188.9": a currency's letters glued to an amount's digits. */
const GLUED_AMOUNT = /^\p{L}{1,3}\d+(b|bn|m|k)?$/u;
const DIGITS = /^\d+$/;

/** Whether token n is an amount written with its currency's letters: a decimal, a scale letter or an amount word follows the digits. */
export function gluedAmount(tokens: readonly Token[], n: number, isAmountWord: (norm: string) => boolean): boolean {
  const m = GLUED_AMOUNT.exec(tokens[n]!.norm);
  if (!m) return false;
  const [next, after] = [tokens[n + 1], tokens[n + 2]];
  const glued = (t: Token | undefined, prev: Token) => t !== undefined && t.start === prev.end;
  if (m[1] !== undefined) return true;
  if (glued(next, tokens[n]!) && (next!.norm === "." || next!.norm === ",") && glued(after, next!) && DIGITS.test(after!.norm)) return true;
  if (next && isAmountWord(next.norm)) return true;
  return next?.norm === "-" && after !== undefined && isAmountWord(after.norm);
}

export function knownTokens(
  text: string,
  tokens: readonly Token[],
  inSentence: readonly Mention[],
  isAmountWord: (norm: string) => boolean = () => false,
): { known: Uint8Array; capital: (n: number) => boolean } {
  const known = new Uint8Array(tokens.length);
  for (let t = 0, m = 0; t < tokens.length && m < inSentence.length; ) {
    if (inSentence[m]!.end <= tokens[t]!.start) m++;
    else {
      if (tokens[t]!.end > inSentence[m]!.start) known[t] = 1;
      t++;
    }
  }
  const capital = (n: number) => {
    const t = tokens[n]!;
    return known[n] === 0 && t.isWord && CAPITALISED.test(text[t.start]!) && HAS_LETTER.test(t.norm) && !gluedAmount(tokens, n, isAmountWord);
  };
  return { known, capital };
}

/** English links a head to its complement after it ("Institute of Technology", "Office on Drugs"); French heads open the name. */
const COMPLEMENT_LINKS = new Set(["of", "for", "on"]);

/** The type a run of two words or more gives itself: a head opening it, else a suffix closing it or its head's complement. */
export function ownType(v: Vocabulary, run: readonly Token[], words: readonly Token[]): { type: EntityType; cue: string } | undefined {
  const { suffix, head, nationality } = v;
  const last = run[run.length - 1]!;
  // "NEC Corporation of America", "Bank of Quux": a company's suffix before "of" and one word names the company (a country's branch).
  const placeTail = run.length >= 3 && OF.has(run[run.length - 2]!.norm) ? run[run.length - 3] : undefined;
  const tailType = placeTail && suffix.get(placeTail.norm) === "company" ? "company" : undefined;
  // "Indian Institute of Technology", "International Foundation for Electoral Systems": the word before the first "of"
  // or "for" is the name's head, which types it before the complement's last word does.
  const ofAt = run.findIndex((t, n) => n > 0 && COMPLEMENT_LINKS.has(t.norm));
  // A nationality opening the run is no part of the name ("The Kenyan Ministry of Economy…"): other cues take it.
  const innerType =
    ofAt > 0 && !nationality(run[0]) ? (suffix.get(run[ofAt - 1]!.norm) ?? suffix.get(`${run[ofAt - 2]?.norm} ${run[ofAt - 1]!.norm}`)) : undefined;
  const suffixType = innerType ?? v.closingType(words) ?? suffix.get(`${run[run.length - 2]?.norm} ${last.norm}`) ?? tailType;
  // "Project Maven" names a programme; "Program of Record" is a phrase: a contract's head takes its name right after it.
  const headType = contractPhrase(head.get(run[0]!.norm), run);
  if (headType) return { type: headType, cue: run[0]!.norm };
  return suffixType ? { type: suffixType, cue: tailType ? placeTail!.norm : last.norm } : undefined;
}

/** "X, une entreprise londonienne", "X, a company": a two- or three-word apposition of the lexicon right after the name. */
/**
 * The end of a run closed by a legal form after a comma ("Huawei Technologies Co., Ltd.", "Quux, Inc.") or after an
 * abbreviated legal form and its full stop ("Daewoo Shipbuilding & Marine Engineering Co. Ltd.").
 */
export function legalFormEnd(v: Vocabulary, tokens: readonly Token[], end: number, capital: (n: number) => boolean): number {
  const legalForm = (w: string | undefined) => w !== undefined && v.subsidiaryHeads.has(w) && v.suffix.get(w) === "company";
  const dot = tokens[end]?.norm === "." && tokens[end]!.start === tokens[end - 1]!.end ? 1 : 0;
  if (tokens[end + dot]?.norm === "," && legalForm(tokens[end + dot + 1]?.norm) && capital(end + dot + 1)) return end + dot + 2;
  if (dot && v.suffix.get(tokens[end - 1]!.norm) === "company" && legalForm(tokens[end + 1]?.norm) && capital(end + 1)) return end + 2;
  return end;
}

/** "X (XP), a union": the tokens an acronym in parentheses takes right after a name (0 when none stands there). */
export function acronymAfter(tokens: readonly Token[], end: number): number {
  return tokens[end]?.norm === "(" && tokens[end + 2]?.norm === ")" && tokens[end + 1]!.isWord ? 3 : 0;
}

export function appositionAfter(v: Vocabulary, tokens: readonly Token[], end: number): { type: EntityType; cue: string; country: string | null } | undefined {
  if (tokens[end]?.norm !== ",") return undefined;
  for (let n = 3; n >= 2; n--) {
    const phrase = tokens
      .slice(end + 1, end + 1 + n)
      .map((t) => t.norm)
      .join(" ");
    // "Kiran Aziz, a company spokesman": the noun describes the person's role, not the name.
    const type = v.roles.has(tokens[end + 1 + n]?.norm ?? "") ? undefined : v.apposition.get(phrase);
    if (!type) continue;
    let country: string | null = null;
    for (let a = end + 1; a < Math.min(tokens.length, end + 6); a++) country ??= v.nationality(tokens[a]) ?? null;
    return { type, cue: phrase, country };
  }
  return undefined;
}
