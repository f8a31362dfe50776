// Stage 6: a plural cue noun before a list of names types every name of the list ("les sociétés Carrefour
// France, Performeclic et Nestor", "ses filiales brésiliennes Ares et AEL Sistema", "the firms Quux and Veltrix").
// The singular cue (06-cues.ts) reaches only the first name; the list's other names have no cue of their own.
import type { EntityType, Language } from "../../model";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { runEnd } from "./06-run";
import type { PersonWords } from "./06-titles";
import type { Vocabulary } from "./06-vocabulary";
import type { RunView } from "./06-run";

/** Words joining the last names of a list: "and"/"et", "or"/"ou". */
const COORDINATORS = new Set(["and", "et", "or", "ou"]);

/** The names a plural cue noun at token `cueAt` heads, as token spans [first, end). */
function namesAfterCue(v: Vocabulary, s: RunView, cueAt: number, person: PersonWords, openers: readonly string[][]): { first: number; end: number }[] {
  const { tokens, capital, known } = s;
  let p = cueAt + 1;
  // "les sociétés israéliennes X et Y": nationalities between the cue and the list.
  while (p < tokens.length && v.nationality(tokens[p]) && !capital(p)) p++;
  // "cinq associations, dont la Cimade", "rights groups, including Liberty": a word opening the list, then a determiner.
  if (tokens[p]?.norm === ",") {
    const opener = openers.find((o) => o.every((w, n) => tokens[p + 1 + n]?.norm === w));
    if (!opener) return [];
    p += 1 + opener.length;
    if (v.institutions.determiners.has(tokens[p]?.norm ?? "")) p++;
  }
  const names: { first: number; end: number }[] = [];
  while (p < tokens.length && (capital(p) || known[p] === 1)) {
    // "Carrefour France": a known name inside a member (a state after a company's) does not end it.
    let end = p;
    while (end < tokens.length && (capital(end) || known[end] === 1)) {
      if (known[end] === 1) end++;
      else end = runEnd(v, s, end, false, true, person);
    }
    names.push({ first: p, end });
    // ", ", ", et", "et": the list goes on only while a name follows its separator.
    let q = end;
    if (tokens[q]?.norm === ",") q++;
    if (COORDINATORS.has(tokens[q]?.norm ?? "")) q++;
    if (q === end) break;
    p = q;
  }
  return names;
}

/**
 * Every name after a plural cue noun of data/discovery.yaml (`plural_before`) that nothing else typed takes the cue's
 * type. A name the registry knows stays the registry's, but the list goes on past it.
 */
export function pluralCueLists(v: Vocabulary, s: RunView, found: Discovery[], sentenceFrom: number, person: PersonWords, lang: Language | undefined): void {
  const { text, tokens, known } = s;
  const openers = lang ? (v.pluralListOpeners[lang] ?? []) : [];
  for (let b = 0; b < tokens.length - 1; b++) {
    if (!v.pluralLastWords.has(tokens[b]!.norm)) continue;
    const type: EntityType | undefined = v.phraseEndingAt(tokens as Token[], b, v.pluralBefore);
    // A capitalised cue word is a name's own ("Groupes Quux"), no cue.
    if (!type || text[tokens[b]!.start] !== text[tokens[b]!.start]!.toLowerCase()) continue;
    const names = namesAfterCue(v, s, b, person, openers);
    // "les syndicats A et B": a name read across the list's "et" before the cue was seen is two names.
    const spans = names.map(({ first, end }) => [tokens[first]!.start, tokens[end - 1]!.end] as const);
    for (let f = found.length - 1; f >= sentenceFrom; f--)
      if (spans.filter(([a, z]) => found[f]!.start < z && found[f]!.end > a).length >= 2) found.splice(f, 1);
    for (const { first, end } of names) {
      // A known name opening the member is the registry's; one closing it is part of a longer name ("Carrefour France").
      if (known[first] === 1) continue;
      const [start, stop] = [tokens[first]!.start, tokens[end - 1]!.end];
      if (found.slice(sentenceFrom).some((f) => f.start < stop && f.end > start)) continue;
      found.push({ label: text.slice(start, stop), type, country: null, cue: text.slice(tokens[b]!.start, tokens[b]!.end), start, end: stop });
    }
  }
}

/** The pending runs no discovery of the sentence has claimed since they were set aside. */
export function unclaimed<T extends { first: number; end: number }>(
  pending: T[],
  tokens: readonly { start: number; end: number }[],
  found: readonly Discovery[],
  from: number,
): T[] {
  return pending.filter((p) => !found.slice(from).some((f) => f.start < tokens[p.end - 1]!.end && f.end > tokens[p.first]!.start));
}
