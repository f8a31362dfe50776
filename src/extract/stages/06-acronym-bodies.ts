// Stage 6: bodies named by an acronym and the lowercase noun of a committee beside it — "the PEGA committee",
// "la commission PEGA" (issue 9, names-bank). The acronym alone names the body's short form; the phrase is its name.
// Which nouns, and on which side of the acronym a language puts them, are data (`acronym_bodies`).
import type { Language } from "../../model";
import type { Token } from "../text/tokens";
import { type AcronymRules, isAcronymToken } from "./06-acronyms";
import type { Discovery } from "./06-discover";
import { CAPITALISED } from "./06-vocabulary";

export interface AcronymBodyWords {
  /** Nouns after the acronym ("PEGA committee"), per language. */
  after: Partial<Record<Language, ReadonlySet<string>>>;
  /** Nouns before the acronym ("commission PEGA"), per language. */
  before: Partial<Record<Language, ReadonlySet<string>>>;
}

/** The committees one sentence names by an acronym and a lowercase noun; `known` marks registry mentions, `taken` what is found. */
export function acronymBodies(
  words: AcronymBodyWords,
  rules: AcronymRules,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  taken: readonly Discovery[],
  lang: Language | undefined,
): Discovery[] {
  if (!lang) return [];
  const out: Discovery[] = [];
  const lowercase = (n: number) => tokens[n]?.isWord === true && known[n] === 0 && !CAPITALISED.test(text[tokens[n]!.start]!);
  const noun = (n: number, set: ReadonlySet<string> | undefined) => lowercase(n) && (set?.has(tokens[n]!.norm) ?? false);
  const push = (from: number, to: number, acronym: Token) => {
    const [start, end] = [tokens[from]!.start, tokens[to]!.end];
    const label = text.slice(start, end);
    // "the SPYR committee": the acronym a determiner already made a name ("the SPYR") is the committee's short form.
    const alone = taken.find((d) => d.start === acronym.start && d.end === acronym.end);
    if (alone && !alone.acronym && !alone.kind) {
      Object.assign(alone, { label, type: "agency", cue: "acronym and committee noun", start, end, shortForms: [...(alone.shortForms ?? []), alone.label] });
      return;
    }
    if ([...taken, ...out].some((d) => d.end > start && d.start < end)) return;
    out.push({ label, type: "agency", country: null, cue: "acronym and committee noun", start, end });
  };
  tokens.forEach((t, a) => {
    if (known[a] !== 0 || !isAcronymToken(text, t) || rules.excluded(t.norm)) return;
    if (noun(a + 1, words.after[lang])) push(a, a + 1, t);
    else if (noun(a - 1, words.before[lang])) push(a - 1, a, t);
  });
  return out;
}
