// Which company makes which named product, as an article states it: "Paragon's flagship product,
// Graphite", "Graphite, Paragon's spyware", "the Zephyr spyware, developed by Acme", "le logiciel Gotham
// de Palantir". A product noun (data/relations.yaml `products:`) must stand beside the name, and the
// maker must be a company: "IEBC's BVR system" names its owner, not its maker.
import type { Knowledge } from "../knowledge";
import type { ArticleInput } from "./facts";
import type { Item } from "./items";
import type { ProductLexicon } from "./products-lexicon";

/** A product name and where its maker is named in the sentence that ties them. */
export interface ProductName {
  name: string;
  /** The discovered entity the name was taken for, if any: its mentions stand for the maker. */
  entity?: string;
  maker: string;
  makerStart: number;
  makerEnd: number;
  /** The words that state the tie: the name there is the definition, not a use. */
  start: number;
  end: number;
}

/** Most names of products are one to three capitalised words ("Graphite", "UFED Touch"). */
const MAX_NAME_WORDS = 3;
/** Adjectives and determiners a product phrase may hold before its noun ("Paragon's flagship product"). */
const MAX_MODIFIERS = 3;
const APPOSITION = new Set([",", ":", "—", "–", "-"]);

interface Ctx {
  items: readonly Item[];
  text: string;
  lex: ProductLexicon;
  stop: ReadonlySet<string>;
  isCompany: (id: string) => boolean;
  isNationality: (norm: string) => boolean;
  /** Names the extractor discovered (none of the registry's): a product's name may be among them. */
  isDiscovered: (id: string | undefined) => boolean;
}

function isNameWord(c: Ctx, i: number): boolean {
  const item = c.items[i];
  if (item?.entityId) return false;
  if (!item?.isWord || !item.norm || item.norm.length < 2) return false;
  if (c.stop.has(item.norm) || c.lex.nouns.has(item.norm) || c.isNationality(item.norm)) return false;
  return /^\p{Lu}/u.test(c.text[item.start]!);
}

/** The capitalised run starting (step 1) or ending (step -1) at i, as [first, last]; a discovered name is one. */
function nameRun(c: Ctx, i: number, step: 1 | -1): [number, number] | undefined {
  if (c.isDiscovered(c.items[i]?.entityId)) return [i, i];
  let j = i;
  while (isNameWord(c, j) && Math.abs(j - i) < MAX_NAME_WORDS) j += step;
  if (j === i) return undefined;
  const end = j - step;
  return step === 1 ? [i, end] : [end, i];
}

const lower = (c: Ctx, i: number) => {
  const item = c.items[i];
  return item?.isWord === true && !item.entityId && !/^\p{Lu}/u.test(c.text[item.start]!);
};

/** A maker entity at i (a company), as [id, item index]. */
function company(c: Ctx, i: number): string | undefined {
  const id = c.items[i]?.entityId;
  return id && c.isCompany(id) ? id : undefined;
}

/** "X's [flagship] <noun>": the possessor among the words before the noun at i, and where the phrase starts. */
function possessorBefore(c: Ctx, i: number): { maker?: number; start: number } {
  let j = i - 1;
  const { nouns, possessive } = c.lex;
  while (j >= 0 && i - j <= MAX_MODIFIERS && lower(c, j) && !nouns.has(c.items[j]!.norm!) && !possessive.has(c.items[j]!.norm!)) j--;
  if (j >= 1 && c.lex.possessive.has(c.items[j]!.norm ?? "") && company(c, j - 1)) return { maker: j - 1, start: j - 1 };
  return { start: j + 1 };
}

/** After the phrase that ends at i: "de|from X", or "[,] developed|conçu [word] by|par X". */
function makerAfter(c: Ctx, i: number): number | undefined {
  const { items, lex } = c;
  if (lex.of.has(items[i + 1]?.norm ?? "") && company(c, i + 2)) return i + 2;
  let j = i + 1;
  if (items[j]?.norm === ",") j++;
  if (!lex.makers.has(items[j]?.norm ?? "")) return undefined;
  j++;
  if (!lex.agent.has(items[j]?.norm ?? "") && lower(c, j)) j++;
  return lex.agent.has(items[j]?.norm ?? "") && company(c, j + 1) ? j + 1 : undefined;
}

/** The product names tied to a maker around the product noun at i. */
function namesAt(c: Ctx, i: number): ProductName[] {
  const { items } = c;
  // The name right after the noun, past an apposition mark or up to two adjectives ("logiciel espion Pegasus").
  let r = i + 1;
  if (APPOSITION.has(items[r]?.norm ?? "")) r++;
  else while (r - i <= 2 && lower(c, r) && !c.stop.has(items[r]!.norm!)) r++;
  const adjectivesEnd = APPOSITION.has(items[i + 1]?.norm ?? "") ? i : r - 1;
  const after = nameRun(c, r, 1);
  const before = nameRun(c, i - 1, -1);
  const np = possessorBefore(c, before ? before[0] : i);
  // "Graphite, Paragon's spyware": a name in apposition before the whole phrase.
  const apposed = APPOSITION.has(items[np.start - 1]?.norm ?? "") ? nameRun(c, np.start - 2, -1) : undefined;
  const phraseEnd = after ? after[1] : adjectivesEnd;
  const maker = np.maker ?? makerAfter(c, phraseEnd) ?? (after ? makerAfter(c, adjectivesEnd) : undefined);
  if (maker === undefined) return [];
  const makerItem = items[maker]!;
  const out: ProductName[] = [];
  for (const run of [after, before, apposed]) {
    if (!run) continue;
    const name = c.text.slice(items[run[0]]!.start, items[run[1]]!.end);
    const entity = items[run[0]]!.entityId;
    if (entity === makerItem.entityId) continue;
    const first = Math.min(run[0], maker, np.start);
    const last = Math.max(run[1], maker, i);
    out.push({
      name,
      ...(entity ? { entity } : {}),
      maker: makerItem.entityId!,
      makerStart: makerItem.start,
      makerEnd: makerItem.end,
      start: items[first]!.start,
      end: items[last]!.end,
    });
  }
  return out;
}

/** "Graphite, développé par Paragon": a name then its maker in a participle phrase. */
function apposedMaker(c: Ctx, comma: number): ProductName[] {
  const run = nameRun(c, comma - 1, -1);
  const maker = run && makerAfter(c, comma - 1);
  if (!run || maker === undefined) return [];
  const m = c.items[maker]!;
  const name = c.text.slice(c.items[run[0]]!.start, c.items[run[1]]!.end);
  const entity = c.items[run[0]]!.entityId;
  return [{ name, ...(entity ? { entity } : {}), maker: m.entityId!, makerStart: m.start, makerEnd: m.end, start: c.items[run[0]]!.start, end: m.end }];
}

/** The product names one sentence ties to their makers. */
export function sentenceProductNames(k: Knowledge, a: ArticleInput, items: readonly Item[], lex: ProductLexicon): ProductName[] {
  const c: Ctx = {
    items,
    text: a.text,
    lex,
    stop: lex.stopwords,
    isCompany: (id) => a.entity(id)?.type === "company",
    isNationality: (norm) => k.discovery.nationalityOf.has(norm),
    isDiscovered: (id) => id !== undefined && a.entity(id)?.curated === false,
  };
  const out: ProductName[] = [];
  items.forEach((item, i) => {
    if (item.norm && !item.entityId && lex.nouns.has(item.norm)) out.push(...namesAt(c, i));
    else if (item.norm === "," && lex.makers.has(items[i + 1]?.norm ?? "")) out.push(...apposedMaker(c, i));
  });
  return out;
}

/** "Acme, whose cameras…", "Acme, dont les caméras…": the words from the relative to its product noun stand for the company. */
export function whoseProducts(a: ArticleInput, items: readonly Item[], lex: ProductLexicon): ProductName[] {
  const out: ProductName[] = [];
  items.forEach((item, i) => {
    if (!lex.whose.has(item.norm ?? "") || items[i - 1]?.norm !== ",") return;
    // "Hangzhou Hikvision Digital Technology Co., whose": a legal suffix may stand between the name and the comma.
    let m = i - 2;
    while (m >= i - 4 && items[m] && !items[m]!.entityId && (items[m]!.norm === "." || /^\p{Lu}/u.test(a.text[items[m]!.start]!))) m--;
    const maker = items[m];
    if (!maker?.entityId || a.entity(maker.entityId)?.type !== "company") return;
    for (let j = i + 1; j <= i + 3 && j < items.length && items[j]!.isWord && !items[j]!.entityId; j++) {
      if (!lex.nouns.has(items[j]!.norm ?? "")) continue;
      out.push({ name: "", maker: maker.entityId, makerStart: maker.start, makerEnd: maker.end, start: item.start, end: items[j]!.end });
      return;
    }
  });
  return out;
}
