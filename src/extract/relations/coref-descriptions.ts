// Descriptions that refer back: a definite determiner, modifiers and a head noun from the language's
// lists ("the Israeli spyware maker", "la société chinoise", "le géant américain du logiciel"). The head
// gives what the description may stand for; a nationality among its words narrows it to that country.
import type { PosAt } from "../text/patterns";
import { phraseAt } from "../text/phrase-index";
import type { AnaphorKind, CorefLexicon } from "./coref-lexicon";
import type { Item } from "./items";

/** A description found in a sentence: items [start, end) and what it may stand for. */
export interface Description {
  start: number;
  end: number;
  kind: AnaphorKind;
}

/** How many modifiers a description may hold on either side of its head. */
const MAX_MODIFIERS = 3;
/** Parts of speech a word needs to qualify a head when no list names it. */
const ADJECTIVE = "ADJ";
/** A noun right after an English head makes the head a modifier of it ("the software industry"). */
const NOUN = "NOUN";

const lowerWord = (it: Item | undefined): boolean => it?.isWord === true && !it.entityId && /^\p{Ll}/u.test(it.norm ?? "");

/** Finds descriptions in a sentence's items; `posAt` is asked only about words no list names. */
export function findDescriptions(items: readonly Item[], lex: CorefLexicon, nationalityOf: ReadonlyMap<string, string>, posAt?: PosAt): Description[] {
  const out: Description[] = [];
  const headAt = (j: number): { end: number; kind: AnaphorKind } | undefined => {
    const wordAt = (k: number) => (items[k]?.entityId ? undefined : items[k]?.norm);
    const found = phraseAt(lex.heads, wordAt, j, lex.maxHeadWords);
    return found && { end: j + found.words, kind: lex.heads.get(found.key)! };
  };
  const modifierAt = (j: number): boolean => {
    const it = items[j];
    // "Israeli-founded", "state-owned": a hyphen inside a compound modifier.
    if (it?.norm === "-" && lex.modifiers.has("-")) return lowerWord(items[j - 1]) || nationalityOf.has(items[j - 1]?.norm ?? "");
    if (!lowerWord(it)) return false;
    const norm = it!.norm!;
    return lex.modifiers.has(norm) || lex.contrastive.has(norm) || nationalityOf.has(norm) || posAt?.(j) === ADJECTIVE;
  };
  for (let i = 0; i < items.length; i++) {
    const det = items[i]!;
    if (det.entityId || !lex.determiners.has(det.norm ?? "")) continue;
    const np = lex.headFirst ? headFirst(items, i + 1, lex, headAt, modifierAt) : headLast(items, i + 1, headAt, modifierAt, posAt);
    if (!np) continue;
    const end = complementEnd(items, np.end, lex);
    if (end === undefined || contrasts(items, i + 1, end, lex)) continue;
    let country: string | undefined;
    for (let j = i + 1; j < end && !country; j++) country = items[j]!.norm ? nationalityOf.get(items[j]!.norm!) : undefined;
    out.push({ start: i, end, kind: country ? { ...np.kind, country } : np.kind });
    i = end - 1;
  }
  return out;
}

/** "the other company", "l'autre société", "la société rivale": a description that points away from the last name. */
function contrasts(items: readonly Item[], from: number, end: number, lex: CorefLexicon): boolean {
  for (let j = from; j < end; j++) if (lex.contrastive.has(items[j]!.norm ?? "")) return true;
  return false;
}

type HeadAt = (j: number) => { end: number; kind: AnaphorKind } | undefined;

/** English order: modifiers, then the head; the last head of the run is the description's ("the contractor company"). */
function headLast(items: readonly Item[], from: number, headAt: HeadAt, modifierAt: (j: number) => boolean, posAt?: PosAt) {
  let head: { end: number; kind: AnaphorKind } | undefined;
  let j = from;
  for (let words = 0; words <= MAX_MODIFIERS && j < items.length; ) {
    const h = headAt(j);
    if (h) {
      head = h;
      j = h.end;
      words++;
    } else if (modifierAt(j)) {
      if (items[j]!.norm !== "-") words++;
      j++;
    } else break;
  }
  // Modifiers read past the last head belong to something else: only a run that ends on its head is one.
  if (!head || head.end !== j) return undefined;
  const next = items[j];
  if (lowerWord(next) && headAt(j) === undefined && posAt?.(j) === NOUN) return undefined;
  return head;
}

/** French order: an optional adjective, the head, then its modifiers ("le géant américain"). */
function headFirst(items: readonly Item[], from: number, lex: CorefLexicon, headAt: HeadAt, modifierAt: (j: number) => boolean) {
  let j = from;
  if ((lex.preModifiers.has(items[j]?.norm ?? "") || lex.contrastive.has(items[j]?.norm ?? "")) && !items[j]?.entityId) j++;
  const head = headAt(j);
  if (!head) return undefined;
  j = head.end;
  for (let words = 0; words < MAX_MODIFIERS && modifierAt(j); words++) j++;
  return { end: j, kind: head.kind };
}

/**
 * Where the description ends after a complement of its head ("of spyware", "du logiciel"), or undefined
 * when an unknown complement makes it another phrase ("le groupe de travail"). A complement that is a
 * name is left for the name check ("la société de Peter Thiel").
 */
function complementEnd(items: readonly Item[], end: number, lex: CorefLexicon): number | undefined {
  if (!lex.complementPrepositions.has(items[end]?.norm ?? "") || items[end]?.entityId) return end;
  let j = end + 1;
  while (j < items.length && !items[j]!.entityId && lex.complementArticles.has(items[j]!.norm ?? "")) j++;
  const it = items[j];
  if (!lowerWord(it)) return end;
  return lex.complements.has(it!.norm!) ? j + 1 : undefined;
}
