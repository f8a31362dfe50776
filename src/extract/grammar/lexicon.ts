// The generated lexicon (data/grammar/lexicon.json, made by scripts/build-grammar.ts from the
// hand-written lists in data/grammar/<lang>/ and the Lefff verb forms), validated once and
// compiled lazily into lookup maps. Imported statically so that Node and the browser's worker
// read the same data without file IO.
import { z } from "zod";
import raw from "../../../data/grammar/lexicon.json";
import { POS_TAGS, type Pos, type Tense, type VerbForm } from "./types";

const PosEnum = z.enum(POS_TAGS);
const Suffix = z.object({ suffix: z.string(), replace: z.string() });
const FrSchema = z.object({
  closed: z.object({ priority: z.array(PosEnum) }).catchall(z.array(z.string()).or(z.array(PosEnum))),
  suffixes: z.object({
    pos: z.array(z.object({ suffix: z.string(), pos: PosEnum })),
    lemma: z.array(Suffix),
    noun_lemma: z.array(Suffix),
    forms: z.array(z.object({ suffix: z.string(), add: z.array(z.string()) })),
  }),
  verbs: z.object({ paradigms: z.array(z.array(z.array(z.string()))), stems: z.array(z.array(z.string())) }),
});
const EnSchema = z.object({
  "irregular-verbs": z.array(z.tuple([z.string(), z.string(), z.string()])),
  inflection: z.object({
    double_final: z.array(z.string()),
    no_double: z.array(z.string()),
    irregular_plurals: z.array(z.tuple([z.string(), z.string()])),
  }),
});
const LexiconSchema = z.object({ fr: FrSchema.passthrough(), en: EnSchema.passthrough() });
export type RawLexicon = z.infer<typeof LexiconSchema>;

export interface ClosedReading {
  pos: Pos;
  lemma: string;
}
export interface VerbReading {
  lemma: string;
  verbForm: VerbForm;
  tense?: Tense;
}

/** Lefff slot codes in stored order, and what each means. */
const SLOTS: { verbForm: VerbForm; tense?: Tense }[] = [
  { verbForm: "fin", tense: "pres" }, // P indicative present
  { verbForm: "fin", tense: "pres" }, // S subjunctive present
  { verbForm: "fin", tense: "pres" }, // Y imperative
  { verbForm: "fin", tense: "imp" }, // I imperfect
  { verbForm: "ger", tense: "pres" }, // G present participle
  { verbForm: "part", tense: "past" }, // K past participle
  { verbForm: "fin", tense: "past" }, // J simple past
  { verbForm: "fin", tense: "imp" }, // T imperfect subjunctive
  { verbForm: "fin", tense: "fut" }, // F future
  { verbForm: "fin", tense: "cond" }, // C conditional
  { verbForm: "inf" }, // W infinitive
];
/** Which reading of a form wins when nothing else decides: common tenses first. */
const SLOT_PREFERENCE = [0, 5, 10, 4, 3, 8, 9, 6, 1, 7, 2];
const INFINITIVE_SLOT = 10;

export interface FrLexicon {
  closed: Map<string, ClosedReading[]>;
  priority: Pos[];
  verbs: FrVerbs;
  suffixes: RawLexicon["fr"]["suffixes"];
}

export interface EnLexicon {
  /** lemma → [past forms, participle forms] */
  irregular: Map<string, [string[], string[]]>;
  /** Any irregular past or participle form → lemma. */
  irregularForms: Map<string, string>;
  doubleFinal: Set<string>;
  noDouble: Set<string>;
  plurals: Map<string, string>;
}

let parsed: RawLexicon | undefined;
function lexicon(): RawLexicon {
  parsed ??= LexiconSchema.parse(raw);
  return parsed;
}

function splitEntry(entry: string): [string, string] {
  const eq = entry.indexOf("=", 1);
  return eq < 0 ? [entry, entry] : [entry.slice(0, eq), entry.slice(eq + 1)];
}

function compileClosed(closed: RawLexicon["fr"]["closed"]): Map<string, ClosedReading[]> {
  const map = new Map<string, ClosedReading[]>();
  const rank = (p: Pos) => {
    const i = closed.priority.indexOf(p);
    return i < 0 ? closed.priority.length : i;
  };
  for (const [pos, words] of Object.entries(closed)) {
    if (pos === "priority") continue;
    const tag = PosEnum.parse(pos);
    for (const entry of words) {
      const [form, lemma] = splitEntry(entry);
      const list = map.get(form) ?? [];
      if (!list.some((r) => r.pos === tag)) list.push({ pos: tag, lemma });
      map.set(form, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => rank(a.pos) - rank(b.pos));
  return map;
}

/**
 * The Lefff verbs as stems and paradigms, looked up by trying each split of a word into stem and
 * ending: a few small maps instead of one entry per form (300,000 of them would take seconds to
 * build in a browser worker).
 */
export class FrVerbs {
  private readonly stems = new Map<string, number[]>();
  private readonly endings: Map<string, number[]>[];
  private readonly lemmas = new Map<string, { stem: string; paradigm: number }>();
  private readonly longestEnding: number;

  constructor(private readonly data: RawLexicon["fr"]["verbs"]) {
    let longest = 0;
    this.endings = data.paradigms.map((paradigm) => {
      const map = new Map<string, number[]>();
      for (const slot of SLOT_PREFERENCE) {
        for (const ending of paradigm[slot] ?? []) {
          if (ending === "-") continue;
          longest = Math.max(longest, ending.length);
          const slots = map.get(ending) ?? [];
          if (!slots.includes(slot)) slots.push(slot);
          map.set(ending, slots);
        }
      }
      return map;
    });
    this.longestEnding = longest;
    data.stems.forEach((stems, paradigm) => {
      for (const stem of stems) {
        const ids = this.stems.get(stem) ?? [];
        ids.push(paradigm);
        this.stems.set(stem, ids);
        this.lemmas.set(stem + (data.paradigms[paradigm]?.[INFINITIVE_SLOT]?.[0] ?? ""), { stem, paradigm });
      }
    });
  }

  /** Words already looked up; cleared when full so hostile input cannot grow it without bound. */
  private readonly cache = new Map<string, VerbReading[]>();

  /** Every reading of a lower-case word as a verb form, common tenses first. */
  readings(word: string): VerbReading[] {
    let out = this.cache.get(word);
    if (!out) {
      if (this.cache.size >= 50_000) this.cache.clear();
      out = this.lookup(word);
      this.cache.set(word, out);
    }
    return out;
  }

  private lookup(word: string): VerbReading[] {
    const out: VerbReading[] = [];
    for (let cut = Math.max(0, word.length - this.longestEnding); cut <= word.length; cut++) {
      const ids = this.stems.get(word.slice(0, cut));
      if (!ids) continue;
      const ending = word.slice(cut);
      for (const id of ids) {
        const slots = this.endings[id]?.get(ending);
        if (!slots) continue;
        const lemma = word.slice(0, cut) + (this.data.paradigms[id]?.[INFINITIVE_SLOT]?.[0] ?? "");
        for (const slot of slots) {
          const meaning = SLOTS[slot];
          if (meaning && !out.some((r) => r.lemma === lemma && r.verbForm === meaning.verbForm && r.tense === meaning.tense)) out.push({ lemma, ...meaning });
        }
      }
    }
    return out;
  }

  /** All forms of a verb lemma, or undefined when the Lefff does not know it. */
  forms(lemma: string): string[] | undefined {
    const entry = this.lemmas.get(lemma);
    if (!entry) return undefined;
    const paradigm = this.data.paradigms[entry.paradigm] ?? [];
    const forms = new Set<string>();
    for (const slot of SLOT_PREFERENCE) for (const ending of paradigm[slot] ?? []) if (ending !== "-") forms.add(entry.stem + ending);
    return [...forms];
  }
}

let fr: FrLexicon | undefined;
export function frLexicon(): FrLexicon {
  if (!fr) {
    const data = lexicon().fr;
    fr = { closed: compileClosed(data.closed), priority: data.closed.priority, suffixes: data.suffixes, verbs: new FrVerbs(data.verbs) };
  }
  return fr;
}

let en: EnLexicon | undefined;
export function enLexicon(): EnLexicon {
  if (!en) {
    const data = lexicon().en;
    const irregular = new Map<string, [string[], string[]]>();
    const irregularForms = new Map<string, string>();
    for (const [lemma, past, part] of data["irregular-verbs"]) {
      const pair: [string[], string[]] = [past.split("|"), part.split("|")];
      irregular.set(lemma, pair);
      for (const f of [...pair[0], ...pair[1]]) if (!irregularForms.has(f)) irregularForms.set(f, lemma);
    }
    en = {
      irregular,
      irregularForms,
      doubleFinal: new Set(data.inflection.double_final),
      noDouble: new Set(data.inflection.no_double),
      plurals: new Map(data.inflection.irregular_plurals),
    };
  }
  return en;
}

/** The raw per-language lists, for the clause analysis's word lists. */
export function grammarLists(lang: "en" | "fr"): Record<string, unknown> {
  return lexicon()[lang] as Record<string, unknown>;
}
