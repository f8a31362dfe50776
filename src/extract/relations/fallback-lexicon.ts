// The fallback tiers of data/relations.yaml (`fallback:`): which guesses of last resort the relation stage
// makes and how far they reach. Every tier has its own rule name, so `npm run calibrate` gives each its own
// confidence and the app's confidence filter can hide it; a variant of the extractor is a data directory.
import { z } from "zod";
import { ENTITY_TYPES, type EntityType, type Language, RELATION_TYPES, type RelationType } from "../../model";
import { lemmaForms } from "../grammar/forms";
import { fold } from "../text/fold";

const Words = z.array(z.string());
const Reach = z.number().int().positive();
const TierSchema = z.object({ enabled: z.boolean().default(false), max_words: Reach });

export const FallbackSchema = z.object({
  /** Rule `same-sentence`: a trigger the frames could not read relates its nearest fitting names within its clause. */
  same_sentence: TierSchema.default({ enabled: true, max_words: 5 }),
  /** Rule `same-sentence-wide`: the same when the narrow tier found nothing, farther, in the clause or the whole sentence. */
  wide: TierSchema.extend({
    scope: z.enum(["clause", "sentence"]).default("clause"),
    /** Prepositions that make the name after them a noun's complement ("in its occupation of X"), per language: no wide end. */
    noun_complements: z.object({ en: Words, fr: Words }).partial().default({}),
  }).default({ enabled: false, max_words: 8, scope: "clause", noun_complements: {} }),
  /** Rule `co-mention`: a sentence with no trigger naming one party of each kind and a domain word. */
  co_mention: z
    .object({
      enabled: z.boolean().default(false),
      type: z.enum(RELATION_TYPES).default("supplies"),
      source: z.array(z.enum(ENTITY_TYPES)).default(["company"]),
      target: z.array(z.enum(ENTITY_TYPES)).default(["agency", "state"]),
      /** Most words between the two names. */
      max_words: Reach.default(25),
      /** Also sentences whose triggers read nothing at all (no fact, no contract mention, no other guess). */
      in_trigger_sentences: z.boolean().default(false),
      /** Domain nouns by lemma, per language: what makes a sentence naming a company and a state body about a trade. */
      cues: z.object({ en: Words, fr: Words }).partial().default({}),
    })
    .default({ enabled: false, type: "supplies", source: ["company"], target: ["agency", "state"], max_words: 25, in_trigger_sentences: false, cues: {} }),
});
export type FallbackData = z.infer<typeof FallbackSchema>;

export interface FallbackTier {
  enabled: boolean;
  maxWords: number;
}

export interface FallbackLexicon {
  sameSentence: FallbackTier;
  wide: FallbackTier & { scope: "clause" | "sentence"; nounComplements: ReadonlySet<string> };
  coMention: FallbackTier & {
    type: RelationType;
    /** Entity types of each end, in order of preference: the first type the sentence names decides. */
    source: readonly EntityType[];
    target: readonly EntityType[];
    inTriggerSentences: boolean;
    /** Every inflected form of the domain nouns, folded like the tokens. */
    cues: ReadonlySet<string>;
  };
}

/** Today's behaviour when data/relations.yaml has no `fallback:` block: the narrow tier alone. */
export const DEFAULT_FALLBACK_DATA: FallbackData = FallbackSchema.parse({});

const tier = (t: { enabled: boolean; max_words: number }): FallbackTier => ({ enabled: t.enabled, maxWords: t.max_words });

export function compileFallback(data: FallbackData | undefined, lang: Language): FallbackLexicon {
  const d = data ?? DEFAULT_FALLBACK_DATA;
  const c = d.co_mention;
  return {
    sameSentence: tier(d.same_sentence),
    wide: { ...tier(d.wide), scope: d.wide.scope, nounComplements: new Set((d.wide.noun_complements[lang] ?? []).map((w) => fold(w))) },
    coMention: {
      ...tier(c),
      type: c.type,
      source: c.source,
      target: c.target,
      inTriggerSentences: c.in_trigger_sentences,
      cues: new Set((c.cues[lang] ?? []).flatMap((l) => lemmaForms(l, lang, "NOUN")).map((f) => fold(f))),
    },
  };
}
