// Splits a tagged sentence into clauses in one left-to-right pass with a stack: parentheses and
// dashes open asides that their closing mark ends; relative pronouns, subordinators, gerunds and
// participle phrases open clauses that end at a comma once they hold a verb, or before a new
// finite verb that is not coordinated with theirs. Linear: each token is pushed and popped once.
import type { ClauseLists } from "./clause-lists";
import type { ClauseKind, TaggedToken } from "./types";
import { work } from "./work";

export interface Segment {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  kind: ClauseKind;
  parent?: number;
  closeOn: "paren" | "dash" | "comma" | "end";
  hasVerb: boolean;
}

const COMMA_LIKE = new Set([",", ";", ":"]);

function isVerb(t: TaggedToken | undefined): boolean {
  return !!t && (t.pos === "VERB" || t.pos === "AUX");
}

function isFiniteVerb(t: TaggedToken | undefined): boolean {
  return isVerb(t) && t?.verbForm === "fin";
}

/** The token before i that is not an adverb, particle or clitic pronoun. */
function before(tokens: TaggedToken[], i: number): TaggedToken | undefined {
  let j = i - 1;
  while (j >= 0 && (tokens[j]?.pos === "ADV" || tokens[j]?.pos === "PART")) j--;
  return tokens[j];
}

/** Whether an attribution cue ("according to") starts at token i: it opens no clause. */
function cueAt(keys: string[], i: number, lists: ClauseLists): boolean {
  return lists.attributionCues.some((cue) => cue.length > 1 && cue.every((w, k) => keys[i + k] === w));
}

function openerKind(tokens: TaggedToken[], keys: string[], i: number, lists: ClauseLists, opened: Segment): ClauseKind | undefined {
  const t = tokens[i] as TaggedToken;
  if (cueAt(keys, i, lists)) return undefined;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // wink sometimes tags "which" after a comma as a determiner.
  if ((t.pos === "PRON" || (t.pos === "DET" && prev?.text === "," && t.lemma !== "that")) && lists.relative.has(t.lemma) && i > 0) return "relative";
  // "parce que", "so that": one subordinate clause, opened by its first word.
  if (t.pos === "SCONJ" && lists.subordinators.has(t.lemma) && !(opened.kind === "subordinate" && opened.first === i - 1)) return "subordinate";
  if (t.pos === "ADP" && lists.gerundPreps.has(t.lemma) && next?.verbForm === "ger" && isVerb(next)) return "gerund";
  if (isVerb(t) && t.verbForm === "ger" && (i === 0 || prev?.text === ",") && !(prev && lists.gerundPreps.has(prev.lemma))) {
    return i === 0 ? "gerund" : "participle";
  }
  if (t.pos === "VERB" && t.verbForm === "part") {
    const b = before(tokens, i);
    if (!b || b.text === "," || ((b.pos === "NOUN" || b.pos === "PROPN") && !isVerb(b))) return "participle";
  }
  return undefined;
}

/**
 * An English "-ed" form read as a simple past right after a noun is a participle phrase when a
 * preposition follows it and a finite verb comes later, before any comma, conjunction or clause
 * opener ("Four groups linked to X were listed"): the sentence needs that later verb as its own.
 */
function reviseParticiples(tokens: TaggedToken[], lists: ClauseLists): void {
  let finiteAhead = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    work.steps++;
    const t = tokens[i] as TaggedToken;
    const barrier = t.text === "," || t.text === ";" || t.pos === "CCONJ" || t.pos === "SCONJ" || lists.relative.has(t.lemma);
    if (barrier) finiteAhead = false;
    const prev = tokens[i - 1];
    if (
      finiteAhead &&
      t.pos === "VERB" &&
      t.verbForm === "fin" &&
      t.tense === "past" &&
      /ed$/i.test(t.text) &&
      (prev?.pos === "NOUN" || prev?.pos === "PROPN") &&
      tokens[i + 1]?.pos === "ADP"
    ) {
      t.verbForm = "part";
      continue;
    }
    if (isFiniteVerb(t)) finiteAhead = true;
  }
}

export function segmentClauses(text: string, tokens: TaggedToken[], keys: string[], lists: ClauseLists): { segments: Segment[]; owner: Int32Array } {
  if (lists.reviseEdParticiples) reviseParticiples(tokens, lists);
  const n = tokens.length;
  const segments: Segment[] = [{ first: 0, last: n - 1, kind: "main", closeOn: "end", hasVerb: false }];
  const owner = new Int32Array(n);
  const stack = [0];
  // How many parentheses and dashes are open, so that a closing mark never scans the stack.
  const openMarks = { paren: 0, dash: 0, comma: 0, end: 0 };
  const top = () => segments[stack[stack.length - 1] ?? 0] as Segment;
  const close = (last: number) => {
    work.steps++;
    const s = top();
    s.last = last;
    openMarks[s.closeOn]--;
    stack.pop();
  };
  const open = (i: number, kind: ClauseKind, closeOn: Segment["closeOn"]) => {
    segments.push({ first: i, last: n - 1, kind, parent: stack[stack.length - 1] ?? 0, closeOn, hasVerb: false });
    stack.push(segments.length - 1);
    openMarks[closeOn]++;
  };
  const isDash = (i: number) => {
    const t = tokens[i] as TaggedToken;
    if (lists.dashes.has(t.text)) return true;
    // A hyphen with a space on each side is a dash too.
    return t.text === "-" && i > 0 && i < n - 1 && text[t.start - 1] === " " && text[t.end] === " ";
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as TaggedToken;
    work.steps++;
    if (t.text === ")" && openMarks.paren > 0) {
      while (top().closeOn !== "paren") close(i - 1);
      owner[i] = stack[stack.length - 1] ?? 0;
      close(i);
      continue;
    }
    if (isDash(i)) {
      if (openMarks.dash > 0) {
        while (top().closeOn !== "dash") close(i - 1);
        owner[i] = stack[stack.length - 1] ?? 0;
        close(i);
      } else {
        open(i, "aside", "dash");
        owner[i] = stack[stack.length - 1] ?? 0;
      }
      continue;
    }
    if (COMMA_LIKE.has(t.text) && top().closeOn === "comma" && (top().hasVerb || t.text === ";")) close(i - 1);
    else if (t.text === "(") open(i, "parenthetical", "paren");
    else if (isFiniteVerb(t) && top().closeOn === "comma" && top().hasVerb && top().kind !== "main") {
      // A second finite verb that is not coordinated ends a participle, gerund or relative clause.
      // Not after a conjunction, an auxiliary of the same group or a clitic ("qui la vend").
      const b = before(tokens, i);
      if (b?.pos !== "CCONJ" && b?.pos !== "AUX" && b?.pos !== "PRON") close(i - 1);
    }
    const kind = t.text === "(" ? undefined : openerKind(tokens, keys, i, lists, top());
    if (kind) open(i, kind, "comma");
    const own = stack[stack.length - 1] ?? 0;
    owner[i] = own;
    if (isVerb(t)) (segments[own] as Segment).hasVerb = true;
  }
  return { segments, owner };
}
