// Stage 6, once an article is read: the state a discovered institution belongs to. The name says it
// ("the Supreme Court of Kenya", "la Cour suprême du Kenya", "Kenya's Supreme Court"); else, when the
// article is about one state, an institution it does not place ("le ministère de la Défense") is that
// state's. An article that names several states leaves such an institution without a country rather
// than give it a wrong one.
import type { Mention } from "../entities";
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";
import type { Discovery } from "./06-discover";

/** Share of the article's state mentions one state must hold for the article to be about it. */
const DOMINANT_SHARE = 0.75;
/** An acronym in parentheses right after a name: " (LAZ)". */
const GIVEN_AFTER = /^ \((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;

export interface StateWords {
  /** "of", "de", "du", "d'": what joins an institution's head to its state. */
  of: ReadonlySet<string>;
  /** Determiners that may stand between them: "of the Netherlands", "de la France". */
  determiners: ReadonlySet<string>;
  /** The possessive token: "Kenya's". */
  possessive: string;
}

/**
 * Gives a country to the agencies of `found` that have none, from a state named inside or right
 * before their name, else from the state the article is about. `stateCountry` maps a registry state's
 * id to its country; `mentions` are the article's registry mentions, in text order.
 */
export function placeInstitutions(
  found: Discovery[],
  text: string,
  mentions: readonly Mention[],
  stateCountry: ReadonlyMap<string, string>,
  words: StateWords,
): void {
  const states = mentions.filter((m) => stateCountry.has(m.entityId));
  const dominant = states.length > 0 ? dominantState(states) : undefined;
  placeBodies(found, dominant, stateCountry);
  if (states.length === 0) return;
  for (const d of found) {
    // "Law Association of Zambia": an association's name is completed by its state too, but no other state is given to it.
    if ((d.type !== "agency" && d.type !== "organization") || d.country !== null || d.kind !== undefined) continue;
    const after = stateAfter(d, text, states, words);
    if (after) {
      // "Supreme Court of Kenya": the state completes the name; the article's "Supreme Court" alone is still the same body.
      d.shortForms = [...(d.shortForms ?? []), d.label];
      d.end = after.end;
      d.label = text.slice(d.start, d.end);
      d.country = stateCountry.get(after.entityId)!;
      // "Law Association of Zambia (LAZ)": the acronym given after the whole name is its form.
      d.acronym ??= GIVEN_AFTER.exec(text.slice(d.end, d.end + 16))?.[1];
      continue;
    }
    if (d.type !== "agency") continue;
    // "Zimbabwe Electoral Commission", "Kenya's Supreme Court", else the article's state.
    const inside = states.find((m) => m.start >= d.start && m.end <= d.end)?.entityId;
    const state = inside ?? stateBefore(d, text, states, words) ?? dominant;
    if (state) d.country = stateCountry.get(state)!;
  }
}

/**
 * Bare institution nouns ("la douane", "the police") name the bodies of the state the article is about, one
 * record per state and kind ("france-customs"); in an article about no one state they name nobody.
 */
function placeBodies(found: Discovery[], dominant: string | undefined, stateCountry: ReadonlyMap<string, string>): void {
  let kept = 0;
  for (const d of found) {
    if (d.kind !== undefined) {
      if (!dominant) continue;
      d.country = stateCountry.get(dominant)!;
      d.id = `${dominant}-${d.kind}`;
      d.label = `${d.label} (${d.country})`;
    }
    found[kept++] = d;
  }
  found.length = kept;
}

/** The state most of the article's state mentions name, if it holds at least DOMINANT_SHARE of them. */
function dominantState(states: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of states) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [id, n] of counts) if (n > most) [best, most] = [id, n];
  return most >= DOMINANT_SHARE * states.length ? best : undefined;
}

/** A state mention right after the name, joined by "of" and perhaps a determiner: "… of Kenya", "… de la France". */
function stateAfter(d: Discovery, text: string, states: readonly Mention[], words: StateWords): Mention | undefined {
  const next = states.find((m) => m.start >= d.end);
  if (!next || next.start - d.end > 12) return undefined;
  const between = tokenize(text, d.end, next.start).map((t) => t.norm);
  const [of, ...rest] = between;
  if (of === undefined || !words.of.has(of)) return undefined;
  return rest.every((w) => words.determiners.has(w)) && rest.length <= 1 ? next : undefined;
}

/** A state mention right before the name, as its possessive: "Kenya's Supreme Court". */
function stateBefore(d: Discovery, text: string, states: readonly Mention[], words: StateWords): string | undefined {
  const previous = states.findLast((m) => m.end <= d.start);
  if (!previous || d.start - previous.end > 4) return undefined;
  return fold(text.slice(previous.end, d.start)) === words.possessive ? previous.entityId : undefined;
}
