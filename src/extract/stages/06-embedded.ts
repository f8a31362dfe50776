// Stage 6: a registered name inside a longer one (issue 9, names-en3). The registry knows "Border Patrol"; the article
// writes "the National Border Patrol Council", a union. Capitalised words on both sides of the known name, the last of
// them a word that closes names (data/discovery.yaml suffix), make one longer name: the known name's tokens are read
// again as words of that name instead of stopping the run. So do two known names side by side before such words
// ("Nokia Siemens Networks", a joint venture).
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
  const organisation = (m: Mention | undefined) => {
    const type = m ? typeOf?.(m.entityId) : undefined;
    return type !== undefined && type !== "state" && type !== "person";
  };
  const span = (m: Mention) => [tokens.findIndex((t) => t.start === m.start), tokens.findIndex((t) => t.end === m.end) + 1] as const;
  /** How many flanking words (unknown, capitalised, one space apart) stand from token `from` on, stepping by `step`. */
  const flank = (from: number, step: 1 | -1) => {
    let n = 0;
    while (n < MAX_SIDE && word(from + step * n) && glued(from + step * n - (step === 1 ? 1 : 0), from + step * n + (step === 1 ? 0 : 1))) n++;
    return n;
  };
  const glued = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined && tokens[a]!.end + 1 === tokens[b]!.start;
  inSentence.forEach((m, k) => {
    if (!organisation(m)) return;
    const [a, b] = span(m);
    if (a < 0 || b < 1) return;
    const right = flank(b, 1);
    if (right === 0 || !v.suffix.has(tokens[b + right - 1]!.norm)) return;
    if (a >= 1 && flank(a - 1, -1) > 0) known.fill(0, a, b);
    // "Nokia Siemens Networks": two known names side by side, a suffix after them, name their joint venture.
    const before = inSentence[k - 1];
    if (!before || !organisation(before)) return;
    const [c, d] = span(before);
    if (c >= 0 && d === a && glued(d - 1, a)) known.fill(0, c, b);
  });
}
