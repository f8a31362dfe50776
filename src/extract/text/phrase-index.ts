// Word lists of several words ("cour d' appel", "provincial government") are kept as token norms joined by spaces.
// Looking one up at every token by joining the next n norms for each n allocated strings for every word of every
// sentence, most of which start no phrase at all; indexing the phrases by their first word makes a miss one map read.

/** A set or a map of phrases: only its keys are read. */
export type Phrases = ReadonlySet<string> | ReadonlyMap<string, unknown>;

/** The lengths in words of the phrases starting with each first word, longest first; built once per list. */
const byFirstWord = new WeakMap<Phrases, Map<string, number[]>>();

function index(phrases: Phrases): Map<string, number[]> {
  let firsts = byFirstWord.get(phrases);
  if (!firsts) {
    firsts = new Map();
    for (const phrase of phrases.keys()) {
      const words = phrase.split(" ");
      const lengths = firsts.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) lengths.push(words.length);
      firsts.set(words[0]!, lengths);
    }
    for (const lengths of firsts.values()) lengths.sort((a, b) => b - a);
    byFirstWord.set(phrases, firsts);
  }
  return firsts;
}

/**
 * The longest phrase of `phrases` spelt by the words from `i` (at most `maxWords` of them), as its key and length,
 * or undefined. `wordAt(k)` is the norm of word k, or undefined past the end or where no phrase may go on.
 */
export function phraseAt(
  phrases: Phrases,
  wordAt: (k: number) => string | null | undefined,
  i: number,
  maxWords = Number.POSITIVE_INFINITY,
): { key: string; words: number } | undefined {
  const first = wordAt(i);
  const lengths = first == null ? undefined : index(phrases).get(first);
  if (!lengths) return undefined;
  for (const n of lengths) {
    if (n > maxWords) continue;
    const words: string[] = [];
    for (let k = i; k < i + n; k++) {
      const w = wordAt(k);
      if (w == null) break;
      words.push(w);
    }
    const key = words.join(" ");
    if (words.length === n && phrases.has(key)) return { key, words: n };
  }
  return undefined;
}
