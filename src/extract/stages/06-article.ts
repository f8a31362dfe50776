// Stage 6: the passes after the capitalised runs — over one sentence, the bodies named by lowercase nouns, acronyms,
// places and governments; once the article is read, over all its discoveries: products' cues yield to better ones,
// branches and subsidiaries, institutions placed in their state, the other forms a name takes.
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import type { Sentence } from "./03-segment";
import { acronymBodies } from "./06-acronym-bodies";
import type { AcronymRules } from "./06-acronyms";
import type { Discovery } from "./06-discover";
import { linkForms, linkStatePrefixed } from "./06-forms";
import { placeBodies, placeGovernments } from "./06-governments";
import { lowercaseInstitutions } from "./06-institutions";
import { bareStateBodies } from "./06-state-bodies";
import { yieldProductCues } from "./06-products";
import { placeInstitutions } from "./06-states";
import { descriptiveSubsidiaries, stateBranches } from "./06-subsidiary";
import type { Vocabulary } from "./06-vocabulary";

/** Completes `found` in place with what the whole article says of its discoveries. */
export function articlePasses(
  v: Vocabulary,
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  found: Discovery[],
  lang: Language | undefined,
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): void {
  const isFunctionWord = (w: string) => v.languageStops.has(w) || v.stop.has(w);
  yieldProductCues(found);
  found.push(...stateBranches(text, mentions, found, v.stateCountry, typeOf));
  found.push(...descriptiveSubsidiaries(v, text, sentences, mentions, found, lang, typeOf));
  placeInstitutions(found, text, mentions, v.stateCountry, v.stateWords);
  linkForms(
    found,
    (w) => v.connectors.has(w),
    (w) => v.head.has(w),
    text,
    isFunctionWord,
  );
  linkStatePrefixed(found, (start, end) => mentions.some((m) => m.start === start && m.end === end && typeOf?.(m.entityId) === "state"));
}

/** The bodies one sentence names besides its capitalised runs, appended to `found` (the sentence's start at `sentenceFrom`). */
export function bodyPasses(
  v: Vocabulary,
  acronyms: AcronymRules,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  found: Discovery[],
  sentenceFrom: number,
  lang: Language | undefined,
): void {
  found.push(...lowercaseInstitutions(v, v.institutions, text, tokens, known, found.slice(sentenceFrom), lang));
  found.push(...acronymBodies(v.acronymBodies, acronyms, text, tokens, known, found.slice(sentenceFrom), lang));
  found.push(...placeBodies(v, v.governments, text, tokens, known, found.slice(sentenceFrom), lang));
  found.push(...bareStateBodies(v.d, v.institutions.determiners, text, tokens, known, found.slice(sentenceFrom), lang));
  found.push(...placeGovernments(v, v.governments, text, tokens, known, found.slice(sentenceFrom), lang));
}
