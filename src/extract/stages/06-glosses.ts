// Stage 6: a name glossed in parentheses by a known name ("le Service des douanes et de protection des frontières
// (Customs and Border Protection, ou CBP)") is that known entity in another language, not a new one.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";

/** Words that give an alternative name inside parentheses: "(Customs and Border Protection, ou CBP)". */
const OR = new Set(["ou", "or"]);

/**
 * "le Service des douanes et de protection des frontières (Customs and Border Protection, ou CBP)": a name the sentence
 * glosses in parentheses with "or" and a known name of its type is that known entity's translation, no new one.
 */
export function glossedKnown(
  tokens: readonly Token[],
  inSentence: readonly Mention[],
  found: Discovery[],
  sentenceFrom: number,
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): void {
  for (let f = found.length - 1; f >= sentenceFrom; f--) {
    const open = tokens.findIndex((t) => t.start >= found[f]!.end);
    if (tokens[open]?.norm !== "(") continue;
    const close = tokens.findIndex((t, n) => n > open && t.norm === ")");
    if (close < 0) continue;
    const gloss = inSentence.find((m) => m.end === tokens[close - 1]!.end && typeOf?.(m.entityId) === found[f]!.type);
    const at = gloss ? tokens.findIndex((t) => t.start === gloss.start) : -1;
    if (at > open + 1 && OR.has(tokens[at - 1]!.norm)) found.splice(f, 1);
  }
}
