// Lemma frames (data/relations.yaml, `lemma_frames`): verbs and nouns named by their dictionary form,
// with which argument is the relation's source and which its target. Each frame becomes trigger
// patterns over every inflected form of its lemmas (grammar/forms.ts): an active frame, and for a
// verb whose object is an argument, the passive one with its agent ("supplied by X", "fourni par X").
import type { Language, RelationType } from "../../model";
import { enLexicon, frLexicon } from "../grammar/lexicon";
import { lemmaForms } from "../grammar/forms";

/** Where an argument stands: the clause's subject, the verb's object, or a complement its slot word opens. */
export type FrameRole = "subject" | "object" | string;
type Direction = "forward" | "passive";

export interface LemmaFrame {
  verbs?: string[] | undefined;
  nouns?: string[] | undefined;
  type: RelationType;
  source: FrameRole;
  target: FrameRole;
  gap?: number | undefined;
  /** Words that must follow the object, one way or several ("to ~3 entity list"). */
  after_object?: string | string[] | undefined;
  pos?: string | undefined;
  /** Only forms that state a fact: no gerund, no French infinitive ("pour sélectionner des cibles", "selecting targets"). */
  finite?: boolean | undefined;
  passive: boolean;
  status?: "ended" | "planned" | undefined;
  reach?: number | undefined;
}

export interface LemmaFrameData {
  /** Slot name → the words that open it, per language ("to": ["to"] / ["à", "au", "aux"]). */
  slots: Partial<Record<Language, Record<string, string[]>>>;
  /** Endings of generated forms never met in reporting (first and second persons, literary tenses). */
  skip_endings: Partial<Record<Language, string[]>>;
  /** Which word of a noun phrase inflects ("joint venture", "prise de participation"). */
  noun_head: Partial<Record<Language, "first" | "last">>;
  frames: Partial<Record<Language, LemmaFrame[]>>;
}

export interface TriggerSpec {
  pattern: string;
  type: RelationType;
  dir: Direction;
  status?: "ended" | "planned";
  reach?: number;
  source: string;
}

/** How many words an object may take between a verb and the words `after_object` asks for. */
const OBJECT_WORDS = 20;
/** Words allowed between a participle and its agent's "by"/"par" ("used extensively by"). */
const AGENT_GAP = 2;

/**
 * The pattern of a lemma phrase: the inflected word ("rely" in "rely on", the head noun) as the
 * alternation of its forms, with the skipped endings left out; the other words as written, pattern
 * syntax allowed ("faire appel à|aux").
 */
function lemmaPattern(
  phrase: string,
  lang: Language,
  of: "VERB" | "NOUN",
  data: LemmaFrameData,
  pos: string | undefined,
  only?: (form: string, lemma: string) => boolean,
): string | undefined {
  const words = phrase.trim().split(/\s+/);
  const at = of === "VERB" || data.noun_head[lang] === "first" ? 0 : words.length - 1;
  // Only verbs have the rare persons and tenses; a noun's plural may end the same way ("participations").
  const skip = of === "VERB" ? (data.skip_endings[lang] ?? []) : [];
  // "sit|serve ~3 board of": several lemmas may share the phrase.
  const forms = [
    ...new Set(
      words[at]!.split("|").flatMap((lemma) =>
        lemmaForms(lemma, lang, of).filter((f) => (f === lemma || !skip.some((e) => f.endsWith(e))) && (!only || only(f, lemma))),
      ),
    ),
  ];
  if (forms.length === 0) return undefined;
  words[at] = forms.map((f) => (pos ? `${f}:${pos}` : f)).join("|");
  return words.join(" ");
}

/** Forms that are no gerund and no French infinitive. */
function statesFact(lang: Language): (form: string, lemma: string) => boolean {
  if (lang === "fr")
    return (form, lemma) =>
      frLexicon()
        .verbs.readings(form)
        .some((r) => r.lemma === lemma && r.verbForm !== "ger" && r.verbForm !== "inf");
  return (form) => !form.endsWith("ing");
}

/** Past participles of a verb lemma: the passive's verb. */
function isParticiple(lang: Language): (form: string, lemma: string) => boolean {
  if (lang === "fr")
    return (form, lemma) =>
      frLexicon()
        .verbs.readings(form)
        .some((r) => r.lemma === lemma && r.verbForm === "part");
  return (form, lemma) => {
    const irregular = enLexicon().irregular.get(lemma);
    return irregular ? irregular[1].includes(form) : form.endsWith("ed");
  };
}

function slotWords(data: LemmaFrameData, lang: Language, role: FrameRole, where: string): string {
  const words = data.slots[lang]?.[role];
  if (!words?.length) throw new Error(`data/relations.yaml: lemma_frames: ${where}: no '${role}' slot words for ${lang}`);
  return words.join("|");
}

/** The trigger patterns of one frame for one language. */
export function frameTriggers(frame: LemmaFrame, lang: Language, data: LemmaFrameData): TriggerSpec[] {
  const { source, target } = frame;
  const where = [...(frame.verbs ?? []), ...(frame.nouns ?? [])].join(", ");
  const base = { type: frame.type, ...(frame.status ? { status: frame.status } : {}), ...(frame.reach ? { reach: frame.reach } : {}) };
  const out: TriggerSpec[] = [];
  const gap = (n: number) => (n > 0 ? ` ~${n}` : "");
  const span = (n: number) => (n > 0 ? ` %${n}` : "");
  const lemmas = [...(frame.verbs ?? []).map((l) => [l, "VERB"] as const), ...(frame.nouns ?? []).map((l) => [l, "NOUN"] as const)];
  for (const [lemma, of] of lemmas) {
    // An agent ("by", "par") always follows a participle: "developed by", never "develops by".
    const add = (tail: string, dir: Direction, participles = source === "by" || target === "by") => {
      const only = participles ? isParticiple(lang) : of === "VERB" && frame.finite ? statesFact(lang) : undefined;
      const head = lemmaPattern(lemma, lang, of, data, frame.pos, only);
      if (head) out.push({ ...base, pattern: `${head}${tail}`, dir, source: `frame:${lemma}` });
    };
    const agent = `${gap(AGENT_GAP)} ${slotWords(data, lang, "by", where)}`;
    // A verb's object stands between it and the slot word, and may be a name itself (a product: "acheter le
    // logiciel Pegasus auprès de X"), so its gap may cross names; a noun's complement follows it at once.
    const slotGap = of === "VERB" ? span(frame.gap ?? 3) : gap(frame.gap ?? 0);
    const passive = of === "VERB" && frame.passive;
    if (source === "subject" && target === "object") {
      const thens =
        frame.after_object === undefined
          ? [""]
          : (Array.isArray(frame.after_object) ? frame.after_object : [frame.after_object]).map((t) => ` @${OBJECT_WORDS} ${t}`);
      for (const then of thens) add(then, "forward");
      if (passive) add(agent, "passive", true);
    } else if (source === "object" && target === "subject") {
      add("", "passive");
      if (passive) add(agent, "forward", true);
    } else if (source === "subject") {
      add(`${slotGap} ${slotWords(data, lang, target, where)}`, "forward");
    } else if (target === "subject") {
      add(`${slotGap} ${slotWords(data, lang, source, where)}`, "passive");
    } else {
      throw new Error(`data/relations.yaml: lemma_frames: ${where}: no frame from ${source} to ${target}`);
    }
  }
  return out;
}

/** Every frame's trigger patterns for one language. */
export function lemmaTriggers(data: LemmaFrameData | undefined, lang: Language): TriggerSpec[] {
  if (!data) return [];
  return (data.frames[lang] ?? []).flatMap((f) => frameTriggers(f, lang, data));
}
