// The product words of data/relations.yaml (`products:`) compiled for one language: every inflected
// form, folded like the tokens they are compared with.
import { z } from "zod";
import type { Language } from "../../model";
import { lemmaForms } from "../grammar/forms";
import { fold } from "../text/fold";
import { compilePatterns, PatternIndex } from "../text/patterns";

const Words = z.array(z.string());
const ProductWordsSchema = z.object({
  /** Head nouns of a product phrase, by lemma. */
  nouns: Words,
  /** Words after a possessor ("Paragon's"). */
  possessive: Words.default([]),
  /** Words before the maker after a product ("le logiciel Gotham de Palantir"). */
  of: Words.default([]),
  /** Verb lemmas whose agent made the product ("developed by", "conçu par"). */
  makers: Words,
  agent: Words,
  /** Possessive relatives: "Acme, whose cameras…". */
  whose: Words.default([]),
  /** First-person possessives: "our technology" in a quotation is the speaker's company's. */
  ours: Words.default([]),
  /** Verb lemmas whose subject receives the product it is the client of ("expecting to receive the kits"). */
  receives: Words.default([]),
  /** Determiners of a phrase that refers back to a product ("the kits", "les caméras"). */
  definite: Words.default([]),
  /** Nouns of a delivery (by lemma) and the phrases that introduce its recipients ("livraison … à destination de"). */
  deliveries: Words.default([]),
  recipients: Words.default([]),
  /** Phrases that introduce a delivery's giver ("un don de matériel de la part de X", "a shipment of drones from X"). */
  providers: Words.default([]),
  /** Verb lemmas whose product subject supplies the object ("whose cameras have helped X"). */
  acts: Words.default([]),
});
export const ProductsSchema = z.object({ en: ProductWordsSchema, fr: ProductWordsSchema }).partial();
export type ProductsData = z.infer<typeof ProductsSchema>;

export interface ProductLexicon {
  nouns: ReadonlySet<string>;
  /** The discovery stopwords, folded: never part of a product's name. */
  stopwords: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  of: ReadonlySet<string>;
  makers: ReadonlySet<string>;
  agent: ReadonlySet<string>;
  whose: ReadonlySet<string>;
  ours: ReadonlySet<string>;
  receives: ReadonlySet<string>;
  definite: ReadonlySet<string>;
  deliveries: ReadonlySet<string>;
  recipients: PatternIndex<string>;
  providers: PatternIndex<string>;
  /** Each inflected product noun → its lemma: "kits" and "kit" refer to the same product. */
  nounLemma: ReadonlyMap<string, string>;
  acts: ReadonlySet<string>;
}

const folded = (words: readonly string[]) => new Set(words.map((w) => fold(w)));
const forms = (lemmas: readonly string[], lang: Language, of: "VERB" | "NOUN") => folded(lemmas.flatMap((l) => lemmaForms(l, lang, of)));

export function compileProducts(data: ProductsData | undefined, lang: Language, stopwords: readonly string[]): ProductLexicon | undefined {
  const d = data?.[lang];
  if (!d) return undefined;
  return {
    nouns: forms(d.nouns, lang, "NOUN"),
    stopwords: folded(stopwords),
    possessive: folded(d.possessive),
    of: folded(d.of),
    makers: forms(d.makers, lang, "VERB"),
    agent: folded(d.agent),
    whose: folded(d.whose),
    ours: folded(d.ours),
    receives: forms(d.receives, lang, "VERB"),
    definite: folded(d.definite),
    deliveries: forms(d.deliveries, lang, "NOUN"),
    recipients: new PatternIndex(compilePatterns(d.recipients.map((w) => ({ pattern: w, value: w })))),
    providers: new PatternIndex(compilePatterns(d.providers.map((w) => ({ pattern: w, value: w })))),
    nounLemma: new Map(d.nouns.flatMap((l) => lemmaForms(l, lang, "NOUN").map((f) => [fold(f), fold(l)] as const))),
    acts: forms(d.acts, lang, "VERB"),
  };
}
