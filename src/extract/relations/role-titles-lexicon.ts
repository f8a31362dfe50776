// The titles of data/relations.yaml `role_titles` compiled for one language: each phrase as the
// token norms the sentence items carry, so a title is read backwards from the name it precedes.
import { z } from "zod";
import type { Language } from "../../model";
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";

const Words = z.array(z.string());
const PerLanguage = z.object({ en: Words, fr: Words }).partial();

export const RoleTitlesSchema = z
  .object({
    ministers: PerLanguage,
    government_heads: PerLanguage,
    state_heads: PerLanguage,
    ministries: PerLanguage,
    portfolio_links: PerLanguage,
    extensions: PerLanguage,
    modifiers: PerLanguage,
    copulas: PerLanguage,
    fillers: PerLanguage,
  })
  .partial();
export type RoleTitlesData = z.infer<typeof RoleTitlesSchema>;

/** A phrase as token norms: "sous-secrétaire" is ["sous", "-", "secretaire"]. */
export type Phrase = readonly string[];

export interface RoleTitles {
  ministers: Phrase[];
  governmentHeads: Phrase[];
  stateHeads: Phrase[];
  /** Single folded words. */
  ministries: ReadonlySet<string>;
  links: ReadonlySet<string>;
  extensions: Phrase[];
  modifiers: Phrase[];
  /** Predicates that give a person a role: "was", "who is", "a été nommé". */
  copulas: Phrase[];
  /** Single words that may stand between such a predicate and the role: "the", "ensuite", "named". */
  fillers: ReadonlySet<string>;
}

const norms = (phrase: string): Phrase => tokenize(phrase).map((t) => t.norm);
/** Longest first: "secretary of state" is read before "secretary". */
const phrases = (words: readonly string[] | undefined): Phrase[] => (words ?? []).map(norms).sort((a, b) => b.length - a.length);
/** Single words, folded as the tokenizer folds them: an elided article alone ("l'") stays one word. */
const words = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((w) => fold(w)));

export function compileRoleTitles(data: RoleTitlesData | undefined, lang: Language): RoleTitles {
  return {
    ministers: phrases(data?.ministers?.[lang]),
    governmentHeads: phrases(data?.government_heads?.[lang]),
    stateHeads: phrases(data?.state_heads?.[lang]),
    ministries: words(data?.ministries?.[lang]),
    links: words(data?.portfolio_links?.[lang]),
    extensions: phrases(data?.extensions?.[lang]),
    modifiers: phrases(data?.modifiers?.[lang]),
    copulas: phrases(data?.copulas?.[lang]),
    fillers: words(data?.fillers?.[lang]),
  };
}

/** The length of the longest phrase whose last token is the norm at `end` (inclusive), 0 when none. */
export function phraseEndingAt(norms: (i: number) => string | undefined, end: number, list: readonly Phrase[]): number {
  for (const p of list) if (p.length <= end + 1 && p.every((w, n) => norms(end - p.length + 1 + n) === w)) return p.length;
  return 0;
}

/** The length of the longest phrase starting at `start`, 0 when none. */
export function phraseStartingAt(norms: (i: number) => string | undefined, start: number, list: readonly Phrase[]): number {
  for (const p of list) if (p.every((w, n) => norms(start + n) === w)) return p.length;
  return 0;
}
