// Stage 6: a known state body's name followed by another state's nationality names that other state's body ("la
// Gendarmerie mauritanienne", "la Police nationale congolaise"): the registry knows the French "Gendarmerie" or
// "Police nationale", and its match would cut the longer name and give the foreign body's deeds to the French one.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import type { Vocabulary } from "./06-vocabulary";

const LOWER = /^\p{Ll}/u;

/** Each agency mention of the sentence followed (past lowercase levels, "nationale") by a nationality not its own. */
export function foreignBodies(
  v: Vocabulary,
  text: string,
  tokens: readonly Token[],
  inSentence: readonly Mention[],
  found: Discovery[],
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
  levels: ReadonlySet<string> | undefined,
): void {
  for (const m of inSentence) {
    if (typeOf?.(m.entityId) !== "agency") continue;
    const own = v.entityCountry.get(m.entityId);
    if (!own) continue;
    let j = tokens.findIndex((t) => t.start >= m.end);
    const lower = (n: number) => n >= 0 && tokens[n]?.isWord === true && LOWER.test(text.slice(tokens[n]!.start, tokens[n]!.end));
    while (lower(j) && levels?.has(tokens[j]!.norm)) j++;
    const country = lower(j) ? v.nationality(tokens[j]) : undefined;
    if (!country || country === own) continue;
    const end = tokens[j]!.end;
    if (found.some((f) => f.start < end && f.end > m.start)) continue;
    found.push({ label: text.slice(m.start, end), type: "agency", country, cue: "foreign nationality after a known body", start: m.start, end });
  }
}
