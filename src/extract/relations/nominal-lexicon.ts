// The nominal frames of data/relations.yaml compiled for one language: every inflected form of every
// head noun in one pattern index, and the words that introduce each slot.
import type { Language, RelationType } from "../../model";
import type { NominalData } from "../knowledge";
import { compilePatterns, PatternIndex } from "../text/patterns";
import { inflections } from "./inflect";

/** "subject": the list before a noun whose own name follows it ("A and B formed a joint venture, S"): its members. */
export type NominalSlot = "head" | "possessor" | "subject" | "of" | "to" | "with" | "between" | "by";
export type Complement = Exclude<NominalSlot, "head" | "possessor" | "subject">;

export interface NominalFrame {
  type: RelationType;
  source: readonly NominalSlot[];
  target: readonly NominalSlot[];
  members: readonly NominalSlot[];
  owns: boolean;
}

export interface NominalLexicon {
  heads: PatternIndex<NominalFrame>;
  slots: PatternIndex<Complement>;
  links: PatternIndex<string>;
  determiners: PatternIndex<string>;
  possessives: PatternIndex<string>;
  descriptors: PatternIndex<string>;
  /** "among", « parmi » before a noun's phrase, and the links after it that name the ones it describes. */
  invertedOpeners: PatternIndex<string>;
  invertedLinks: PatternIndex<string>;
  /** Function words (folded): never a modifier between a noun and its name ("subsidiary in Chantilly"). */
  stopwords: ReadonlySet<string>;
}

const phrases = (words: readonly string[] | undefined) => new PatternIndex(compilePatterns((words ?? []).map((w) => ({ pattern: w, value: w }))));

export function compileNominal(data: NominalData | undefined, lang: Language, stopwords: ReadonlySet<string>): NominalLexicon {
  const rules = data?.inflection[lang];
  const heads = (data?.frames ?? []).flatMap((f) => {
    const frame: NominalFrame = { type: f.type, source: f.source ?? [], target: f.target ?? [], members: f.members ?? [], owns: f.owns };
    return (f.heads[lang] ?? []).flatMap((head) =>
      (rules ? inflections(head, f.feminine ? rules : { plural: rules.plural }, lang === "fr") : [head]).map((form) => ({ pattern: form, value: frame })),
    );
  });
  const slotSpecs = Object.entries(data?.slots[lang] ?? {}).flatMap(([slot, words]) => (words ?? []).map((w) => ({ pattern: w, value: slot as Complement })));
  return {
    heads: new PatternIndex(compilePatterns(heads)),
    slots: new PatternIndex(compilePatterns(slotSpecs)),
    links: phrases(data?.links[lang]),
    determiners: phrases(data?.determiners[lang]),
    possessives: phrases(data?.possessives[lang]),
    descriptors: phrases(data?.descriptors[lang]),
    invertedOpeners: phrases(data?.inverted[lang]?.openers),
    invertedLinks: phrases(data?.inverted[lang]?.links),
    stopwords,
  };
}
