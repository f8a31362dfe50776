// "The kits are going to be supplied by Laxton", "Laxton will deliver the kits": a supply verb whose
// patient is a definite product phrase ("the kits", "les caméras") supplies the client the article
// tied that product to (products-clients.ts). The evidence records the client as inferred through
// the product phrase, quoting where the client is named.
import type { Candidate } from "./arguments";
import { clauseAround } from "./clause";
import { readCues } from "./cues";
import { emit, idsOf } from "./emit";
import { inferredAt } from "./inferred";
import type { ClientTie } from "./products-clients";
import type { ProductLexicon } from "./products-lexicon";
import type { SentenceContext } from "./sentence";

/** Words between a supply verb and its patient or its agent ("are going to be supplied", "by Chinese based Laxton"). */
const GAP = 5;

/** The definite product phrase [det, noun] ending or starting within GAP items of `from`, searching by `step`. */
function productPhrase(ctx: SentenceContext, lex: ProductLexicon, from: number, step: 1 | -1): { det: number; noun: number; tie: ClientTie } | undefined {
  const { items } = ctx;
  const clients = ctx.run.productClients!;
  for (let n = from; Math.abs(n - from) < GAP && n >= 0 && n < items.length && !items[n]!.blocksGap && !items[n]!.entityId; n += step) {
    const lemma = lex.nounLemma.get(items[n]!.norm ?? "");
    const tie = lemma ? clients.get(lemma) : undefined;
    if (!tie) continue;
    for (let d = n - 1; d >= n - 3 && d >= 0 && !items[d]!.entityId; d--) if (lex.definite.has(items[d]!.norm ?? "")) return { det: d, noun: n, tie };
    return undefined;
  }
  return undefined;
}

/** The nearest entity list within GAP items after (step 1) or before (step -1) `from`. */
function supplierNear(ctx: SentenceContext, from: number, step: 1 | -1): Candidate | undefined {
  return ctx.candidates.find((c) => c.kind === "group" && (step === 1 ? c.first >= from && c.first - from < GAP : c.last <= from && from - c.last < GAP));
}

export function productDeliveries(ctx: SentenceContext, lex: ProductLexicon): void {
  const { run, items } = ctx;
  if (!run.productClients?.size) return;
  for (const t of ctx.triggers) {
    if (t.value.type !== "supplies" || (t.value.dir !== "passive" && t.value.dir !== "forward")) continue;
    const passive = t.value.dir === "passive";
    const phrase = passive ? productPhrase(ctx, lex, t.start - 1, -1) : productPhrase(ctx, lex, t.end, 1);
    const supplier = passive ? supplierNear(ctx, t.end, 1) : supplierNear(ctx, t.start - 1, -1);
    if (!phrase || !supplier) continue;
    const reading = readCues(run.k, run.a.lang, items, ctx.cues, t, clauseAround(items, t));
    if (reading.negated) continue;
    const sources = idsOf(ctx, supplier, [phrase.tie.client]).filter((id) => run.a.entity(id)?.type === "company");
    ctx.inferred = new Map([
      [
        phrase.tie.client,
        inferredAt(run.a.text, items[phrase.det]!.start, items[phrase.noun]!.end, { start: phrase.tie.start, end: phrase.tie.end }, "product"),
      ],
    ]);
    const text = run.a.text.slice(items[t.start]!.start, items[t.end - 1]!.end);
    emit(ctx, "supplies", sources, [phrase.tie.client], reading, text, "product-client");
  }
}

/** Words between a delivery noun and the phrase of its recipients ("livraison de 500 « kiosk » à destination de"). */
const DELIVERY_WORDS = 8;
/** Words between the recipients' phrase and the first named recipient ("à destination de la police, gendarmerie"). */
const RECIPIENT_WORDS = 4;

/** The first entity list within RECIPIENT_WORDS after `from`, no gap-blocking item between. */
function namedAfter(ctx: SentenceContext, from: number): Candidate | undefined {
  const { items } = ctx;
  return ctx.candidates.find(
    (c) => c.kind === "group" && c.first >= from && c.first - from <= RECIPIENT_WORDS && !items.slice(from, c.first).some((x) => x.blocksGap),
  );
}

/** The entity list starting at item `at` when it names companies only and is no place. */
function companyAt(ctx: SentenceContext, at: number): Candidate | undefined {
  const c = ctx.candidates.find((x) => x.kind === "group" && x.first === at);
  if (!c || c.locative || c.attributed) return undefined;
  return c.entityIds.every((id) => ctx.run.a.entity(id)?.type === "company") ? c : undefined;
}

/** The recipients' phrase after a delivery noun, and the giver a provider phrase names on the way ("de la part de X"). */
function deliveryEnds(ctx: SentenceContext, lex: ProductLexicon, noun: number): { recipients: Candidate; giver?: Candidate; end: number } | undefined {
  const { items } = ctx;
  let giver: Candidate | undefined;
  let last = noun + DELIVERY_WORDS;
  for (let j = noun + 1; j <= last && j < items.length && !items[j]!.blocksGap; j++) {
    const by = giver ? undefined : lex.providers.matchAt(items, j);
    const named = by ? namedAfter(ctx, by.end) : undefined;
    // "sales of technology from the United States to Iran": a state after a place word is where it comes from
    if (named && !named.locative) {
      // the giver's name stands inside the phrase: the recipients are looked for after it
      giver = named;
      j = named.last;
      last = j + DELIVERY_WORDS;
      continue;
    }
    if (items[j]!.entityId) {
      // "the sale of Cellebrite's tools to Belarus", "sales by Acme of drones to X", « la vente du logiciel du
      // groupe NSO au Mexique »: a company named inside the phrase (possessor, agent, maker) is the giver
      const inner = giver ? undefined : companyAt(ctx, j);
      if (!inner) return undefined;
      giver = inner;
      j = inner.last;
      last = j + DELIVERY_WORDS;
      continue;
    }
    const to = lex.recipients.matchAt(items, j);
    if (!to) continue;
    const recipients = namedAfter(ctx, to.end);
    return recipients ? { recipients, ...(giver ? { giver } : {}), end: j } : undefined;
  }
  return undefined;
}

/** A delivery noun in a title ("director of sales", « directeur des ventes de X », "sales director") names no sale. */
function namesRole(ctx: SentenceContext, i: number): boolean {
  const { run, items } = ctx;
  const roles = run.k.roles[run.a.lang];
  const isRole = (n: number) => roles.has(items[n]?.norm ?? "");
  return isRole(i + 1) || isRole(i - 1) || (run.k.nominal[run.a.lang].slots.matchAt(items, i - 1)?.value === "of" && isRole(i - 2));
}

/**
 * "livraison de 500 kiosks à destination de la gendarmerie", "the delivery of 20 drones to the army": the
 * recipients are supplied by the giver a provider phrase names ("un don d'équipements de la part de la GiZ
 * destinés à la police"), else by the one company the sentence names besides them (rule product-delivery).
 */
export function nominalDeliveries(ctx: SentenceContext, lex: ProductLexicon): void {
  const { run, items, candidates } = ctx;
  items.forEach((item, i) => {
    if (item.entityId || !lex.deliveries.has(item.norm ?? "") || namesRole(ctx, i)) return;
    const ends = deliveryEnds(ctx, lex, i);
    if (!ends) return;
    const { recipients, giver } = ends;
    const others = giver
      ? new Set(giver.entityIds)
      : new Set(
          candidates
            .filter((c) => c !== recipients && c.kind === "group" && !c.attributed)
            .flatMap((c) => c.entityIds.filter((id) => run.a.entity(id)?.type === "company")),
        );
    if (others.size !== 1) return;
    const reading = readCues(
      run.k,
      run.a.lang,
      items,
      ctx.cues,
      { start: i, end: i + 1, value: { type: "supplies", dir: "forward", source: "" } },
      clauseAround(items, { start: i, end: ends.end }),
    );
    if (reading.negated) return;
    ctx.inferred = new Map();
    emit(ctx, "supplies", [...others], recipients.entityIds, reading, run.a.text.slice(item.start, item.end), "product-delivery");
  });
}
