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

/** How many items may qualify a class noun before the opener of its members ("firms in Russia's defense-industrial base, including"). */
const CLASS_QUALIFIER = 8;

/**
 * Drops a class candidate that an opener ("including", "dont", ":") follows with named members: those are the
 * argument, and they remember where the class stands. A place phrase may qualify the class, names and all;
 * a second opener may announce the members ("including two giants in the industry: A and B").
 */
export function namedClasses(items: readonly Item[], candidates: readonly Candidate[], openers: PhraseSet, classNouns: PhraseSet): Candidate[] {
  const dropped = new Set<Candidate>();
  for (let i = 0; i < items.length; i++) {
    const noun = items[i]!.entityId ? undefined : classNouns.matchAt(items, i);
    if (!noun) continue;
    const members = membersAfter(items, candidates, openers, noun.end - 1);
    if (!members) continue;
    // The class noun with or without its nationality ("Chinese firms") gives way to its members.
    for (const c of candidates) if (c.kind === "class" && c.first <= i && i <= c.last) dropped.add(c);
    members.namesClassAt = i;
  }
  return dropped.size ? candidates.filter((c) => !dropped.has(c)) : [...candidates];
}

/** The named list an opener introduces after the class noun ending at `last`, past what qualifies the class. */
function membersAfter(items: readonly Item[], candidates: readonly Candidate[], openers: PhraseSet, last: number): Candidate | undefined {
  let p = last + 1;
  while (p < items.length && p - last <= CLASS_QUALIFIER && !items[p]!.blocksGap && !openers.matchAt(items, p)) p++;
  const opener = openers.matchAt(items, p);
  if (!opener) return undefined;
  const groupAt = (first: number) => candidates.find((g) => g.kind === "group" && g.first === first);
  const members = groupAt(opener.end);
  if (members) return members;
  // "including two giants in the video surveillance industry: A and B": a colon opens the members.
  for (let q = opener.end; q < items.length && q - opener.end <= CLASS_QUALIFIER && !items[q]!.entityId; q++) {
    const colon = items[q]!.norm === ":" ? openers.matchAt(items, q) : undefined;
    if (colon) return groupAt(colon.end);
  }
  return undefined;
}
