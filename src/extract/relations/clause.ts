// Clause helpers over a sentence's items: the clause around a trigger, asides between dashes,
// and which relation types hand something over from one sentence to the next.
import type { RelationType } from "../../model";
import type { Item } from "./items";

const DASH = /[—–]/;

/**
 * Asides between paired dashes ("Anduril Industries—a firm backed by Peter Thiel—has landed…"), numbered
 * from 1 per item; 0 is the main clause. Hyphens inside words are no dashes.
 */
export function asides(items: readonly Item[], text: string): Int32Array {
  const region = new Int32Array(items.length);
  if (items.length === 0 || !DASH.test(text.slice(items[0]!.start, items[items.length - 1]!.end))) return region;
  const dashes: number[] = [];
  items.forEach((it, i) => {
    if (!it.isWord && DASH.test(text[it.start] ?? "")) dashes.push(i);
  });
  for (let d = 0, id = 1; d + 1 < dashes.length; d += 2, id++) {
    for (let i = dashes[d]! + 1; i < dashes[d + 1]!; i++) region[i] = id;
  }
  return region;
}

/** The items around a trigger up to the clause breaks on each side. */
export function clauseAround(items: readonly Item[], t: { start: number; end: number }): { start: number; end: number } {
  let start = t.start;
  while (start > 0 && !items[start - 1]!.blocksGap) start--;
  let end = t.end;
  while (end < items.length && !items[end]!.blocksGap) end++;
  return { start, end };
}

export function pairsWithin(ids: string[], each: (a: string, b: string) => void): void {
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) each(ids[i]!, ids[j]!);
}

/** Relations that hand something over: a recipient named for one carries to the next ("… fournit une technologie"), a sanctioned one does not. */
const TRADE = new Set<RelationType>(["supplies", "client_of", "contract", "partnership"]);
export const sameFamily = (a: RelationType, b: RelationType) => a === b || (TRADE.has(a) && TRADE.has(b));
