// The clause analysis's word lists (data/grammar/<lang>/clauses.yaml), compiled once per language.
import { z } from "zod";
import type { Language } from "../../model";
import { grammarLists } from "./lexicon";

const Words = z.array(z.string());
const ClauseSchema = z.object({
  relative: Words,
  subordinators: Words,
  gerund_preps: Words,
  passive_aux: Words,
  etre_verbs: Words.default([]),
  reflexive: Words.default([]),
  agent: Words,
  negation: Words,
  attribution_verbs: Words,
  attribution_cues: Words,
  dashes: Words,
  np_inner: Words,
  object_clitics: Words.default([]),
  adjective_after_noun: z.boolean().default(false),
  revise_ed_participles: z.boolean().default(false),
});

export interface ClauseLists {
  relative: Set<string>;
  subordinators: Set<string>;
  gerundPreps: Set<string>;
  passiveAux: Set<string>;
  etreVerbs: Set<string>;
  reflexive: Set<string>;
  agent: Set<string>;
  negation: Set<string>;
  attributionVerbs: Set<string>;
  /** Each cue as its lower-case words ("according to" → ["according", "to"]). */
  attributionCues: string[][];
  dashes: Set<string>;
  npInner: Set<string>;
  objectClitics: Set<string>;
  /** Adjectives may follow their noun (French): else an adjective after a noun starts a new group. */
  adjectiveAfterNoun: boolean;
  reviseEdParticiples: boolean;
}

const compiled = new Map<Language, ClauseLists>();

export function clauseLists(lang: Language): ClauseLists {
  let lists = compiled.get(lang);
  if (!lists) {
    const raw = ClauseSchema.parse(grammarLists(lang).clauses);
    lists = {
      relative: new Set(raw.relative),
      subordinators: new Set(raw.subordinators),
      gerundPreps: new Set(raw.gerund_preps),
      passiveAux: new Set(raw.passive_aux),
      etreVerbs: new Set(raw.etre_verbs),
      reflexive: new Set(raw.reflexive),
      agent: new Set(raw.agent),
      negation: new Set(raw.negation),
      attributionVerbs: new Set(raw.attribution_verbs),
      attributionCues: raw.attribution_cues.map((c) =>
        c
          .toLowerCase()
          .replace(/’/g, "'")
          .split(/\s+|(?<=')/),
      ),
      dashes: new Set(raw.dashes),
      npInner: new Set(raw.np_inner),
      objectClitics: new Set(raw.object_clitics),
      adjectiveAfterNoun: raw.adjective_after_noun,
      reviseEdParticiples: raw.revise_ed_participles,
    };
    compiled.set(lang, lists);
  }
  return lists;
}
