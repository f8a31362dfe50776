// Stage 6 helpers: name shapes that need no cue word before them — an acronym defined in
// parentheses, a person opened by a known given name, an institution whose capitalised head
// is followed by lowercase adjectives ("Cour suprême", "Ministère public central").
import type { EntityType } from "../../model";
import type { Token } from "../text/tokens";
import { COORDINATION, OF } from "./06-vocabulary";

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{1,9}$/u;

export interface Span {
  first: number;
  /** Exclusive. */
  end: number;
}

/**
 * "service interministériel d'assistance technique (SIAT)": the words before the parenthesis
 * whose initials spell the acronym, connectors skipped. Returns the long form's token span, or
 * undefined when no run of words spells it. `open` is the index of the "(" token.
 */
export function acronymLongForm(
  tokens: readonly Token[],
  text: string,
  open: number,
  connectors: ReadonlySet<string>,
): { span: Span; acronym: string } | undefined {
  if (tokens[open]?.norm !== "(" || tokens[open + 2]?.norm !== ")") return undefined;
  const acronymTok = tokens[open + 1]!;
  const acronym = text.slice(acronymTok.start, acronymTok.end);
  if (!ACRONYM.test(acronym)) return undefined;
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "");
  let k = letters.length - 1;
  let first = open;
  for (let n = open - 1; n >= 0 && k >= 0 && open - n <= letters.length * 3; n--) {
    const t = tokens[n]!;
    if (!t.isWord) {
      if (t.norm === "-" || t.norm === "&") continue;
      return undefined;
    }
    if (connectors.has(t.norm) && first < open) continue;
    // An all-capital word inside the long form may give several letters ("ZIMBABWE" gives only its first).
    if (t.norm[0] !== letters[k]) return undefined;
    k--;
    first = n;
  }
  return k < 0 ? { span: { first, end: open }, acronym } : undefined;
}

/**
 * A person's name opened by a given name: "Renaud Allioux", "Sara Aleksandra Fayssal Hamou",
 * after optional titles ("Justice Rita Makarau"). `run` holds the capitalised tokens only;
 * returns the index in `run` where the name starts, or -1.
 */
export function givenNameStart(
  run: readonly Token[],
  isGiven: (norm: string) => boolean,
  isTitle: (norm: string) => boolean,
  rejects: (norm: string) => boolean,
): number {
  let g = 0;
  while (g < run.length && isTitle(run[g]!.norm)) g++;
  if (g >= run.length || !isGiven(run[g]!.norm)) return -1;
  const words = run.slice(g).filter((t) => t.isWord);
  if (words.length < 2 || words.length > 4) return -1;
  if (words.slice(1).some((t) => rejects(t.norm))) return -1;
  return g;
}

/**
 * "Tribunal constitutionnel fédéral d'Allemagne.": a capitalised head, then lowercase words and
 * connectors up to a punctuation mark or a capitalised complement ("Cour d'appel de Paris"). Gives up
 * at a function word otherwise: "le Ministère public pourrait confier un…" is no name. Returns the
 * exclusive end token (head + 1 when nothing follows), or -1.
 */
export function adjectivalTail(
  tokens: readonly Token[],
  head: number,
  connectors: ReadonlySet<string>,
  isStop: (norm: string) => boolean,
  isCapital: (n: number) => boolean,
  isAdjective: (norm: string) => boolean,
  maxWords = 5,
  isCloser: (t: Token) => boolean = () => false,
): number {
  let end = head + 1;
  let words = 0;
  let complement = false;
  for (let j = head + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    // "Bureau central anti-corruption": a compound glued by a hyphen is one word of the tail.
    const next = tokens[j + 2];
    if (t.isWord && tokens[j + 1]?.norm === "-" && next?.isWord && t.end === tokens[j + 1]!.start && tokens[j + 1]!.end === next.start) {
      // "la Société sud-coréenne MIRU": a compound adjective right after the head is a cue's nationality, not a name's word.
      if (!complement && isCapital(j + 3)) return end;
      if (isStop(t.norm) || ++words > maxWords) return -1;
      end = j + 3;
      j += 2;
      continue;
    }
    if (!t.isWord) return t.norm === "-" ? -1 : end;
    // "le Tribunal administratif de Paris du 30 octobre": a number opens a date or an amount, not the name's words.
    if (/^\d/.test(t.norm)) return end;
    // "la Direction du renseignement de la police qui…", "le Sénat polonais a décidé": a relative pronoun or an auxiliary
    // closes the tail read so far; the complement's dangling connectors are no part of it.
    if (isCloser(t)) return end;
    // "Commission des institutions et de la transparence": "et" before "de" coordinates the complement.
    if (complement && COORDINATION.has(t.norm) && OF.has(tokens[j + 1]?.norm ?? "")) continue;
    if (connectors.has(t.norm)) {
      complement = true;
      continue;
    }
    // Before any complement the lowercase words are adjectives ("électorale", "public"): "la Police hier" is no name.
    if (!complement && !isCapital(j) && !isAdjective(t.norm)) return end;
    // "la Cour d'appel de Paris a rejeté": a capitalised complement closes the name before the verb.
    // An adjective right after the head is the name's even when it opens names elsewhere ("Bureau national de…").
    const adjectiveOfHead = !complement && isAdjective(t.norm);
    if ((isStop(t.norm) && !adjectiveOfHead) || ++words > maxWords) return isCapital(end - 1) && end > head + 1 ? end : -1;
    end = j + 1;
  }
  return end;
}

export type TypedLexicon = ReadonlyMap<string, EntityType>;

/** The type of a one- or two-word cue noun ending at token n ("firm", "data broker"). */
// The longest phrase ending at n wins: "a civil liberties group" is no company, "a news agency" no state agency.
const nounAt = (tokens: readonly Token[], n: number, nouns: TypedLexicon): EntityType | undefined =>
  (n > 1 ? nouns.get(`${tokens[n - 2]!.norm} ${tokens[n - 1]!.norm} ${tokens[n]!.norm}`) : undefined) ??
  (n > 0 ? nouns.get(`${tokens[n - 1]!.norm} ${tokens[n]!.norm}`) : undefined) ??
  nouns.get(tokens[n]!.norm);

/**
 * "X, a Canadian networking firm", "X, une petite société lyonnaise": a comma, an indefinite
 * article and, within four words, a cue noun that is not itself followed by a role ("a company
 * spokesman" describes a person). Returns the type and the tokens of the apposition.
 */
export function appositionType(
  tokens: readonly Token[],
  end: number,
  nouns: TypedLexicon,
  indefinite: ReadonlySet<string>,
  isRole: (norm: string) => boolean,
): { type: EntityType; from: number; to: number } | undefined {
  if (tokens[end]?.norm !== "," || !indefinite.has(tokens[end + 1]?.norm ?? "")) return undefined;
  for (let n = end + 2; n < Math.min(tokens.length, end + 7); n++) {
    // "a Nairobi-based startup": a hyphen joins the words of a compound adjective.
    if (tokens[n]!.norm === "-") continue;
    if (!tokens[n]!.isWord) return undefined;
    const type = nounAt(tokens, n, nouns);
    if (type) return isRole(tokens[n + 1]?.norm ?? "") ? undefined : { type, from: end + 1, to: n + 1 };
  }
  return undefined;
}

/** "Quux's chief executive", "le PDG de Quux": a role that only a company has, owned by the name. */
export function roleOwnerType(tokens: readonly Token[], first: number, end: number, ownerRoles: TypedLexicon, of: ReadonlySet<string>): EntityType | undefined {
  if (tokens[end]?.norm === "'s" && tokens[end + 1])
    return nounAt(tokens, end + 2 < tokens.length ? end + 2 : end + 1, ownerRoles) ?? ownerRoles.get(tokens[end + 1]!.norm);
  if (first >= 2 && of.has(tokens[first - 1]!.norm)) return nounAt(tokens, first - 2, ownerRoles);
  return undefined;
}

/**
 * Title Case: at least four words, most of them capitalised, a capitalised function word after the first word, and
 * at most one lowercase word that is no function word, and no semicolon. A sentence listing names ("They are X (Y) of Spain, South Korean
 * firms Z & W Co. Ltd. and …") is as capitalised, but its own words ("are", "firms") stay lowercase.
 */
export function isHeadline(tokens: readonly Token[], text: string, stop: ReadonlySet<string>): boolean {
  let words = 0;
  let capitals = 0;
  let lowerContent = 0;
  let capitalStop = false;
  for (const t of tokens) {
    // "Sir X, Permanent Secretary, Ministry of Defence; Y, …": a semicolon separates a list's items, no headline's words.
    if (t.norm === ";") return false;
    if (!t.isWord || !HAS_LETTER.test(t.norm)) continue;
    const upper = CAPITALISED.test(text[t.start]!);
    if (upper && words > 0 && stop.has(t.norm) && t.norm.length > 1) capitalStop = true;
    if (!upper && !stop.has(t.norm)) lowerContent++;
    words++;
    if (upper) capitals++;
  }
  return words >= 4 && capitalStop && capitals >= words * 0.7 && lowerContent <= 1;
}

/** How many times `word` occurs in `text` as a whole word. */
export function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const [b, a] = [text[i - 1], text[i + word.length]];
    if (!(b && WORD_CHAR.test(b)) && !(a && WORD_CHAR.test(a))) n++;
  }
  return n;
}

/** A contract's head followed by a connector ("Program of Record") opens a phrase, not a programme's name ("Project Maven"). */
export function contractPhrase(headType: EntityType | undefined, run: readonly Token[]): EntityType | undefined {
  return headType === "contract" && OF.has(run[1]?.norm ?? "") ? undefined : headType;
}
