// Stage 6, once an article is read: the other forms its discovered names take in it. An acronym
// used alone whose letters spell a discovered name's initials ("DOD" for "Department of Defense",
// connectors counted or not), the inverted form of an institution ("Defense Department" for
// "Department of Defense") and a person's name with its words in another order ("Hussein Marjan")
// are that name's forms, so the records merge (index.ts, mergeSharedForms).
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";
import type { Discovery } from "./06-discover";

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Whether `letters` are the initials of `words`, each connector giving its letter or none. */
export function spellsInitials(letters: string, words: readonly string[], isConnector: (w: string) => boolean): boolean {
  // Positions in `letters` reachable after each word: a small set, so this stays linear in practice.
  let reach = new Set([0]);
  for (const w of words) {
    const next = new Set<number>();
    for (const k of reach) {
      if (isConnector(w)) next.add(k);
      if (k < letters.length && w[0] === letters[k]) next.add(k + 1);
    }
    reach = next;
    if (reach.size === 0) return false;
  }
  return reach.has(letters.length);
}

/**
 * Adds to each long name of `found` the acronyms and inverted forms the same article uses alone, as
 * short forms. `isConnector` tells "of", "de"…; `isHead` the heads that open an institution's name.
 */
export function linkForms(
  found: Discovery[],
  isConnector: (w: string) => boolean,
  isHead: (w: string) => boolean,
  text?: string,
  isFunctionWord: (w: string) => boolean = isConnector,
): void {
  const wordsOf = new Map(
    found.map((d) => [
      d,
      tokenize(d.label)
        .filter((t) => t.isWord)
        .map((t) => t.norm),
    ]),
  );
  const acronyms = found.filter((d) => ACRONYM.test(d.label));
  // "Marjan Hussein" and "Hussein Marjan": the press writes some people's names in either order; the same words are one person.
  const byWords = new Map<string, Discovery>();
  for (const p of found) {
    if (p.type !== "person") continue;
    const words = wordsOf.get(p)!;
    if (words.length < 2) continue;
    const key = [...words].sort().join(" ");
    const first = byWords.get(key);
    if (!first) byWords.set(key, p);
    else if (fold(first.label) !== fold(p.label) && !first.shortForms?.includes(p.label)) first.shortForms = [...(first.shortForms ?? []), p.label];
  }
  const labels = new Set(found.map((d) => fold(d.label)));
  for (const long of found) {
    const words = wordsOf.get(long)!;
    if (words.length < 2 || long.type === "person") continue;
    const forms = new Set(long.shortForms ?? []);
    for (const a of acronyms) {
      if (a.type !== long.type || forms.has(a.label) || a.label === long.acronym) continue;
      if (spellsInitials(fold(a.label), words, isConnector)) forms.add(a.label);
      // "délégué général à la Sûreté nationale" … "DGSN": the words before the name, a role's or a title's, may give the first letters.
      else if (text !== undefined) {
        const before = wordsBefore(text, long.start);
        for (let k = 1; k <= before.length; k++)
          if (spellsInitials(fold(a.label), [...before.slice(-k), ...words], (w) => isConnector(w) || isFunctionWord(w))) {
            forms.add(a.label);
            break;
          }
      }
    }
    // "Department of Defense" is also "Defense Department" when the article writes it so.
    const of = words.findIndex((w, n) => n === 1 && isConnector(w));
    if (of === 1 && isHead(words[0]!) && words.length >= 3) {
      const inverted = `${words.slice(2).join(" ")} ${words[0]}`;
      const twin = found.find((d) => d.type === long.type && fold(d.label) === inverted);
      if (twin && labels.has(inverted)) forms.add(twin.label);
    }
    if (forms.size > (long.shortForms?.length ?? 0)) long.shortForms = [...forms];
  }
}

const MAX_BEFORE = 4;
/** Up to four words right before `at` in its clause (a punctuation mark stops them), folded. */
function wordsBefore(text: string, at: number): string[] {
  const tokens = tokenize(text.slice(Math.max(0, at - 80), at));
  let from = tokens.length;
  while (from > 0 && tokens[from - 1]!.isWord && tokens.length - from < MAX_BEFORE) from--;
  // The first word may be cut by the window.
  return tokens.slice(from === 0 && at > 80 ? 1 : from).map((t) => t.norm);
}

/**
 * "US Immigration and Customs Enforcement" … "Immigration and Customs Enforcement": a name that a state's name opens
 * (`isStateAt` tells whether a state is named over a span of the text) and a name the article finds alone are one
 * entity; the name alone becomes a form of the longer one.
 */
export function linkStatePrefixed(found: Discovery[], isStateAt: (start: number, end: number) => boolean): void {
  const byLabel = new Map<string, Discovery>();
  for (const f of found) if (f.type !== "person" && !byLabel.has(fold(f.label))) byLabel.set(fold(f.label), f);
  for (const long of found) {
    if (long.type === "person") continue;
    const words = tokenize(long.label).filter((t) => t.isWord);
    // The state's name is at most the first two words, and the rest a name of two words or more.
    for (let k = 1; k <= 2 && k <= words.length - 2; k++) {
      const rest = long.label.slice(words[k]!.start);
      const alone = byLabel.get(fold(rest));
      if (!alone || alone === long || alone.type !== long.type || !isStateAt(long.start, long.start + words[k - 1]!.end)) continue;
      if (!long.shortForms?.includes(alone.label)) long.shortForms = [...(long.shortForms ?? []), alone.label];
      break;
    }
  }
}
