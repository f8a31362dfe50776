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

const hasCue = (set: Knowledge["cues"]["alleged"]["en"], items: readonly Item[], from: number, to: number) => {
  for (let i = Math.max(0, from); i < Math.min(items.length, to); i++) if (set.matchAt(items, i)) return true;
  return false;
};

export function readCues(
  k: Knowledge,
  lang: Language,
  items: readonly Item[],
  trigger: { start: number; end: number; value: Trigger },
  clause: { start: number; end: number },
): Reading {
  const c = k.cues;
  const t = trigger.start;
  const firstWord = items[t]!.norm ?? "";
  const near = (n: number) => items.slice(Math.max(clause.start, t - n), t).map((i) => i.norm ?? "");

  const plannedWord = hasCue(c.planned[lang], items, t - 3, t);
  const conditional =
    lang === "fr" &&
    [firstWord, ...near(2)].some(
      (w) => w.length > 4 && CONDITIONAL.test(w) && !NOT_CONDITIONAL.test(w) && !c.planned[lang].matchAt([{ norm: w }], 0),
    );
  const alleged = conditional || hasCue(c.alleged[lang], items, clause.start, clause.end);

  // "ne … plus" / "no longer": over, not negated.
  const nePlus = lang === "fr" && items[t + 1]?.norm === "plus" && near(2).some((w) => w === "ne" || w === "n'");
  const endedWord = nePlus || hasCue(c.ended[lang], items, t - 3, t);
  const negated =
    !nePlus &&
    !endedWord &&
    (hasCue(c.negation[lang], items, t - 3, t) || (items[t + 1] !== undefined && hasCue(c.negation[lang], items, t + 1, t + 2)));

  let status: Status = "active";
  if (trigger.value.status) status = trigger.value.status;
  else if (endedWord) status = "ended";
  else if (plannedWord || (lang === "fr" && FUTURE_FR.test(firstWord) && firstWord.length > 5)) status = "planned";
  return { modality: alleged ? "alleged" : "asserted", status, negated };
}
