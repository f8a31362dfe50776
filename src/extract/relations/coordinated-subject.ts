// Two verbs sharing one subject ("the Pentagon launched Project Maven … and awarded Google a contract",
// "Palantir a conçu la plateforme puis l'a vendue à la police"): the name nearest the second verb is the
// first verb's object, so the subject both verbs share is the clause's first name, before the first verb.
import type { Trigger } from "../knowledge";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import type { SentenceContext } from "./sentence";

/** How many words may stand between the coordinator and the second verb ("and then later sold", "et l'a ensuite vendue"). */
const MAX_BETWEEN = 3;

/**
 * The subject the trigger shares with an earlier verb of its clause, when a predicate coordinator (data/relations.yaml
 * `words: predicate_coordinators`) stands between the nearest name on its left and it, and a verb stands between the
 * clause's first name and that nearest name; undefined otherwise (the nearest name stays the subject: "A and B sold").
 */
export function coordinatedSubject(
  ctx: SentenceContext,
  t: PatternMatch<Trigger>,
  clause: { start: number },
  left: Candidate,
  usable: (c: Candidate) => boolean,
): Candidate | undefined {
  const { items, run } = ctx;
  const coordinators = run.k.words[run.a.lang].predicateCoordinators;
  let joined = false;
  for (let i = t.start - 1; i > left.last && i >= t.start - 1 - MAX_BETWEEN && !joined; i--) joined = coordinators.has(items[i]!.norm ?? "");
  if (!joined) return undefined;
  const subject = ctx.candidates.find((c) => usable(c) && c.kind !== "class" && !c.locative && !c.possessive && c.first >= clause.start && c.last < left.first);
  if (!subject) return undefined;
  for (let i = subject.last + 1; i < left.first; i++) if (ctx.posAt(i) === "VERB") return subject;
  return undefined;
}
