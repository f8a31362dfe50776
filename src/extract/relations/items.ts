// A sentence as a sequence of items — words, punctuation, and whole entity mentions — with
// the coordinated lists of entities ("Amazon et Google", "GCHQ, MI5 and MI6") grouped.
import type { Mention } from "../entities";
import type { PhraseSet } from "../knowledge";
import type { MatchItem } from "../text/patterns";
import { tokenize } from "../text/tokens";

export interface Item extends MatchItem {
  start: number;
  end: number;
  /** Set when the item is an entity mention. */
  entityId?: string;
  isWord: boolean;
}

export interface Group {
  /** Item range [first, last] of the list. */
  first: number;
  last: number;
  entityIds: string[];
}

const SENTENCE_PUNCT = new Set([".", "!", "?", "…"]);

export function sentenceItems(text: string, start: number, end: number, mentions: readonly Mention[], clauseBreaks: PhraseSet | undefined): Item[] {
  const items: Item[] = [];
  let m = 0;
  while (m < mentions.length && mentions[m]!.end <= start) m++;
  for (const t of tokenize(text, start, end)) {
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const mention = mentions[m];
    if (mention && mention.start < t.end && mention.end > t.start) {
      const last = items[items.length - 1];
      if (last?.entityId === mention.entityId && last.start === mention.start) continue;
      items.push({ norm: null, start: mention.start, end: mention.end, entityId: mention.entityId, isWord: false });
      continue;
    }
    items.push({ norm: t.norm, start: t.start, end: t.end, isWord: t.isWord, blocksGap: SENTENCE_PUNCT.has(t.norm) && !innerPoint(text, t.start, t.end, end) });
  }
  if (clauseBreaks) for (const b of clauseBreaks.findAll(items)) for (let i = b.start; i < b.end; i++) items[i]!.blocksGap = true;
  return items;
}

/**
 * A point the segmenter left inside a sentence ("Sandvine Inc. to its list", "Inc., a firm", "$1.2 billion")
 * ends an abbreviation or a number, not a clause: what follows it is lower case, a digit or punctuation that
 * continues the sentence.
 */
function innerPoint(text: string, start: number, end: number, sentenceEnd: number): boolean {
  if (text[start] !== ".") return false;
  let i = end;
  while (i < sentenceEnd && (text[i] === " " || text[i] === "\u00a0")) i++;
  return i < sentenceEnd && CONTINUES.test(text[i]!);
}
const CONTINUES = /[\p{Ll}\d,;:)]/u;

/**
 * Entity items joined only by list connectors form one group; the same entity twice counts once.
 * "Francesca Albanese, UN Rapporteur" is an apposition, not a list: two names joined by a
 * comma alone, the second followed by a role, stay apart.
 */
export interface GroupingLexicon {
  connectors: PhraseSet;
  /** Roles: "X, UN Rapporteur" is an apposition. */
  roles?: ReadonlySet<string>;
  /** Words that may describe the next member of a list ("…, Russian group Positive Technologies"). */
  isDescriptor?: (norm: string) => boolean;
  isState?: (id: string) => boolean;
  /** Item positions where a relation trigger starts: a description never runs over one ("Palantir, fournisseur de l'armée"). */
  triggerStarts?: ReadonlySet<number>;
  /** Whether item i is one word of the nominal frames' "of" slot ("de", "des", "of"): it may hang a country on a name. */
  isOf?: (i: number) => boolean;
}

const MAX_DESCRIPTORS = 5;
const POSSESSIVES = new Set(["son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her", "both"]);
/** Articles may open a member's description ("…et les groupes français Orange et Thales"); a describing word must follow. */
const ARTICLES = new Set(["the", "a", "an", "le", "la", "les", "l'", "un", "une"]);
const PLURAL_ARTICLES = new Set(["the", "les"]);

/** "Germany’s Federal Armed Forces": the first name only qualifies the second ("Paragon’s US subsidiary" is Paragon's). */
export function possessorAt(items: readonly Item[], i: number, isState: (id: string) => boolean = () => false): boolean {
  if (items[i + 1]?.norm !== "'s") return false;
  const next = items[i + 2]?.entityId ?? items[i + 3]?.entityId;
  return next !== undefined && !isState(next);
}

/**
 * "A and B (NAI), Norway’s largest defence company, …": a name set off by a comma and followed by "'s" and a common
 * noun phrase owns an apposition that describes the name before it; it is no member of the list.
 */
function appositivePossessor(items: readonly Item[], i: number): boolean {
  const next = items[i + 2];
  return (
    items[i - 1]?.norm === "," &&
    (items[i + 1]?.norm === "'s" || items[i + 1]?.norm === "'") &&
    next?.isWord === true &&
    !next.entityId &&
    /^\p{Ll}/u.test(next.norm ?? "")
  );
}

export function groupEntities(items: readonly Item[], lexicon: GroupingLexicon): Group[] {
  const { connectors, roles = new Set<string>(), isDescriptor = () => false, isState, triggerStarts, isOf = () => false } = lexicon;
  const groups: Group[] = [];
  let i = 0;
  while (i < items.length) {
    if (!items[i]!.entityId || possessorAt(items, i, isState) || appositivePossessor(items, i)) {
      i++;
      continue;
    }
    const group: Group = { first: i, last: i, entityIds: [items[i]!.entityId!] };
    let j = i + 1;
    let skipTo = 0;
    while (j < items.length) {
      const item = items[j]!;
      if (item.entityId) {
        // "Europol, Palantir's largest client, …": a name owning a noun after a comma opens an apposition, no member
        if (appositivePossessor(items, j)) break;
        if (!possessorAt(items, j, isState)) {
          group.last = j;
          if (!group.entityIds.includes(item.entityId)) group.entityIds.push(item.entityId);
          j++;
        } else j += 2; // "…and Singapore’s Computer Security Initiative Consultancy": the possessed name is the member.
        continue;
      }
      // "Amazon Web Services (AWS) and Google": a name in parentheses after a member glosses it and keeps the list going.
      if (item.norm === "(" && items[j + 1]?.entityId && items[j + 2]?.norm === ")") {
        group.last = j + 1;
        j += 3;
        continue;
      }
      const c = connectors.matchAt(items, j);
      if (!c) break;
      // "le département de la Défense des États-Unis": a state an "of" word hangs on a body's name is that
      // body's country, no member of a list; it is skipped, so it stands as no argument of its own.
      if (isState && isOf(j) && countryAfter(items, group.last, j, c.end, isState)) {
        skipTo = c.end + 1;
        break;
      }
      j = c.end;
      // After a connector, a short description may precede the next name if it ends with a
      // describing word: "…, Russian group Positive Technologies", "and the Munich-based startup Helsing".
      let k = j;
      let described = false;
      while (k < items.length && k - j < MAX_DESCRIPTORS && !items[k]!.entityId && !items[k]!.blocksGap && !triggerStarts?.has(k)) {
        const norm = items[k]!.norm ?? "";
        const ofDescriptor = described && ["d'", "de", "of", "-"].includes(items[k - 1]?.norm ?? "");
        // "…et les groupes français Orange et Thales": after a plural article, a describing noun in the plural.
        const plural = norm.endsWith("s") && PLURAL_ARTICLES.has(items[k - 1]?.norm ?? "") && isDescriptor(norm.slice(0, -1));
        if (isDescriptor(norm) || plural) described = true;
        else if (
          !(POSSESSIVES.has(norm) || ARTICLES.has(norm) || connectors.matchAt(items, k) || ofDescriptor || norm === "based" || items[k + 1]?.norm === "-")
        )
          break;
        k++;
      }
      if (items[k]?.entityId && k > j && described) j = k;
    }
    const commaOnly = group.last === group.first + 2 && items[group.first + 1]!.norm === ",";
    if (commaOnly && roles.has(items[group.last + 1]?.norm ?? "")) {
      groups.push({ first: group.first, last: group.first, entityIds: [items[group.first]!.entityId!] });
      i = group.last;
      continue;
    }
    groups.push(group);
    i = Math.max(group.last + 1, skipTo);
  }
  return groups;
}

/** Whether the connector items[at, end), one word right after a body's name (not a state's), is followed by a state. */
function countryAfter(items: readonly Item[], last: number, at: number, end: number, isState: (id: string) => boolean): boolean {
  const next = items[end]?.entityId;
  return end === at + 1 && at === last + 1 && next !== undefined && isState(next) && !isState(items[last]!.entityId!);
}
