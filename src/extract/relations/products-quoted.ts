// "“HSI uses our technology,” Acme's CEO said": in a quotation, a first-person product ("our
// technology", "nos outils") is the speaking company's. The speaker is the company named after the
// closing quote in the same sentence (the attribution), else the first one named before the quote
// ("A spokesperson for Acme told X that “…our technologies…”").
import type { ArticleInput } from "./facts";
import type { Item } from "./items";
import type { ProductName } from "./products-learn";
import type { ProductLexicon } from "./products-lexicon";

const OPENING = new Set(["“", "«", "„"]);
const CLOSING = new Set(["”", "»"]);
const STRAIGHT = '"';
/** Words allowed between "our" and its product noun ("our facial recognition technology"). */
const MAX_MODIFIERS = 3;

/** The quotation around offset `at` in [from, to): its opening and (if in range) closing offsets. */
function quotationAround(text: string, from: number, to: number, at: number): { open: number; close: number } | undefined {
  let open = -1;
  let straight = 0;
  for (let i = from; i < at; i++) {
    const ch = text[i]!;
    if (OPENING.has(ch)) open = i;
    else if (CLOSING.has(ch)) open = -1;
    else if (ch === STRAIGHT) {
      straight++;
      open = straight % 2 === 1 ? i : -1;
    }
  }
  if (open < 0) return undefined;
  const closer = text[open] === STRAIGHT ? STRAIGHT : undefined;
  let close = to;
  for (let i = at; i < to; i++) {
    if (closer ? text[i] === closer : CLOSING.has(text[i]!)) {
      close = i;
      break;
    }
  }
  return { open, close };
}

/** The first-person products of a sentence's quotations, each tied to the company that speaks. */
export function quotedProducts(a: ArticleInput, items: readonly Item[], lex: ProductLexicon): ProductName[] {
  const out: ProductName[] = [];
  if (items.length === 0 || lex.ours.size === 0) return out;
  const from = items[0]!.start;
  const to = items[items.length - 1]!.end;
  const isCompany = (item: Item) => item.entityId !== undefined && a.entity(item.entityId)?.type === "company";
  items.forEach((item, i) => {
    if (!lex.ours.has(item.norm ?? "")) return;
    let n = i + 1;
    while (n <= i + MAX_MODIFIERS && items[n]?.isWord && !items[n]!.entityId && !lex.nouns.has(items[n]!.norm!)) n++;
    if (!lex.nouns.has(items[n]?.norm ?? "")) return;
    const q = quotationAround(a.text, from, to, item.start);
    if (!q) return;
    const speaker = items.find((o) => o.start > q.close && isCompany(o)) ?? items.find((o) => o.end <= q.open && isCompany(o));
    if (!speaker) return;
    out.push({ name: "", maker: speaker.entityId!, makerStart: speaker.start, makerEnd: speaker.end, start: item.start, end: items[n]!.end });
  });
  return out;
}
