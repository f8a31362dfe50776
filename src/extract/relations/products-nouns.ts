// A product noun the article ties to one maker, named again by that noun alone: "les systèmes de
// Briefcam" … "la police utilise les systèmes depuis 2015", "Paragon's spyware" … "ICE bought the
// spyware". The later definite phrase stands for the maker. A noun tied to two companies, or also to
// a client ("IEBC's BVR system"), stands for no one.
import type { ArticleInput } from "./facts";
import type { Item } from "./items";
import type { ProductName } from "./products-learn";
import type { ProductLexicon } from "./products-lexicon";

/** Words between a determiner and its product noun ("the facial recognition software"). */
const MODIFIERS = 2;

const isCompany = (a: ArticleInput, item: Item | undefined) => item?.entityId !== undefined && a.entity(item.entityId)?.type === "company";

/** "Acme's [..] N", "Acme N", "N [..] de Acme", "N Acme": each product noun lemma a company qualifies, with that company's item. */
export function makerNounTies(a: ArticleInput, items: readonly Item[], lex: ProductLexicon): { noun: string; maker: Item; at: number }[] {
  const out: { noun: string; maker: Item; at: number }[] = [];
  items.forEach((item, n) => {
    const noun = lex.nounLemma.get(item.norm ?? "");
    if (!noun || item.entityId) return;
    let maker: Item | undefined;
    if (isCompany(a, items[n - 1]) || isCompany(a, items[n + 1])) maker = isCompany(a, items[n - 1]) ? items[n - 1] : items[n + 1];
    for (let j = n - 1; !maker && j >= n - 1 - MODIFIERS && j > 0; j--)
      if (lex.possessive.has(items[j]!.norm ?? "") && isCompany(a, items[j - 1])) maker = items[j - 1];
    if (!maker && lex.of.has(items[n + 1]?.norm ?? "") && isCompany(a, items[n + 2])) maker = items[n + 2];
    if (maker) out.push({ noun, maker, at: n });
  });
  return out;
}

/** The definite product phrases of a sentence whose noun one maker qualifies: stand-ins for it. */
export function definiteProducts(items: readonly Item[], lex: ProductLexicon, makers: ReadonlyMap<string, ProductName>): ProductName[] {
  const out: ProductName[] = [];
  items.forEach((item, d) => {
    if (!lex.definite.has(item.norm ?? "")) return;
    let n = d + 1;
    while (n <= d + MODIFIERS && items[n]?.isWord && !items[n]!.entityId && !lex.nounLemma.has(items[n]!.norm!)) n++;
    const tie = makers.get(lex.nounLemma.get(items[n]?.norm ?? "") ?? "");
    // "the spyware of NSO", "les caméras de la police": the phrase names its own owner.
    const next = items[n + 1];
    if (!tie || !items[n]!.isWord || next?.entityId || lex.of.has(next?.norm ?? "") || lex.possessive.has(next?.norm ?? "")) return;
    out.push({ ...tie, start: item.start, end: items[n]!.end });
  });
  return out;
}
