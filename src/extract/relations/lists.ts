// Lists as one argument (issue 10): a colon enumeration ("ont sanctionné quatre entreprises : NSO,
// Candiru, …") is part of its clause, and a class noun followed by the list of the members it names
// ("four companies, including NSO Group and Candiru") gives way to that list.
import type { PhraseSet } from "../knowledge";
import type { Candidate } from "./arguments";
import type { Item } from "./items";

/**
 * A colon followed only by names and list connectors up to the end of the sentence opens an
 * enumeration, not a new clause: the colon stops blocking argument gaps.
 */
export function openColonEnumerations(items: Item[], connectors: PhraseSet): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.norm !== ":") continue;
    let j = i + 1;
    let names = 0;
    while (j < items.length) {
      if (items[j]!.entityId) {
        names++;
        j++;
        continue;
      }
      const c = connectors.matchAt(items, j);
      if (!c) break;
      j = c.end;
    }
    const ended = j === items.length || (items[j]!.blocksGap && items[j]!.norm !== ":");
    if (names >= 2 && ended) items[i]!.blocksGap = false;
  }
}

/** Drops a class candidate that an opener ("including", "dont", ":") follows with named members: those are the argument. */
export function namedClasses(items: readonly Item[], candidates: readonly Candidate[], openers: PhraseSet): Candidate[] {
  const dropped = new Set<Candidate>();
  for (const c of candidates) {
    if (c.kind !== "class") continue;
    let p = c.last + 1;
    // "plusieurs entreprises chinoises spécialisées dans la surveillance, dont …": a few words may qualify the class.
    while (p < items.length && p - c.last <= 6 && !items[p]!.entityId && !items[p]!.blocksGap && !openers.matchAt(items, p)) p++;
    const opener = openers.matchAt(items, p);
    if (!opener) continue;
    if (candidates.some((g) => g.kind === "group" && g.first === opener.end)) dropped.add(c);
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : [...candidates];
}
