// Stage 6: the passes run once a sentence's runs are read — members of a list of organisations,
// and long forms (lowercase or not) defined by an acronym in parentheses.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Discovery } from "./06-discover";
import { type ListItem, listNeighbourType, typedByList } from "./06-lists";
import { acronymLongForm } from "./06-names";
import type { SentenceView } from "./06-persons";
import type { Token } from "../text/tokens";
import { fold } from "../text/fold";
import { CAPITALISED, COORDINATION, type Vocabulary } from "./06-vocabulary";

const LOWERCASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu;
let lowercaseCache: { text: string; words: Set<string> } | undefined;
/** The words an article writes in lowercase, read once per article text (a scan per candidate would be quadratic). */
export function lowercaseWords(text: string): Set<string> {
  if (lowercaseCache?.text !== text) lowercaseCache = { text, words: new Set(text.match(LOWERCASE_WORD) ?? []) };
  return lowercaseCache.words;
}

/**
 * The parts of an untyped run that may be members of a list of organisations, decided once the sentence is
 * read: up to four capitalised words, not a lone given name, a role or a place. "Microsoft and Oracle" joined
 * by a lowercase "and" and left untyped as one name are two candidates.
 */
export function listCandidates(v: Vocabulary, s: SentenceView, first: number, end: number): { first: number; end: number }[] {
  const { text, tokens, capital } = s;
  const parts: { first: number; end: number }[] = [];
  for (let a = first, b = first; b <= end; b++) {
    if (b < end && !COORDINATION.has(tokens[b]!.norm)) continue;
    if (b > a) parts.push({ first: a, end: b });
    a = b + 1;
  }
  return parts.filter(({ first: a, end: b }) => {
    const run = tokens.slice(a, b);
    const words = run.filter((t) => t.isWord && !v.connectors.has(t.norm));
    // "Palantir, Genocide and Deportations": a word the article also writes in lowercase is a common noun.
    const lone = words.length === 1 ? text.slice(words[0]!.start, words[0]!.end) : undefined;
    if (lone && lone !== lone.toLowerCase() && lowercaseWords(text).has(lone.toLowerCase())) return false;
    return (
      words.length >= 1 &&
      words.length <= 4 &&
      !(words.length === 1 && v.givenNames.has(words[0]!.norm)) &&
      !words.some((t) => v.roles.has(t.norm)) &&
      run.every((t, n) => !t.isWord || capital(a + n)) &&
      !v.places.has(fold(text.slice(run[0]!.start, run[run.length - 1]!.end)))
    );
  });
}

/** "firms", "companies", "groupes": the type of the cue noun (`before`) whose plural is the lowercase token n, if it is one. */
function pluralCueType(v: Vocabulary, s: SentenceView, n: number): EntityType | undefined {
  const t = s.tokens[n];
  if (!t?.isWord || CAPITALISED.test(s.text[t.start]!) || !t.norm.endsWith("s")) return undefined;
  const type = v.before.get(t.norm.endsWith("ies") ? `${t.norm.slice(0, -3)}y` : t.norm.slice(0, -1));
  return type === "contract" ? undefined : type;
}

/**
 * "Kenya's Symphony, South Africa's Face Technology and Israel's On Track Innovations": the tokens of a state or a nationality
 * and its "'s" before a list's member, which stand in no list themselves.
 */
function possessiveOwners(v: Vocabulary, tokens: readonly Token[], spans: readonly ListItem[]): (n: number) => boolean {
  const owner = new Uint8Array(tokens.length);
  const mark = (first: number, end: number) => {
    if (tokens[end]?.norm === "'s") owner.fill(1, first, end + 1);
  };
  for (const sp of spans) if (sp.type === "state") mark(sp.first, sp.end);
  tokens.forEach((t, n) => {
    if (v.d.nationalityOf.has(t.norm)) mark(n, n + 1);
  });
  return (n) => owner[n] === 1;
}

/** "Survey Copter, EOS Technologie, Delair et Thales": the pending runs that a list of organisations types. */
export function listMembers(
  v: Vocabulary,
  s: SentenceView,
  pending: readonly { first: number; end: number }[],
  found: Discovery[],
  sentenceFrom: number,
  inSentence: readonly Mention[],
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
): void {
  const { text, tokens } = s;
  if (pending.length === 0) return;
  const byStart = new Map(tokens.map((t, n) => [t.start, n]));
  const byEnd = new Map(tokens.map((t, n) => [t.end, n + 1]));
  const spans: ListItem[] = [];
  for (const f of [...found.slice(sentenceFrom), ...inSentence]) {
    const [first, end] = [byStart.get(f.start), byEnd.get(f.end)];
    if (first !== undefined && end !== undefined) spans.push({ first, end, type: "entityId" in f ? typeOf?.(f.entityId) : f.type });
  }
  const fromList = typedByList(tokens, [...pending, ...spans], (first) => pluralCueType(v, s, first - 1), possessiveOwners(v, tokens, spans));
  pending.forEach(({ first, end }, n) => {
    const upper = (x: number) => x >= 0 && CAPITALISED.test(text[tokens[x]!.start]!);
    const type = fromList.get(n) ?? listNeighbourType(tokens, first, end, found.slice(sentenceFrom), inSentence, typeOf, end - first > 1, upper);
    if (!type) return;
    const [start, stop] = [tokens[first]!.start, tokens[end - 1]!.end];
    found.push({ label: text.slice(start, stop), type, country: null, cue: "list", start, end: stop });
  });
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
