// A product an organisation receives or owns, named later by its noun alone: "ZEC is expecting to
// receive the BVR kits" … "The kits are going to be supplied by Laxton" → Laxton supplies ZEC. The
// article ties a product noun to one client (never a company: "IEBC's BVR system", "recevoir les
// caméras"); a definite phrase with that noun as the patient of a supply verb names that client.
import type { ArticleInput } from "./facts";
import type { Item } from "./items";
import type { ProductLexicon } from "./products-lexicon";

/** A product noun (its lemma) and the client the article ties it to, where that client is named. */
export interface ClientTie {
  noun: string;
  client: string;
  start: number;
  end: number;
}

/** Words between a receiving verb and its product noun ("receive the Biometric Voter Registration (BVR) kits"). */
const OBJECT_WORDS = 8;
/** Words between the client and its receiving verb ("ZEC says it is expecting to receive"). */
const SUBJECT_WORDS = 8;

const isClient = (a: ArticleInput, id: string | undefined) => {
  const type = id ? a.entity(id)?.type : undefined;
  return type === "agency" || type === "state" || type === "organization";
};

/** The lemma of the product noun within `words` items after i, and its index. */
function nounAfter(items: readonly Item[], lex: ProductLexicon, i: number, words: number): number | undefined {
  for (let j = i + 1; j <= i + words && j < items.length && !items[j]!.blocksGap; j++) {
    if (items[j]!.entityId) return undefined;
    if (lex.nounLemma.has(items[j]!.norm ?? "")) return j;
  }
  return undefined;
}

/** The client ties one sentence states: "C's [..] kits", "les caméras de C", "C … receive|acquire the kits". */
export function sentenceClientTies(a: ArticleInput, items: readonly Item[], lex: ProductLexicon): ClientTie[] {
  const out: ClientTie[] = [];
  const tie = (c: Item, n: number): void => {
    out.push({ noun: lex.nounLemma.get(items[n]!.norm!)!, client: c.entityId!, start: c.start, end: c.end });
  };
  /** The product noun item tied to the client at i, if any. */
  const tiedNoun = (i: number): number | undefined => {
    const possessed = lex.possessive.has(items[i + 1]?.norm ?? "") ? nounAfter(items, lex, i + 1, 4) : undefined;
    if (possessed !== undefined) return possessed;
    // "les caméras de la police": the noun, a determiner at most, the "of" word, the client.
    const of = items[i - 1]?.norm && lex.of.has(items[i - 1]!.norm!) ? i - 1 : lex.of.has(items[i - 2]?.norm ?? "") ? i - 2 : -1;
    if (of > 0 && lex.nounLemma.has(items[of - 1]?.norm ?? "")) return of - 1;
    for (let v = i + 1; v <= i + SUBJECT_WORDS && v < items.length && !items[v]!.blocksGap && !items[v]!.entityId; v++) {
      if (lex.receives.has(items[v]!.norm ?? "")) return nounAfter(items, lex, v, OBJECT_WORDS);
    }
    return undefined;
  };
  items.forEach((item, i) => {
    if (!isClient(a, item.entityId)) return;
    const n = tiedNoun(i);
    if (n !== undefined) tie(item, n);
  });
  return out;
}

/** One client per noun: a noun tied to two clients names neither. */
export function clientsByNoun(ties: readonly ClientTie[]): Map<string, ClientTie> {
  const seen = new Map<string, ClientTie | null>();
  for (const t of ties) seen.set(t.noun, seen.has(t.noun) && seen.get(t.noun)?.client !== t.client ? null : (seen.get(t.noun) ?? t));
  return new Map([...seen].filter((e): e is [string, ClientTie] => e[1] !== null));
}
