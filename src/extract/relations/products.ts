// A product stands for the company that makes it (issue 10). The article is read once for the names
// it ties to a maker (products-learn.ts); each later use of such a name ("the DEA had used Graphite"),
// and each "whose cameras" after a company, becomes a mention of the maker for the relation stage only,
// so every frame reads it as that company. The evidence records it as inferred ("via" the product),
// quoting where the maker is named. A product noun never becomes an entity of the graph.
import type { Language } from "../../model";
import type { Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import { firstStartAtOrAfter } from "../text/bisect";
import { fold } from "../text/fold";
import { clauseAround } from "./clause";
import { readCues } from "./cues";
import { emit } from "./emit";
import type { Candidate } from "./arguments";
import type { ArticleInput } from "./facts";
import { inferredAt } from "./inferred";
import { sentenceItems, type Item } from "./items";
import { productDeliveries as deliveries, nominalDeliveries } from "./products-deliveries";
import { clientsByNoun, sentenceClientTies, type ClientTie } from "./products-clients";
import { definiteProducts, makerNounTies } from "./products-nouns";
import { quotedProducts } from "./products-quoted";
import { sentenceProductNames, whoseProducts, type ProductName } from "./products-learn";
import type { SentenceContext } from "./sentence";

/** Words standing for a product's maker, and where the article ties them to it. */
export interface ProductMention extends Mention {
  antecedentStart: number;
  antecedentEnd: number;
}

/** Words allowed between a product and the verb it is the subject of ("have helped", "ont longtemps équipé"). */
const SUBJECT_GAP = 3;
/** Words allowed between that verb and its object ("helped the Xinjiang police", "équipent désormais la police"). */
const OBJECT_GAP = 3;

function overlaps(mentions: readonly Mention[], start: number, end: number): boolean {
  const i = firstStartAtOrAfter(mentions, end);
  return i > 0 && mentions[i - 1]!.end > start;
}

/**
 * Product nouns tied to one maker so far. A noun tied to two makers stands for none, and so does one a
 * client held first ("IEBC's BVR system" … "Idemia's system"); a client that gets it later is its user.
 */
class NounMakers {
  private readonly makers = new Map<string, { tie: ProductName; clientsBefore: number } | null>();
  tie(noun: string, maker: Item, clientsBefore: number): void {
    const known = this.makers.get(noun);
    if (known === null || (known && known.tie.maker === maker.entityId)) return;
    const tie = { name: "", maker: maker.entityId!, makerStart: maker.start, makerEnd: maker.end, start: 0, end: 0 };
    this.makers.set(noun, known ? null : { tie, clientsBefore });
  }
  known(clients: readonly ClientTie[]): ReadonlyMap<string, ProductName> {
    const out = new Map<string, ProductName>();
    for (const [noun, m] of this.makers) if (m && !clients.slice(0, m.clientsBefore).some((c) => c.noun === noun)) out.set(noun, m.tie);
    return out;
  }
}

export interface ArticleProducts {
  /** Every place the article names a product whose maker it states, sorted by start. */
  mentions: ProductMention[];
  /** Discovered entities that are products: their own mentions give way to the product mentions. */
  entities: ReadonlySet<string>;
  /** Product nouns (lemmas) the article ties to one client. */
  clients: ReadonlyMap<string, ClientTie>;
}

const NONE: ArticleProducts = { mentions: [], entities: new Set(), clients: new Map() };

export function articleProducts(k: Knowledge, a: ArticleInput): ArticleProducts {
  const lex = k.products[a.lang];
  if (!lex) return NONE;
  const ties: ProductName[] = [];
  const clientTies: ClientTie[] = [];
  const nounMakers = new NounMakers();
  let mi = 0;
  for (const s of a.sentences) {
    while (mi < a.mentions.length && a.mentions[mi]!.end <= s.start) mi++;
    let mj = mi;
    let hasCompany = false;
    for (; mj < a.mentions.length && a.mentions[mj]!.start < s.end; mj++) hasCompany ||= a.entity(a.mentions[mj]!.entityId)?.type === "company";
    if (mj === mi) continue;
    const items = sentenceItems(a.text, s.start, s.end, a.mentions.slice(mi, mj), undefined);
    if (hasCompany) ties.push(...sentenceProductNames(k, a, items, lex), ...whoseProducts(a, items, lex), ...quotedProducts(a, items, lex));
    if (hasCompany) for (const t of makerNounTies(a, items, lex)) nounMakers.tie(t.noun, t.maker, clientTies.length);
    ties.push(...definiteProducts(items, lex, nounMakers.known(clientTies)));
    if (!hasCompany || mj - mi > 1) clientTies.push(...sentenceClientTies(a, items, lex));
  }
  const clients = clientsByNoun(clientTies);
  if (ties.length === 0) return clients.size ? { ...NONE, clients } : NONE;
  const out: ProductMention[] = [];
  const as = (t: ProductName, start: number, end: number): ProductMention => ({
    entityId: t.maker,
    start,
    end,
    antecedentStart: t.makerStart,
    antecedentEnd: t.makerEnd,
  });
  // A name tied to two makers says nothing about either.
  const makerOf = new Map<string, ProductName | null>();
  for (const t of ties) {
    if (!t.name) out.push(as(t, t.start, t.end));
    else makerOf.set(t.name, makerOf.has(t.name) && makerOf.get(t.name)?.maker !== t.maker ? null : (makerOf.get(t.name) ?? t));
  }
  const defining = (start: number, end: number) => ties.some((t) => t.start <= start && end <= t.end);
  const entities = new Set<string>();
  for (const [name, tie] of makerOf) {
    if (!tie) continue;
    if (tie.entity) {
      entities.add(tie.entity);
      for (const m of a.mentions) if (m.entityId === tie.entity && !defining(m.start, m.end)) out.push(as(tie, m.start, m.end));
      continue;
    }
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    for (const m of a.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))) {
      const start = m.index;
      const end = start + name.length;
      if (!defining(start, end) && !overlaps(a.mentions, start, end)) out.push(as(tie, start, end));
    }
  }
  return { mentions: out.sort((x, y) => x.start - y.start), entities, clients };
}

/** A sentence's mentions with the product mentions among them, sorted by start. */
export function withProducts(mentions: readonly Mention[], products: readonly ProductMention[], entities: ReadonlySet<string>): readonly Mention[] {
  if (products.length === 0 && entities.size === 0) return mentions;
  if (entities.size) mentions = mentions.filter((m) => !entities.has(m.entityId));
  return [...mentions, ...products.filter((p) => !overlaps(mentions, p.start, p.end))].sort((x, y) => x.start - y.start);
}

/** Records, for a candidate's members that are products, that they stand for their maker (see Fact.via). */
export function noteProducts(ctx: SentenceContext, c: Candidate): void {
  const products = ctx.run.products;
  if (!products?.size) return;
  for (let i = c.first; i <= c.last; i++) {
    const item = ctx.items[i]!;
    const p = item.entityId ? products.get(item.start) : undefined;
    if (!p || p.entityId !== item.entityId) continue;
    // The maker named as itself in the same list needs no inference.
    if (ctx.items.slice(c.first, c.last + 1).some((o) => o !== item && o.entityId === p.entityId && !products.has(o.start))) continue;
    ctx.inferred.set(p.entityId, inferredAt(ctx.run.a.text, p.start, p.end, { start: p.antecedentStart, end: p.antecedentEnd }, "product"));
  }
}

/** Does the sentence name a delivery ("livraison", "the sale of"), which states a supply without a verb? */
export function namesDelivery(k: Knowledge, lang: Language, items: readonly Item[]): boolean {
  const lex = k.products[lang];
  return lex !== undefined && items.some((i) => !i.entityId && lex.deliveries.has(i.norm ?? ""));
}

/** Is the trigger a receiving verb ("acquired", "a acquis"), which may take a product rather than a company? */
export function buysProduct(ctx: SentenceContext, trigger: string): boolean {
  const lex = ctx.run.k.products[ctx.run.a.lang];
  return lex !== undefined && trigger.split(/\s+/).some((w) => lex.receives.has(fold(w)));
}

/** Is entity `id` named in the sentence as the maker of a product ("Hikvision's cameras", "Hikvision cameras", "les caméras de Hikvision")? */
export function namesProduct(ctx: SentenceContext, id: string): boolean {
  const lex = ctx.run.k.products[ctx.run.a.lang];
  if (!lex) return false;
  const { items } = ctx;
  const noun = (i: number) => lex.nouns.has(items[i]?.norm ?? "");
  return items.some(
    (item, m) =>
      item.entityId === id &&
      (ctx.run.products?.get(item.start)?.entityId === id ||
        noun(m + 1) ||
        (lex.possessive.has(items[m + 1]?.norm ?? "") && noun(m + 2)) ||
        noun(m - 1) ||
        (lex.of.has(items[m - 1]?.norm ?? "") && noun(m - 2))),
  );
}

/** A definite product phrase supplied to the client the article tied it to (products-deliveries.ts). */
export function productDeliveries(ctx: SentenceContext): void {
  const lex = ctx.run.k.products[ctx.run.a.lang];
  if (!lex) return;
  deliveries(ctx, lex);
  nominalDeliveries(ctx, lex);
}

/** "whose cameras have helped the police", "dont les caméras équipent la police": the maker supplies the verb's object. */
export function productActs(ctx: SentenceContext): void {
  const { run, items } = ctx;
  const lex = run.k.products[run.a.lang];
  if (!lex || !run.products?.size) return;
  items.forEach((item, i) => {
    const p = run.products!.get(item.start);
    if (!p || p.entityId !== item.entityId) return;
    let v = i + 1;
    while (v <= i + SUBJECT_GAP && items[v]?.isWord && !items[v]!.entityId && !lex.acts.has(items[v]!.norm!)) v++;
    if (!lex.acts.has(items[v]?.norm ?? "")) return;
    let o = v + 1;
    while (o <= v + OBJECT_GAP && items[o]?.isWord && !items[o]!.entityId) o++;
    const target = items[o]?.entityId;
    if (!target || o > v + OBJECT_GAP) return;
    const verb = { start: v, end: v + 1, value: { type: "supplies" as const, dir: "forward" as const, source: "" } };
    const reading = readCues(run.k, run.a.lang, items, ctx.cues, verb, clauseAround(items, verb));
    if (reading.negated) return;
    ctx.inferred = new Map([[p.entityId, inferredAt(run.a.text, p.start, p.end, { start: p.antecedentStart, end: p.antecedentEnd }, "product")]]);
    emit(ctx, "supplies", [p.entityId], [target], reading, items[v]!.norm!, "product-subject");
  });
}
