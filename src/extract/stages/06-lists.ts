// Stage 6 helper: a capitalised run with no cue of its own takes the type of the list of
// organisations it stands in ("Survey Copter, EOS Technologie, Delair et Thales").
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Token } from "../text/tokens";
import type { Discovery } from "./06-discover";

const COORDINATION = new Set(["and", "et"]);

const LIST_TYPES = new Set<EntityType>(["company", "organization"]);
const SEPARATORS = new Set([",", ...COORDINATION]);
const LIST_CLOSERS = new Set([")", "...", "…"]);
const ELIDED = new Set(["l'"]);

/** A name in a sentence as a token span, with its type when something already gave one. */
export interface ListItem {
  first: number;
  /** Exclusive. */
  end: number;
  type?: EntityType | undefined;
}

/**
 * "with Amazon Web Services, Google, Microsoft and Oracle": in a list of three names or more closed by
 * "and"/"et" (an Oxford comma allowed), the untyped names take the type of the list's companies or
 * organisations. Returns the index in `items` of each name so typed. A list mixing in people is no list
 * of organisations; two names alone are left to `listNeighbourType`, which asks more of them.
 */
export function typedByList(
  tokens: readonly Token[],
  items: readonly ListItem[],
  /** The type a plural cue noun right before token `first` gives the list it opens ("outsourcing firms A, B and C"). */
  pluralCueBefore?: (first: number) => EntityType | undefined,
  /** Tokens no list member nor separator: a state's possessive before a member ("Kenya's Symphony, Ghana's Quux and …"). */
  possessive: (n: number) => boolean = () => false,
): Map<number, EntityType> {
  const order = items
    .map((_, n) => n)
    .filter((n) => !possessive(items[n]!.first))
    .sort((a, b) => items[a]!.first - items[b]!.first);
  const typed = new Map<number, EntityType>();
  let chain: number[] = [];
  let closed = false;
  // "(Solocal Marketing Services, Caloga, Tagadamedia, Foriou...)": a parenthesis or an ellipsis closes a list as "and" does.
  const closedAfter = (n: number) => {
    const [next, then] = [tokens[items[n]!.end]?.norm ?? "", tokens[items[n]!.end + 1]?.norm];
    return LIST_CLOSERS.has(next) || (next === "." && then === ".");
  };
  const flush = () => {
    // "outsourcing firms G4S, Mitie, Serco and the US-owned GEO Group": a plural cue noun types the names it lists, two or more.
    const cued = chain.length >= 2 ? pluralCueBefore?.(items[chain[0]!]!.first) : undefined;
    if (cued) {
      for (const n of chain) if (items[n]!.type === undefined) typed.set(n, cued);
    } else if (chain.length >= 3 && (closed || closedAfter(chain[chain.length - 1]!))) {
      const types = chain.map((n) => items[n]!.type).filter((t): t is EntityType => t !== undefined);
      const listType = types.find((t) => LIST_TYPES.has(t));
      if (listType && !types.includes("person") && types.every((t) => t === listType || !LIST_TYPES.has(t)))
        for (const n of chain) if (items[n]!.type === undefined) typed.set(n, listType);
    }
    [chain, closed] = [[], false];
  };
  for (const n of order) {
    const prev = chain.length ? items[chain[chain.length - 1]!]! : undefined;
    // "Forum réfugiés, France terre d'asile, l'Ordre de Malte et l'Assfam": a French elided article opens a member.
    const gap = prev
      ? tokens
          .slice(prev.end, items[n]!.first)
          .flatMap((t, k) => (possessive(prev.end + k) ? [] : [t.norm]))
          .filter((w, k, all) => !(k === all.length - 1 && k > 0 && ELIDED.has(w)))
      : [];
    const joined =
      prev !== undefined && !closed && (gap.length === 1 ? SEPARATORS.has(gap[0]!) : gap.length === 2 && gap[0] === "," && COORDINATION.has(gap[1]!));
    if (!joined) flush();
    else if (COORDINATION.has(gap[gap.length - 1]!)) closed = true;
    chain.push(n);
  }
  flush();
  return typed;
}

/**
 * The type of a list that holds the run: a company or organisation beside it, joined by "and"/"et",
 * or by a comma when the list goes on past that neighbour ("A, B, C et D"). One comma alone is an
 * apposition ("Thales, Paris"), not a list; a role is no member ("Ken Glueck, Executive Vice President, Oracle").
 */
export function listNeighbourType(
  tokens: readonly Token[],
  first: number,
  end: number,
  found: readonly Discovery[],
  mentions: readonly Mention[],
  typeOf: ((entityId: string) => EntityType | undefined) | undefined,
  /** A one-word run needs a list of three ("Gotham et Foundry" may be two products). */
  pairIsEnough: boolean,
  isCapital: (n: number) => boolean,
): EntityType | undefined {
  const spanTypeEndingAt = (offset: number) => found.find((f) => f.end === offset)?.type ?? mentionType(mentions.find((m) => m.end === offset));
  const spanTypeStartingAt = (offset: number) => found.find((f) => f.start === offset)?.type ?? mentionType(mentions.find((m) => m.start === offset));
  const mentionType = (m: Mention | undefined) => (m ? typeOf?.(m.entityId) : undefined);
  const tokenEndingAt = (offset: number) => tokens.findIndex((t) => t.end === offset);
  const tokenStartingAt = (offset: number) => tokens.findIndex((t) => t.start === offset);
  const left = tokens[first - 1];
  if (left && SEPARATORS.has(left.norm) && first >= 2) {
    const type = spanTypeEndingAt(tokens[first - 2]!.end);
    const span = found.find((f) => f.end === tokens[first - 2]!.end) ?? mentions.find((m) => m.end === tokens[first - 2]!.end);
    const b = span ? tokenStartingAt(span.start) - 1 : -1;
    // The list goes on only if a name stands before that comma too ("deux logiciels, Gotham et Foundry" is a pair).
    const goesOn = b >= 1 && SEPARATORS.has(tokens[b]!.norm) && isCapital(b - 1);
    if (type && LIST_TYPES.has(type) && ((pairIsEnough && COORDINATION.has(left.norm)) || goesOn)) return type;
  }
  const right = tokens[end];
  if (right && SEPARATORS.has(right.norm) && tokens[end + 1]) {
    const type = spanTypeStartingAt(tokens[end + 1]!.start);
    const span = found.find((f) => f.start === tokens[end + 1]!.start) ?? mentions.find((m) => m.start === tokens[end + 1]!.start);
    const a = span ? tokenEndingAt(span.end) + 1 : -1;
    const goesOn = a >= 1 && a + 1 < tokens.length && SEPARATORS.has(tokens[a]!.norm) && isCapital(a + 1);
    if (type && LIST_TYPES.has(type) && ((pairIsEnough && COORDINATION.has(right.norm)) || goesOn)) return type;
  }
  return undefined;
}
