// Stage 6: a name used as a modifier of a product noun is its maker's — "Dell laptops", "Hikvision
// cameras", "les caméras Hikvision", "des ordinateurs portables Dell". English puts the name before the
// noun, French after it (one adjective may stand between). Only hardware nouns count
// (data/discovery.yaml `product_nouns`): before "spyware" or "software" a name is the product's own
// ("Pegasus spyware").
import type { EntityType, Language } from "../../model";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";

export const PRODUCT_CUE = "product";

const LOWER = /^\p{Ll}/u;
const compiled = new WeakMap<object, Partial<Record<Language, ReadonlySet<string>>>>();

function productNouns(d: Knowledge["discovery"], lang: Language): ReadonlySet<string> | undefined {
  let all = compiled.get(d);
  if (!all) {
    all = Object.fromEntries(Object.entries(d.product_nouns).map(([l, ws]) => [l, new Set((ws ?? []).map((w) => fold(w)))]));
    compiled.set(d, all);
  }
  return all[lang];
}

/**
 * Whether the name of tokens [first, end) modifies a product noun: right before it in English, right
 * after it (or after it and one lowercase adjective) in French. `isAdjective` tells the French
 * adjectives ("portables"). A one-word name only in English: "Biometric Voter Registration kits" is no maker.
 */
export function modifiesProduct(
  d: Knowledge["discovery"],
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  lang: Language | undefined,
  isAdjective: (norm: string) => boolean,
): boolean {
  const nouns = lang ? productNouns(d, lang) : undefined;
  if (!nouns) return false;
  const lower = (n: number) => tokens[n] !== undefined && tokens[n]!.isWord && LOWER.test(text.slice(tokens[n]!.start, tokens[n]!.end));
  if (lang === "en") return end === first + 1 && lower(end) && nouns.has(tokens[end]!.norm);
  if (end - first > 2) return false;
  if (lower(first - 1) && nouns.has(tokens[first - 1]!.norm)) return true;
  return lower(first - 1) && isAdjective(tokens[first - 1]!.norm) && lower(first - 2) && nouns.has(tokens[first - 2]!.norm);
}

/** A maker's cue is the weakest: where the article types the same name otherwise ("PSCA cameras" … "PSCA said"), that type wins. */
export function yieldProductCues(found: Discovery[]): void {
  const typed = new Map<string, EntityType>();
  for (const d of found) if (d.cue !== PRODUCT_CUE) typed.set(fold(d.label), d.type);
  for (const d of found) if (d.cue === PRODUCT_CUE) d.type = typed.get(fold(d.label)) ?? d.type;
}
