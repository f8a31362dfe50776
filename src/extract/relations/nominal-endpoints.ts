// What the arguments of a nominal frame stand for: named lists, anaphors ("the company") and possessives
// ("its", "sa"), the last two recorded as inferred, with the mention of their antecedent.
import type { Mention } from "../entities";
import type { ArticleInput, Fact } from "./facts";
import { firstStartAtOrAfter } from "../text/bisect";
import type { Candidate, Resolver } from "./arguments";
import type { Item } from "./items";
import type { Endpoint } from "./nominal";

/** How many mentions back an antecedent's mention is looked for (the resolver itself looks only nearby). */
const ANTECEDENT_REACH = 64;

/** The first mention of `id` that starts at or after `after`, nearby. */
function following(mentions: readonly Mention[], id: string, after: number): Mention | undefined {
  const from = firstStartAtOrAfter(mentions, after);
  for (let i = from; i < Math.min(mentions.length, from + ANTECEDENT_REACH); i++) if (mentions[i]!.entityId === id) return mentions[i];
  return undefined;
}

/** The last mention of `id` that starts before `before`. */
function antecedent(mentions: readonly Mention[], id: string, before: number): Mention | undefined {
  const from = firstStartAtOrAfter(mentions, before) - 1;
  for (let i = from; i >= Math.max(0, from - ANTECEDENT_REACH); i--) if (mentions[i]!.entityId === id) return mentions[i];
  return undefined;
}

export function makeEndpoints(
  a: Pick<ArticleInput, "text" | "mentions">,
  items: readonly Item[],
  candidates: readonly Candidate[],
  resolver: Resolver,
): { endpoints: (c: Candidate) => Endpoint[]; owner: (i: number) => Endpoint | undefined } {
  const inferred = (first: number, last: number, id: string): Endpoint => {
    const start = items[first]!.start;
    const end = items[last]!.end;
    const m = antecedent(a.mentions, id, start);
    if (!m) return { id };
    return { id, via: { start, end, text: a.text.slice(start, end), antecedentStart: m.start, antecedentEnd: m.end, how: "anaphor" } };
  };
  // breaks[i] = clause breaks before item i: whether one stands between two items is a subtraction.
  const breaks = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) breaks[i + 1] = breaks[i]! + (items[i]!.blocksGap ? 1 : 0);
  // The first single name of each clause (clauses numbered by the breaks before them): a possessive's subject.
  const subjectOf = new Map<number, Candidate>();
  for (const c of candidates) {
    const clause = breaks[c.last]!;
    if (c.kind === "group" && !c.attributed && !c.locative && c.entityIds.length === 1 && !subjectOf.has(clause)) subjectOf.set(clause, c);
  }
  return {
    endpoints(c) {
      if (c.kind === "group") return c.entityIds.map((id) => ({ id }));
      // A possessive is the nominal frame's possessor slot, read by `owner`.
      if (c.kind !== "anaphor" || c.possessive) return [];
      const id = resolver.anaphor(c.anaphor!, items[c.first]!.start, []);
      return id ? [inferred(c.first, c.last, id)] : [];
    },
    owner(i) {
      // "Thales annonce sa filiale S3NS": the clause's subject first, else the last organisation named nearby.
      const first = subjectOf.get(breaks[i]!);
      const subject = first && first.last < i ? first : undefined;
      const id = subject?.entityIds[0] ?? resolver.owner(items[i]!.start);
      return id ? inferred(i, i, id) : undefined;
    },
  };
}

/** The evidence's inferred endpoints, if any. */
export function viaOf(source: Endpoint, target: Endpoint): Pick<Fact, "via"> {
  if (!source.via && !target.via) return {};
  return { via: { ...(source.via ? { source: source.via } : {}), ...(target.via ? { target: target.via } : {}) } };
}

/** A test of whether an item lies inside one of these matches. */
export function coveredBy(matches: readonly { start: number; end: number }[], length: number): (i: number) => boolean {
  const covered = new Uint8Array(length);
  for (const m of matches) covered.fill(1, m.start, m.end);
  return (i) => covered[i] === 1;
}

/** A member of an unnamed class ("plusieurs entreprises chinoises"): inferred from the class words, its antecedent its nearest mention. */
export function classMember(a: Pick<ArticleInput, "text" | "mentions">, items: readonly Item[], cls: Candidate, id: string): Pick<Fact, "rule" | "via"> {
  const start = items[cls.first]!.start;
  const end = items[cls.last]!.end;
  const m = antecedent(a.mentions, id, start) ?? following(a.mentions, id, end);
  if (!m) return { rule: "class-member" };
  return { rule: "class-member", via: { target: { start, end, text: a.text.slice(start, end), antecedentStart: m.start, antecedentEnd: m.end, how: "list" } } };
}
