// French part-of-speech tagger: a lexicon (closed-class lists, Lefff verb forms, suffix rules; all
// in data/grammar/fr/) and a few context rules for the ambiguities that matter to relation finding
// (le/la/les article or pronoun, noun or verb, que relative or conjunction, auxiliary avoir).
import { frLexicon, grammarLists, type ClosedReading, type VerbReading } from "./lexicon";
import { tokenize, type RawToken } from "./tokenize";
import type { Pos, TaggedToken } from "./types";

interface Lists {
  elisions: Set<string>;
  auxiliaries: Set<string>;
  auxGap: Set<string>;
  subjects: Set<string>;
}
let lists: Lists | undefined;
function frLists(): Lists {
  if (!lists) {
    const t = grammarLists("fr").tokens as Record<string, string[]>;
    const set = (k: string) => new Set((t[k] ?? []).map(key));
    lists = { elisions: set("elisions"), auxiliaries: set("auxiliaries"), auxGap: set("aux_gap"), subjects: set("subject_pronouns") };
  }
  return lists;
}

/** Lookup key: lower case, typographic apostrophe made plain. */
export function key(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

interface Candidate {
  raw: RawToken;
  key: string;
  closed: ClosedReading[];
  verbs: VerbReading[];
  /** Capitalised, not first in the sentence (or all capitals): a name unless a closed word. */
  named: boolean;
}

const PUNCT = /^[\p{P}]+$/u;
const SYMBOL = /^[\p{S}]+$/u;
const NUMBER = /^\p{N}/u;
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}-]{2,}$/u;

function candidates(raws: RawToken[]): Candidate[] {
  const lex = frLexicon();
  let first = true;
  return raws.map((raw) => {
    const k = key(raw.text);
    const verbs = lex.verbs.readings(k);
    const named = UPPER.test(raw.text) && (!first || ALL_CAPS.test(raw.text) || (!lex.closed.has(k) && verbs.length === 0));
    if (!PUNCT.test(raw.text)) first = false;
    else if (/^[.!?:«"“]$/.test(raw.text)) first = true;
    return { raw, key: k, closed: lex.closed.get(k) ?? [], verbs, named };
  });
}

function token(c: Candidate, pos: Pos, lemma: string, verb?: VerbReading): TaggedToken {
  const t: TaggedToken = { start: c.raw.start, end: c.raw.end, text: c.raw.text, pos, lemma };
  if (verb) {
    t.verbForm = verb.verbForm;
    if (verb.tense) t.tense = verb.tense;
  }
  return t;
}

function bySuffix(word: string, rules: { suffix: string; pos: Pos }[]): Pos | undefined {
  let best: { suffix: string; pos: Pos } | undefined;
  for (const r of rules) if (word.endsWith(r.suffix) && word.length > r.suffix.length + 1 && (!best || r.suffix.length > best.suffix.length)) best = r;
  return best?.pos;
}

function lemmaBy(word: string, rules: { suffix: string; replace: string }[]): string {
  for (const r of rules) if (word.endsWith(r.suffix) && word.length > r.suffix.length + 1) return word.slice(0, word.length - r.suffix.length) + r.replace;
  return word;
}

const isVerbish = (c: Candidate | undefined) => !!c && c.verbs.length > 0 && !c.named;
const hasOpen = (c: Candidate, pos: Pos) => c.closed.some((r) => r.pos === pos);

/**
 * An article/pronoun word (le, la, les, leur, plusieurs…) is a pronoun when nothing nominal can
 * follow it, or when it stands as an object clitic: after a subject and before a verb that cannot
 * be a noun ("Il la vend"), never after a preposition or an auxiliary ("pour la collecte").
 */
function pronounHere(prev: TaggedToken | undefined, next: Candidate | undefined, nextVerb: boolean): boolean {
  if (!next || PUNCT.test(next.raw.text) || next.closed.some((r) => r.pos === "ADP")) return true;
  if (!nextVerb) return false;
  const p = prev?.pos;
  return p === "PRON" ? prev?.lemma !== "dont" : p === "NOUN" || p === "PROPN" || prev?.lemma === "ne" || next.verbs.some((v) => v.verbForm === "inf");
}

/** Tags already decided for the previous tokens decide the ambiguous ones (left to right). */
function decide(cs: Candidate[], i: number, prev: TaggedToken | undefined): TaggedToken {
  const lex = frLexicon();
  const L = frLists();
  const c = cs[i] as Candidate;
  const next = cs[i + 1];
  const text = c.raw.text;
  if (PUNCT.test(text)) return token(c, "PUNCT", text);
  if (SYMBOL.test(text)) return token(c, "SYM", text);
  if (NUMBER.test(text)) return token(c, "NUM", text);
  const closed = c.closed.filter((r) => r.pos !== "NOUN" && r.pos !== "ADJ");
  if (c.named && closed.length === 0) return token(c, "PROPN", text);

  const prevPos = prev?.pos;
  const afterNominal = prevPos === "NOUN" || prevPos === "PROPN" || prevPos === "ADJ" || (prevPos === "VERB" && prev?.verbForm === "part");
  const nextVerb = isVerbish(next) && !(next && (hasOpen(next, "NOUN") || hasOpen(next, "ADJ") || next.closed.length > 0));
  const pick = (pos: Pos) => closed.find((r) => r.pos === pos);

  if (closed.length > 0) {
    let r: ClosedReading | undefined;
    if (pick("DET") && pick("PRON")) r = pronounHere(prev, next, nextVerb) ? pick("PRON") : pick("DET");
    else if (c.key === "en" && next) r = next.verbs.some((v) => v.verbForm === "ger") ? pick("ADP") : nextVerb ? pick("PRON") : pick("ADP");
    // "tant pour les entreprises que pour les particuliers": a relative "que" never opens on a preposition.
    else if (c.key.startsWith("qu") && pick("PRON") && pick("SCONJ"))
      r = (afterNominal || prevPos === "PRON") && !next?.closed.some((x) => x.pos === "ADP") ? pick("PRON") : pick("SCONJ");
    else if (c.key === "des") r = afterNominal || (prevPos === "VERB" && prev?.verbForm !== "fin") ? pick("ADP") : pick("DET");
    else if (c.key === "s'" && next && (next.key === "il" || next.key === "ils")) r = pick("SCONJ");
    r ??= closed[0];
    if (r) return token(c, r.pos, r.lemma);
  }

  const verbs = c.verbs;
  const noun = c.closed.find((r) => r.pos === "NOUN");
  const adj = c.closed.find((r) => r.pos === "ADJ");
  const nominalContext = prevPos === "DET" || (prevPos === "ADJ" && i >= 2) || (prevPos === "ADP" && prev?.lemma !== "en");
  if (verbs.length > 0) {
    const aux = verbs.find((v) => L.auxiliaries.has(v.lemma));
    const isParticipleNext = () => {
      for (let j = i + 1; j < cs.length && j <= i + 4; j++) {
        const n = cs[j] as Candidate;
        if (n.verbs.some((v) => v.verbForm === "part")) return true;
        // Adverbs in -ment ("a formellement renouvelé") may stand there too.
        if (!L.auxGap.has(n.key) && !(n.key.endsWith("ment") && n.verbs.length === 0 && n.closed.length === 0)) return false;
      }
      return false;
    };
    if (aux && (aux.lemma === "être" ? !nominalContext || !noun : isParticipleNext())) return token(c, "AUX", aux.lemma, aux);
    const afterSubject = prevPos === "PRON" || prevPos === "AUX" || prev?.lemma === "ne" || prevPos === "PROPN";
    const inf = verbs.find((v) => v.verbForm === "inf");
    if (inf && !noun) return token(c, "VERB", inf.lemma, inf);
    if ((noun || adj) && (nominalContext || !afterSubject)) {
      if (adj && !(noun && prevPos === "DET")) return token(c, "ADJ", adj.lemma);
      if (noun) return token(c, "NOUN", noun.lemma);
    }
    const part = verbs.find((v) => v.verbForm === "part");
    if (nominalContext && !afterSubject) {
      const pos: Pos = part && prevPos !== "DET" ? "VERB" : "NOUN";
      if (pos === "NOUN") return token(c, "NOUN", lemmaBy(c.key, lex.suffixes.noun_lemma));
    }
    const chosen = (prevPos === "AUX" || afterNominal ? part : undefined) ?? verbs.find((v) => v.verbForm === "fin") ?? verbs[0];
    if (chosen) return token(c, "VERB", chosen.lemma, chosen);
  }
  if (noun) return token(c, "NOUN", noun.lemma);
  if (adj) return token(c, "ADJ", adj.lemma);
  if (UPPER.test(text) && i > 0) return token(c, "PROPN", text);
  let pos = bySuffix(c.key, lex.suffixes.pos) ?? "NOUN";
  if (pos === "ADV" && prevPos === "DET") pos = "NOUN";
  if (UPPER.test(text) && pos === "NOUN" && !next) return token(c, "PROPN", text);
  if (pos === "ADJ") return token(c, "ADJ", lemmaBy(c.key, lex.suffixes.lemma));
  if (pos === "NOUN") return token(c, "NOUN", lemmaBy(c.key, lex.suffixes.noun_lemma));
  return token(c, pos, c.key);
}

export function tagFrench(text: string, start: number, end: number): TaggedToken[] {
  const cs = candidates(tokenize(text, start, end, frLists().elisions));
  const out: TaggedToken[] = [];
  for (let i = 0; i < cs.length; i++) out.push(decide(cs, i, out[i - 1]));
  return out;
}
