// Stage 6 helper: an acronym that no long form defines ("la DGSN", "the DHS", "PSCA said…").
// Journalists write an institution's acronym alone when readers are expected to know it, after a
// determiner or as the subject of a sentence; technical abbreviations ("l'IA", "the GPS") take the
// same determiners, so they are listed in data (discovery.yaml `not_organisations`).
import type { Token } from "../text/tokens";

const BARE_ACRONYM = /^\p{Lu}{2,6}$/u;
const LOWER_START = /^\p{Ll}/u;
const NUMERAL = /^\d/;
/** "(BVR)": an acronym the article defines after a long form. */
const DEFINED = /\((\p{Lu}{2,6})\)/gu;
/** "(PERS)", "(CalSTRS)", "(G4S)": what a name's own acronym looks like, two capitals or more, whatever its letters spell. */
const GIVEN = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\p{N}&]{1,9}$/u;

/**
 * The acronym in parentheses right after the name ending before token `end`, or undefined. The article
 * defines it, so its letters need not spell the name: "Oregon Public Employees Retirement System (PERS)",
 * "California State Teachers' Retirement System (CalSTRS)".
 */
export function givenAcronym(tokens: readonly Token[], text: string, end: number): string | undefined {
  if (tokens[end]?.norm !== "(" || tokens[end + 2]?.norm !== ")") return undefined;
  const written = text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end);
  return GIVEN.test(written) ? written : undefined;
}

/**
 * The acronyms an article defines in parentheses, folded. Such an acronym is an organisation only
 * when its long form is one (decided where the long form is read), never on its own.
 */
export function definedAcronyms(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(DEFINED), (m) => m[1]!.toLowerCase()));
}

export interface AcronymRules {
  /** Determiners after which an all-capital word names an organisation ("la", "the", "du"…). */
  openers: ReadonlySet<string>;
  /** Folded words that are never an organisation's acronym alone: abbreviations, roles, places, given names. */
  excluded: (norm: string) => boolean;
}

/** Whether the token is written as an acronym of 2–6 capital letters. */
export function isAcronymToken(text: string, t: Token): boolean {
  return t.isWord && BARE_ACRONYM.test(text.slice(t.start, t.end));
}

/**
 * The cue that makes the acronym at `at` an organisation, or undefined: a determiner written in
 * lowercase right before it ("la DGSN", "of the DHS"), or the subject position — the sentence's
 * first word followed by a lowercase word ("PSCA said…"). `firstWord` is the sentence's first
 * word token.
 */
export function bareAcronymCue(tokens: readonly Token[], text: string, at: number, firstWord: number, rules: AcronymRules): string | undefined {
  const t = tokens[at]!;
  if (!isAcronymToken(text, t) || rules.excluded(t.norm)) return undefined;
  // "the FAR 6.302-1 rule", "la NF 399": an acronym followed by a number names a rule or a standard.
  if (NUMERAL.test(tokens[at + 1]?.norm ?? "")) return undefined;
  const prev = tokens[at - 1];
  // "THE DGSN" in a shouted line says nothing: the determiner must be written in lowercase.
  if (prev && rules.openers.has(prev.norm) && LOWER_START.test(text.slice(prev.start, prev.end))) return prev.norm;
  const next = tokens[at + 1];
  if (at === firstWord && next?.isWord && LOWER_START.test(text.slice(next.start, next.end))) return "subject";
  return undefined;
}
