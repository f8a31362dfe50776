// English part-of-speech tagger: wink-nlp with its lite web model, which ships inside the npm
// package (no download at run time) and already speaks UPOS. We add exact offsets, proper-noun
// lemmas, and the verb form and tense that the clause analysis needs, read from form and lemma.
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { enLexicon } from "./lexicon";
import { POS_TAGS, type Pos, type TaggedToken } from "./types";

let nlp: WinkMethods | undefined;
function wink(): WinkMethods {
  // Only the tagger: sentence splitting, entities and sentiment are not ours to run.
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

const MODAL_TENSE: Record<string, TaggedToken["tense"]> = { will: "fut", shall: "fut", would: "cond", could: "past", might: "past" };
const INF_BEFORE = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "ca", "wo"]);
const PERFECT_OR_PASSIVE = new Set(["be", "have", "get"]);
const POS_SET: ReadonlySet<string> = new Set(POS_TAGS);

function isThirdPerson(form: string, lemma: string): boolean {
  return form === `${lemma}s` || form === `${lemma}es` || (lemma.endsWith("y") && form === `${lemma.slice(0, -1)}ies`);
}

/** Sets verbForm and tense of VERB/AUX tokens, looking back over the tokens already done. */
function verbMorphology(tokens: TaggedToken[], i: number): void {
  const t = tokens[i] as TaggedToken;
  const form = t.text.toLowerCase();
  const lemma = t.lemma;
  const modal = MODAL_TENSE[form];
  let back = i - 1;
  while (back >= 0 && (tokens[back]?.pos === "ADV" || tokens[back]?.pos === "PART") && tokens[back]?.lemma !== "to") back--;
  const before = tokens[back];
  if (modal) {
    t.verbForm = "fin";
    t.tense = modal;
  } else if (form.endsWith("ing") && form !== lemma) {
    t.verbForm = "ger";
  } else if (form === lemma || (lemma === "be" && form === "be")) {
    if (before && INF_BEFORE.has(before.text.toLowerCase())) t.verbForm = "inf";
    else {
      t.verbForm = "fin";
      t.tense = "pres";
    }
  } else if (isThirdPerson(form, lemma) || ["is", "are", "am", "'s", "'re", "'m", "has", "'ve"].includes(form)) {
    t.verbForm = "fin";
    t.tense = "pres";
  } else if (["was", "were", "had", "did"].includes(form)) {
    t.verbForm = "fin";
    t.tense = "past";
  } else {
    const [past, part] = enLexicon().irregular.get(lemma) ?? [[], []];
    const pastOnly = past.includes(form) && !part.includes(form);
    const partOnly = part.includes(form) && !past.includes(form);
    const afterAux = before && before.pos === "AUX" && PERFECT_OR_PASSIVE.has(before.lemma);
    const afterSubject = before && (before.pos === "NOUN" || before.pos === "PROPN" || before.pos === "PRON");
    if (!pastOnly && (partOnly || afterAux || !afterSubject)) {
      t.verbForm = "part";
      t.tense = "past";
    } else {
      t.verbForm = "fin";
      t.tense = "past";
    }
  }
}

export function tagEnglish(text: string, start: number, end: number): TaggedToken[] {
  const slice = text.slice(start, end);
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(slice);
  // wink's typings reject its.lemma for out(); the call is the documented one.
  const selection = doc.tokens();
  const out = selection.out.bind(selection) as (f: unknown) => string[];
  const values = out(its.value);
  const tags = out(its.pos);
  const lemmas = out(its.lemma);
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    // Look just past the whitespace wink skipped, then in a short window: never the whole rest
    // of the text for every token (quadratic on a long sentence).
    let at = cursor;
    while (at < slice.length && /\s/.test(slice[at] ?? "")) at++;
    if (!slice.startsWith(value, at)) {
      const near = slice.slice(cursor, cursor + value.length + 256).indexOf(value);
      at = near < 0 ? -1 : cursor + near;
    }
    // wink keeps the text as written, so this only guards against a normalised character.
    if (at < 0 || value.length === 0) continue;
    cursor = at + value.length;
    const tag = tags[i] ?? "X";
    const pos: Pos = POS_SET.has(tag) ? (tag as Pos) : "X";
    const lemma = pos === "PROPN" ? value : (lemmas[i] ?? value).toLowerCase();
    tokens.push({ start: start + at, end: start + at + value.length, text: value, pos, lemma });
  }
  for (let i = 0; i < tokens.length; i++) if (tokens[i]?.pos === "VERB" || tokens[i]?.pos === "AUX") verbMorphology(tokens, i);
  return tokens;
}
