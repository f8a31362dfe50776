// The words reference is made of, per language (data/relations.yaml `anaphors:`): determiners and
// head nouns of descriptions ("the Israeli spyware maker", "le géant américain du logiciel"), their
// modifiers and complements, and the pronouns that stand for a subject or an owner.
import { z } from "zod";
import { ENTITY_TYPES, SECTORS, type EntityType, type Sector } from "../../model";
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";

const Words = z.array(z.string());

export const AnaphorsSchema = z.object({
  /** Definite and demonstrative determiners that open a description ("the", "cette"). */
  determiners: Words,
  /** Demonstratives among the determiners ("this", "cette"): they point at the name last read, never continue a subject. */
  demonstratives: Words.default([]),
  /** Head nouns by what they stand for: an entity type, optionally narrowed to a sector ("company/investment"). */
  heads: z.record(z.string().regex(new RegExp(`^(${ENTITY_TYPES.join("|")})(/[a-z-]+)?$`)), Words),
  /** Words that may qualify a head besides nationalities and adjectives: sector words ("spyware", "technologique"). */
  modifiers: Words.default([]),
  /** Modifiers that make the description another entity than the last one named ("the other company", "la société rivale"). */
  contrastive: Words.default([]),
  /** Adjectives that stand before the head in a language whose modifiers follow it ("la jeune entreprise"). */
  pre_modifiers: Words.default([]),
  /** Whether modifiers follow the head (French) or precede it (English). */
  head_first: z.boolean().default(false),
  /** Prepositions and articles of a complement of the head ("maker of spyware", "géant du logiciel"), and its nouns. */
  complement_prepositions: Words.default([]),
  complement_articles: Words.default([]),
  complements: Words.default([]),
  /** Subject pronouns by number ("it", "ils"): they stand for the previous subject of a fitting number. */
  pronouns: z.object({ singular: Words, plural: Words }).default({ singular: [], plural: [] }),
  /** Possessive determiners by the owner's number ("its", "leur"): before a trigger they stand for the owner. */
  possessives: z.object({ singular: Words, plural: Words }).default({ singular: [], plural: [] }),
  /** Words and marks after which a subject pronoun opens a clause ("and", "qu'", ","), so a name before them is not the subject. */
  pronoun_openers: Words.default([]),
});

/** What an anaphor can stand for: an entity type, optionally narrowed to a sector. */
export interface AnaphorKind {
  type: EntityType;
  sector?: Sector;
  /** "l'entreprise israélienne", "the American giant": only an entity of this country (when its country is known). */
  country?: string;
}

/** The anaphors section compiled for one language: folded word sets, heads by their words. */
export interface CorefLexicon {
  determiners: Set<string>;
  demonstratives: Set<string>;
  /** Heads keyed by their folded words joined by a space; the longest has `maxHeadWords` words. */
  heads: Map<string, AnaphorKind>;
  maxHeadWords: number;
  modifiers: Set<string>;
  preModifiers: Set<string>;
  contrastive: Set<string>;
  headFirst: boolean;
  complementPrepositions: Set<string>;
  complementArticles: Set<string>;
  complements: Set<string>;
  singularPronouns: Set<string>;
  pluralPronouns: Set<string>;
  singularPossessives: Set<string>;
  pluralPossessives: Set<string>;
  pronounOpeners: Set<string>;
}

function anaphorKind(key: string): AnaphorKind {
  const [type, sector] = key.split("/") as [EntityType, string | undefined];
  if (sector !== undefined && !(SECTORS as readonly string[]).includes(sector)) throw new Error(`data/relations.yaml: anaphors: unknown sector '${sector}'`);
  return sector ? { type, sector: sector as Sector } : { type };
}

/** The tokens of a phrase as the tokenizer folds them ("d'actifs" → "d'", "actifs"; "start-up" → "start", "-", "up"). */
function foldedWords(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length).map((t) => t.norm);
}

export function compileCoref(raw: z.infer<typeof AnaphorsSchema> | undefined): CorefLexicon {
  const set = (words: readonly string[] | undefined) => new Set((words ?? []).map((w) => fold(w)));
  const heads = new Map<string, AnaphorKind>();
  let maxHeadWords = 1;
  for (const [key, words] of Object.entries(raw?.heads ?? {})) {
    const kind = anaphorKind(key);
    for (const w of words) {
      const parts = foldedWords(w);
      maxHeadWords = Math.max(maxHeadWords, parts.length);
      heads.set(parts.join(" "), kind);
    }
  }
  return {
    determiners: set(raw?.determiners),
    demonstratives: set(raw?.demonstratives),
    heads,
    maxHeadWords,
    modifiers: set(raw?.modifiers),
    preModifiers: set(raw?.pre_modifiers),
    contrastive: set(raw?.contrastive),
    headFirst: raw?.head_first ?? false,
    complementPrepositions: set(raw?.complement_prepositions),
    complementArticles: set(raw?.complement_articles),
    complements: set(raw?.complements),
    singularPronouns: set(raw?.pronouns.singular),
    pluralPronouns: set(raw?.pronouns.plural),
    singularPossessives: set(raw?.possessives.singular),
    pluralPossessives: set(raw?.possessives.plural),
    pronounOpeners: set(raw?.pronoun_openers),
  };
}
