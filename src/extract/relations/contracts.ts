// Contracts (issue 10): which named contract a contract word describes, and which names a contract
// word may take as parties when a sentence states two contracts.
import type { Item } from "./items";

/** How many words may follow the contract word before the name it is given ("a contract, known as Project Nimbus"). */
const NAME_AFTER = 4;

/**
 * The named contract ("Project Nimbus", "projet X") that a contract word describes: the name that an
 * apposition or a copula ends in the contract word, however long its description ("Project Nimbus, a $1.2
 * billion cloud computing and artificial intelligence contract"), or a name given just after the word
 * ("the contract, Project Nimbus", "le contrat Nimbus"). Never across another name or a clause break.
 */
export function namedContract(items: readonly Item[], start: number, end: number, isContract: (id: string) => boolean): string | undefined {
  for (let i = start - 1; i >= 0; i--) {
    const it = items[i]!;
    if (it.blocksGap) break;
    if (it.entityId) {
      if (isContract(it.entityId)) return it.entityId;
      break;
    }
  }
  for (let i = end; i < Math.min(items.length, end + NAME_AFTER + 1); i++) {
    const it = items[i]!;
    if (it.blocksGap) break;
    if (it.entityId) return isContract(it.entityId) ? it.entityId : undefined;
  }
  return undefined;
}

/** Words between a second contract's subject and its contract word ("and Anduril won a contract", "et Anduril un contrat"). */
const SUBJECT_GAP = 3;

/**
 * Where the names a contract word may take as parties end: at the next contract word of the sentence, or
 * at that word's own subject just before it ("Palantir won a contract with the Army and Anduril one with the Navy").
 */
export function partiesEnd(
  contractStarts: readonly number[],
  names: readonly { first: number; last: number }[],
  after: number,
  length: number,
  joinsClause: (i: number) => boolean,
): number {
  const next = contractStarts.find((s) => s > after);
  if (next === undefined) return length;
  const subject = names.findLast((c) => c.first > after && c.last < next && next - c.last <= SUBJECT_GAP && joinsClause(c.first - 1));
  return subject ? subject.first : next;
}

/**
 * "… with the US Army and Anduril won a contract …": a list whose last member stands just before a second
 * contract word is two arguments, the end of the first contract's parties and the second one's subject.
 */
export function splitContractSubjects<C extends { first: number; last: number; kind: string; entityIds: string[] }>(
  items: readonly Item[],
  candidates: readonly C[],
  contractStarts: readonly number[],
  joinsClause: (i: number) => boolean,
): C[] {
  if (contractStarts.length < 2) return [...candidates];
  const out: C[] = [];
  for (const c of candidates) {
    const at = contractStarts.findIndex((s, n) => n > 0 && c.last < s && s - c.last <= SUBJECT_GAP && c.first > contractStarts[n - 1]!);
    let previous = -1;
    for (let i = c.last - 1; i >= c.first && previous < 0; i--) if (items[i]!.entityId) previous = i;
    if (!joinsClause(c.last - 1)) previous = -1;
    if (at < 0 || c.kind !== "group" || previous < 0) {
      out.push(c);
      continue;
    }
    const ids = (from: number, to: number) => [...new Set(items.slice(from, to + 1).flatMap((it) => (it.entityId ? [it.entityId] : [])))];
    out.push({ ...c, last: previous, entityIds: ids(c.first, previous) }, { ...c, first: c.last, entityIds: ids(c.last, c.last) });
  }
  return out;
}
