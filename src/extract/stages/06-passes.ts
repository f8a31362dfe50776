// Stage 6: the passes run once a sentence's runs are read — members of a list of organisations,
// and long forms (lowercase or not) defined by an acronym in parentheses.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Discovery } from "./06-discover";
import { listNeighbourType } from "./06-lists";
import { acronymLongForm } from "./06-names";
import type { SentenceView } from "./06-persons";
import { CAPITALISED, type Vocabulary } from "./06-vocabulary";

/** "Survey Copter, EOS Technologie, Delair et Thales": the pending runs that a list of organisations types. */
export function listMembers(
  s: SentenceView,
  pending: readonly { first: number; end: number }[],
  found: Discovery[],
  sentenceFrom: number,
  inSentence: readonly Mention[],
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): void {
  const { text, tokens } = s;
  for (const { first, end } of pending) {
    const upper = (n: number) => n >= 0 && CAPITALISED.test(text[tokens[n]!.start]!);
    const type = listNeighbourType(tokens, first, end, found.slice(sentenceFrom), inSentence, typeOf, end - first > 1, upper);
    if (!type) continue;
    const [start, stop] = [tokens[first]!.start, tokens[end - 1]!.end];
    found.push({ label: text.slice(start, stop), type, country: null, cue: "list", start, end: stop });
  }
}

/** "service interministériel d'assistance technique (SIAT)": a long form, lowercase or not, defined by its acronym. */
export function definedLongForms(v: Vocabulary, s: SentenceView, known: Uint8Array, found: Discovery[], sentenceFrom: number): void {
  const { text, tokens } = s;
  const { connectors, typeOfPhrase } = v;
  for (let p = 1; p < tokens.length; p++) {
    if (tokens[p]!.norm !== "(" || known[p + 1] === 1) continue;
    const def = acronymLongForm(tokens, text, p, connectors);
    if (!def || known.subarray(def.span.first, def.span.end).some((x) => x === 1)) continue;
    const from = tokens[def.span.first]!.start;
    if (found.slice(sentenceFrom).some((f) => f.end > from && f.start < tokens[p]!.start)) continue;
    const ws = tokens.slice(def.span.first, def.span.end).filter((t) => t.isWord && !connectors.has(t.norm));
    const type = ws.length >= 2 ? typeOfPhrase(ws) : undefined;
    if (!type || type === "contract") continue;
    const [start, stop] = [tokens[def.span.first]!.start, tokens[def.span.end - 1]!.end];
    found.push({ label: text.slice(start, stop), type, country: null, cue: `(${def.acronym})`, start, end: stop, acronym: def.acronym });
  }
}
