// Inflected forms of a head noun, from suffix rules kept in data (first matching rule wins), so that
// "filiale" also finds "filiales" and "fournisseur" finds "fournisseuse", "fournisseurs", "fournisseuses".

export type SuffixRule = readonly [from: string, to: string];

export interface InflectionRules {
  plural: readonly SuffixRule[];
  feminine?: readonly SuffixRule[] | undefined;
}

function applyRules(word: string, rules: readonly SuffixRule[]): string {
  for (const [from, to] of rules) if (word.endsWith(from)) return word.slice(0, word.length - from.length) + to;
  return word;
}

/** The last word of a hyphenated word carries the inflection ("sous-traitant" → "sous-traitants"). */
function inflectWord(word: string, rules: readonly SuffixRule[]): string {
  const cut = word.lastIndexOf("-") + 1;
  return word.slice(0, cut) + applyRules(word.slice(cut), rules);
}

/**
 * The forms of a noun phrase: singular and plural, and feminine ones when the language has them.
 * `everyWord`: French compounds inflect each word ("maison mère" → "maisons mères"), English only the last ("joint ventures").
 */
export function inflections(phrase: string, rules: InflectionRules, everyWord: boolean): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  const inflect = (r: readonly SuffixRule[]) => words.map((w, i) => (everyWord || i === words.length - 1 ? inflectWord(w, r) : w)).join(" ");
  const forms = new Set([words.join(" "), inflect(rules.plural)]);
  if (rules.feminine) {
    const feminine = inflect(rules.feminine);
    forms.add(feminine);
    forms.add(inflections(feminine, { plural: rules.plural }, everyWord)[1] ?? feminine);
  }
  return [...forms];
}
