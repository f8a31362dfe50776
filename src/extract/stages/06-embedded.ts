// Stage 6: a registered name inside a longer one (issue 9, names-en3). The registry knows "Border Patrol"; the article
// writes "the National Border Patrol Council", a union. Capitalised words on both sides of the known name, the last of
// them a word that closes names (data/discovery.yaml suffix), make one longer name: the known name's tokens are read
// again as words of that name instead of stopping the run.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import { CAPITALISED, type Vocabulary } from "./06-vocabulary";

/** At most this many capitalised words on either side of the known name. */
const MAX_SIDE = 3;

/**
 * Clears `known` over each organisation's mention that unknown capitalised words flank on both sides, the last of them a
 * suffix word ("National [Border Patrol] Council"). States and persons are left alone: a state opens its bodies' names
 * (06-discover.ts), and a person's name is no organisation's.
 */
export function releaseEmbedded(
  v: Vocabulary,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  inSentence: readonly Mention[],
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): void {
  const word = (n: number) => {
    const t = tokens[n];
    return t?.isWord === true && known[n] === 0 && CAPITALISED.test(text[t.start]!) && (!v.stop.has(t.norm) || v.nameOpeners.has(t.norm));
  };
  for (const m of inSentence) {
    const type = typeOf?.(m.entityId);
    if (type === undefined || type === "state" || type === "person") continue;
    const a = tokens.findIndex((t) => t.start === m.start);
    const b = tokens.findIndex((t) => t.end === m.end) + 1;
    if (a < 1 || b < 1) continue;
    let left = 0;
    while (left < MAX_SIDE && word(a - 1 - left) && tokens[a - 1 - left]!.end + 1 === tokens[a - left]!.start) left++;
    let right = 0;
    while (right < MAX_SIDE && word(b + right) && tokens[b + right - 1]!.end + 1 === tokens[b + right]!.start) right++;
    if (left === 0 || right === 0 || !v.suffix.has(tokens[b + right - 1]!.norm)) continue;
    known.fill(0, a, b);
  }
}
