// Stage 6: the governments of regions, provinces and cities. A place is no organisation, but its
// government is one, named by the place: "la région Île-de-France", "le Land de Hesse", "les länder
// d'Hesse et d'Hambourg", "the province of Ontario", "the Ontario government", "Nairobi County". The
// nouns are data (data/discovery.yaml `government_before`, `government_after`, `government_in_name`).
import type { Language } from "../../model";
import { fold } from "../text/fold";
import { phraseAt as longestPhraseAt } from "../text/phrase-index";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { CAPITALISED, COORDINATION, OF, type Vocabulary } from "./06-vocabulary";

/** A place's name is short: "Île-de-France", "Nairobi", "Rio Grande do Sul". */
const MAX_PLACE_WORDS = 3;

export interface GovernmentWords {
  /** Nouns before the place, as token norms joined by spaces: "province", "conseil regional". */
  before: Partial<Record<Language, ReadonlySet<string>>>;
  /** Nouns after a place of the gazetteer: "government", "provincial government". */
  after: Partial<Record<Language, ReadonlySet<string>>>;
  /** Capitalised nouns closing the name: "County" in "Nairobi County". */
  inName: ReadonlySet<string>;
  /** Prepositions before a noun that make it the place itself: "dans la région du Xinjiang". */
  placePrepositions: Partial<Record<Language, ReadonlySet<string>>>;
  /** Determiners skipped before the noun: "dans la région", "in the province". */
  determiners: ReadonlySet<string>;
  /** Lowercase nouns of a body that a place's name completes, the whole phrase naming it: "parquet", "cour d'appel". */
  bodies: Partial<Record<Language, ReadonlySet<string>>>;
}

interface Span {
  first: number;
  end: number;
}

/** The governments one sentence names by their place; `known` marks registry mentions, `taken` what is already discovered. */
export function placeGovernments(
  v: Vocabulary,
  words: GovernmentWords,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  taken: readonly Discovery[],
  lang: Language | undefined,
): Discovery[] {
  if (!lang) return [];
  const out: Discovery[] = [];
  const capital = (n: number) => tokens[n] !== undefined && tokens[n]!.isWord && known[n] === 0 && CAPITALISED.test(text[tokens[n]!.start]!);
  const placeAt = (j: number) => placeRun(tokens, j, capital);
  const labelOf = (p: Span) => text.slice(tokens[p.first]!.start, tokens[p.end - 1]!.end);
  // A person ("le gouvernement de Benjamin Netanyahou"), a title or a common capitalised word ("département d'État") is no place.
  const plausible = (p: Span) => {
    const ws = tokens.slice(p.first, p.end).filter((t) => t.isWord);
    return !v.givenNames.has(ws[0]!.norm) && !ws.some((t) => v.roles.has(t.norm)) && !ws.every((t) => v.stop.has(t.norm));
  };
  /** `place` is the span the gazetteer may know when the name holds more than the place ("Nairobi" in "Nairobi County"). */
  const push = (p: Span, cue: string, place: Span = p) => {
    const [start, end] = [tokens[p.first]!.start, tokens[p.end - 1]!.end];
    if ([...taken, ...out].some((d) => d.end > start && d.start < end)) return;
    out.push({ label: labelOf(p), type: "agency", country: v.places.get(fold(labelOf(place))) ?? null, cue, start, end });
  };
  const before = words.before[lang];
  const after = words.after[lang];
  const prepositions = words.placePrepositions[lang];
  const locative = (h: number) => {
    const p = words.determiners.has(tokens[h - 1]?.norm ?? "") ? h - 2 : h - 1;
    return prepositions?.has(tokens[p]?.norm ?? "") ?? false;
  };
  for (let h = 0; h < tokens.length; h++) {
    const noun = before && known[h] === 0 && !locative(h) ? phraseAt(tokens, h, before) : 0;
    if (noun > 0) {
      // "le Land de Hesse", "la région Île-de-France": with no "of" between, the place must be one the gazetteer knows.
      let j = h + noun;
      const linked = OF.has(tokens[j]?.norm ?? "");
      if (linked) j++;
      let place = placeAt(j);
      const cue = `government ${tokens[h]!.norm}`;
      while (place && plausible(place) && (linked || v.places.has(fold(labelOf(place))))) {
        push(place, cue);
        // "les länder d'Hesse et d'Hambourg": coordinated places under one noun.
        let k = place.end;
        if (!COORDINATION.has(tokens[k]?.norm ?? "")) break;
        k++;
        if (OF.has(tokens[k]?.norm ?? "")) k++;
        place = placeAt(k);
      }
      continue;
    }
    if (!capital(h) || capital(h - 1)) continue;
    const run = placeAt(h);
    // "The Ontario government": a capitalised determiner opens the run, not the place.
    while (run && run.first < run.end - 1 && v.stop.has(tokens[run.first]!.norm)) run.first++;
    if (!run || !plausible(run)) continue;
    const last = tokens[run.end - 1]!;
    // "Nairobi County": the noun closes the name.
    if (run.end - run.first >= 2 && words.inName.has(last.norm)) push(run, `government ${last.norm}`, { first: run.first, end: run.end - 1 });
    // "the Ontario government": the place is one the gazetteer knows.
    else if (after && phraseAt(tokens, run.end, after) > 0 && v.places.has(fold(labelOf(run)))) push(run, `government ${tokens[run.end]!.norm}`);
    h = run.end - 1;
  }
  return out;
}

/**
 * The bodies one sentence names by a lowercase noun and the place it serves: "le parquet de Lille", "le tribunal
 * judiciaire de Lille", "la cour d'appel de Paris". The place must be one the gazetteer knows; the name is the whole
 * phrase, so that two cities' prosecutors stay two bodies.
 */
export function placeBodies(
  v: Vocabulary,
  words: GovernmentWords,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  taken: readonly Discovery[],
  lang: Language | undefined,
): Discovery[] {
  const bodies = lang ? words.bodies[lang] : undefined;
  if (!bodies) return [];
  const out: Discovery[] = [];
  const capital = (n: number) => tokens[n] !== undefined && tokens[n]!.isWord && known[n] === 0 && CAPITALISED.test(text[tokens[n]!.start]!);
  for (let h = 0; h < tokens.length; h++) {
    const noun = known[h] === 0 && !capital(h) ? phraseAt(tokens, h, bodies) : 0;
    if (noun === 0 || !OF.has(tokens[h + noun]?.norm ?? "")) continue;
    const place = placeRun(tokens, h + noun + 1, capital);
    if (!place) continue;
    const label = text.slice(tokens[place.first]!.start, tokens[place.end - 1]!.end);
    const country = v.places.get(fold(label));
    if (country === undefined) continue;
    const [start, end] = [tokens[h]!.start, tokens[place.end - 1]!.end];
    if ([...taken, ...out].some((d) => d.end > start && d.start < end)) continue;
    out.push({ label: text.slice(start, end), type: "agency", country, cue: `body ${tokens[h]!.norm}`, start, end });
    h = place.end - 1;
  }
  return out;
}

/** How many tokens (1 to 4) from `i` spell a phrase of `set`, 0 when none does: "cour d' appel" is three. */
function phraseAt(tokens: readonly Token[], i: number, set: ReadonlySet<string>): number {
  return longestPhraseAt(set, (k) => tokens[k]?.norm, i, 4)?.words ?? 0;
}

/** Capitalised words from `j`, hyphenated compounds included ("Île-de-France", "Rhénanie-du-Nord-Westphalie"). */
function placeRun(tokens: readonly Token[], j: number, capital: (n: number) => boolean): Span | undefined {
  if (!capital(j)) return undefined;
  let end = j + 1;
  let words = 1;
  while (end < tokens.length) {
    const t = tokens[end]!;
    const next = tokens[end + 1];
    if (t.norm === "-" && next?.isWord && t.start === tokens[end - 1]!.end && next.start === t.end) end += 2;
    else if (capital(end) && words < MAX_PLACE_WORDS) {
      end++;
      words++;
    } else break;
  }
  return { first: j, end };
}
