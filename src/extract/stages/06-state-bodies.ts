// Stage 6: the institutions an article names by a bare common noun — "la police, gendarmerie, douane,
// administration pénitentiaire", "les forces de l'ordre", "the police", "Parliament". Alone such a noun names
// no one in particular; in an article about one state it names that state's body. The nouns are read here, per
// sentence, as candidates of a kind (data/discovery.yaml `state_institutions`); once the article is read,
// 06-states.ts gives them the article's state or drops them.
import type { Language } from "../../model";
import type { Knowledge } from "../knowledge";
import { phraseAt as longestPhraseAt } from "../text/phrase-index";
import type { Token } from "../text/tokens";
import { tokenize } from "../text/tokens";
import type { Discovery } from "./06-discover";
import { CAPITALISED, COORDINATION, OF } from "./06-vocabulary";

const LIST_SEPARATORS = new Set([",", ...COORDINATION]);

/** Per language, a noun phrase (token norms joined by spaces) → the kind of body it names. */
export type BodyKinds = Partial<Record<Language, ReadonlyMap<string, string>>>;

const compiled = new WeakMap<Knowledge["discovery"], { kinds: BodyKinds; longest: number }>();

/** The nouns of `state_institutions`, compiled once per knowledge. */
export function bodyKinds(d: Knowledge["discovery"]): { kinds: BodyKinds; longest: number } {
  let c = compiled.get(d);
  if (!c) {
    const kinds: Record<string, Map<string, string>> = {};
    let longest = 1;
    for (const [lang, byKind] of Object.entries(d.state_institutions)) {
      const map = new Map<string, string>();
      for (const [kind, nouns] of Object.entries(byKind ?? {}))
        for (const noun of nouns) {
          const norms = tokenize(noun).map((t) => t.norm);
          longest = Math.max(longest, norms.length);
          map.set(norms.join(" "), kind);
        }
      kinds[lang] = map;
    }
    c = { kinds, longest };
    compiled.set(d, c);
  }
  return c;
}

/** The kind and length of the longest noun phrase of `kinds` at token `h`. */
function phraseAt(tokens: readonly Token[], h: number, kinds: ReadonlyMap<string, string>, longest: number): { kind: string; end: number } | undefined {
  const found = longestPhraseAt(kinds, (k) => tokens[k]?.norm, h, longest);
  return found && { kind: kinds.get(found.key)!, end: h + found.words };
}

/**
 * The bare institution nouns of one sentence, as candidates with a `kind` and no country. A lowercase noun
 * needs a determiner before it ("la police", "the police") or to follow another such noun in a list ("la
 * police, gendarmerie, douane"); a capitalised one must stand alone ("after Parliament on Wednesday"). A
 * noun that a place or a name completes ("les services de police du Rhône", "European Parliament") names
 * another body, and so does one already read as a longer name (`known`, `taken`).
 */
export function bareStateBodies(
  d: Knowledge["discovery"],
  determiners: ReadonlySet<string>,
  text: string,
  tokens: readonly Token[],
  known: Uint8Array,
  taken: readonly Discovery[],
  lang: Language | undefined,
): Discovery[] {
  const { kinds: all, longest } = bodyKinds(d);
  const kinds = lang ? all[lang] : undefined;
  if (!kinds || kinds.size === 0) return [];
  const out: Discovery[] = [];
  const capital = (n: number) => tokens[n] !== undefined && tokens[n]!.isWord && CAPITALISED.test(text[tokens[n]!.start]!);
  const nameAt = (n: number) => known[n] === 1 || capital(n);
  const firstWord = tokens.findIndex((t) => t.isWord);
  let lastEnd = -1;
  for (let h = 0; h < tokens.length; h++) {
    if (!tokens[h]!.isWord) continue;
    if (known[h] === 1) {
      // "la police, gendarmerie, douane" where the registry knows "gendarmerie": a lowercase known body goes on with the list.
      let k = h;
      while (known[k + 1] === 1) k++;
      const chained = LIST_SEPARATORS.has(tokens[h - 1]?.norm ?? "") && lastEnd === h - 1;
      if (!capital(h) && (chained || determiners.has(tokens[h - 1]?.norm ?? ""))) lastEnd = k + 1;
      h = k;
      continue;
    }
    const found = phraseAt(tokens, h, kinds, longest);
    if (!found) continue;
    const { kind, end } = found;
    if (known.subarray(h, end).some((x) => x === 1)) continue;
    const [start, stop] = [tokens[h]!.start, tokens[end - 1]!.end];
    if ([...taken, ...out].some((x) => x.end > start && x.start < stop)) continue;
    // "police Scotland", "police du Rhône", "the Parliament of Kenya": a name completes the noun.
    if (nameAt(end) || (OF.has(tokens[end]?.norm ?? "") && nameAt(end + 1 + (determiners.has(tokens[end + 1]?.norm ?? "") ? 1 : 0)))) continue;
    const previous = tokens[h - 1];
    const listed = previous !== undefined && LIST_SEPARATORS.has(previous.norm) && lastEnd === h - 1;
    // "The police said": a determiner is capitalised only as the sentence's first word.
    const determined = previous !== undefined && determiners.has(previous.norm) && (!capital(h - 1) || h - 1 === firstWord);
    const ok = capital(h) ? h === firstWord || !nameAt(h - 1) || determined : determined || listed;
    if (!ok) continue;
    out.push({ label: text.slice(start, stop), type: "agency", country: null, cue: `institution of the state ${kind}`, start, end: stop, kind });
    lastEnd = end;
    h = end - 1;
  }
  return out;
}
