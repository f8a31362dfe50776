// Modality, status and negation of a relation, read from cue words around its trigger.
import type { Modality, Status } from "../../model";
import type { Knowledge, Trigger } from "../knowledge";
import type { Item } from "./items";
import type { Language } from "../../model";

// French conditional (fourniraient, jouerait, seraient): hedged, so alleged. Imperfect tenses
// that merely end alike (montrait, entrait) are told apart by the "n" before "trai".
const CONDITIONAL = /rai(?:s|t|ent)$/;
const NOT_CONDITIONAL = /ntrai(?:s|t|ent)$/;
const FUTURE_FR = /(?:er|ir|dr|tr)(?:a|ont)$/;

export interface Reading {
  modality: Modality;
  status: Status;
  negated: boolean;
}

type CueName = keyof Knowledge["cues"];

/** Where each cue phrase starts in one sentence, found once so that every trigger can ask cheaply. */
export class SentenceCues {
  /** counts[i] = how many cue phrases start before position i (a prefix sum: any range in O(1)). */
  private readonly counts = new Map<CueName, Int32Array>();
  constructor(
    private readonly k: Knowledge,
    private readonly lang: Language,
    private readonly items: readonly Item[],
  ) {}

  private prefix(name: CueName): Int32Array {
    let c = this.counts.get(name);
    if (!c) {
      const starts = new Uint8Array(this.items.length);
      for (const hit of this.k.cues[name][this.lang].findAll(this.items)) starts[hit.start] = 1;
      c = new Int32Array(this.items.length + 1);
      for (let i = 0; i < this.items.length; i++) c[i + 1] = c[i]! + starts[i]!;
      this.counts.set(name, c);
    }
    return c;
  }

  /** Does a cue phrase start anywhere in [from, to)? */
  has(name: CueName, from: number, to: number): boolean {
    const c = this.prefix(name);
    const a = Math.max(0, from);
    const b = Math.min(this.items.length, to);
    return b > a && c[b]! - c[a]! > 0;
  }

  /** The first position in [from, to) where a cue phrase starts, or -1. */
  first(name: CueName, from: number, to = this.items.length): number {
    const c = this.prefix(name);
    for (let i = Math.max(0, from); i < Math.min(this.items.length, to); i++) if (c[i + 1]! > c[i]!) return i;
    return -1;
  }
}

export function readCues(
  k: Knowledge,
  lang: Language,
  items: readonly Item[],
  cues: SentenceCues,
  trigger: { start: number; end: number; value: Trigger },
  clause: { start: number; end: number },
): Reading {
  const c = k.cues;
  const t = trigger.start;
  const firstWord = items[t]!.norm ?? "";
  const near = (n: number) => items.slice(Math.max(clause.start, t - n), t).map((i) => i.norm ?? "");

  const plannedWord = cues.has("planned", t - 3, t);
  const conditional =
    lang === "fr" &&
    [firstWord, ...near(2)].some((w) => w.length > 4 && CONDITIONAL.test(w) && !NOT_CONDITIONAL.test(w) && !c.planned[lang].matchAt([{ norm: w }], 0));
  const alleged = conditional || cues.has("alleged", clause.start, clause.end);

  // "ne … plus" / "no longer": over, not negated.
  const nePlus = lang === "fr" && items[t + 1]?.norm === "plus" && near(2).some((w) => w === "ne" || w === "n'");
  const endedWord = nePlus || cues.has("ended", t - 3, t);
  const negated = !nePlus && !endedWord && (cues.has("negation", t - 3, t) || cues.has("negation", t + 1, t + 2));

  let status: Status = "active";
  if (trigger.value.status) status = trigger.value.status;
  else if (endedWord) status = "ended";
  else if (plannedWord || (lang === "fr" && FUTURE_FR.test(firstWord) && firstWord.length > 5)) status = "planned";
  return { modality: alleged ? "alleged" : "asserted", status, negated };
}
