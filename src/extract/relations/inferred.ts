// Inferred endpoints: an argument the sentence names only through an anaphor ("the company"), a
// class ("plusieurs entreprises chinoises") or a pronoun subject carried over from the sentence
// before. The evidence records the words that stand for it and where its antecedent is named, so a
// reader can check the inference (issue 10, item 7).
import type { Inferred } from "../../model";
import type { Mention } from "../entities";
import { firstStartAtOrAfter } from "../text/bisect";

export type { Inferred };

/** Where each entity is named in an article, so "the last mention of X before here" is a bisection, not a scan. */
export class MentionIndex {
  private byEntity: Map<string, Mention[]> | undefined;
  constructor(private readonly mentions: readonly Mention[]) {}

  /** The last mention of `id` starting before `before`, else its first one after (a class may name members later). */
  near(id: string, before: number): Mention | undefined {
    if (!this.byEntity) {
      this.byEntity = new Map();
      for (const m of this.mentions) {
        const list = this.byEntity.get(m.entityId);
        if (list) list.push(m);
        else this.byEntity.set(m.entityId, [m]);
      }
    }
    const list = this.byEntity.get(id);
    if (!list) return undefined;
    const after = firstStartAtOrAfter(list, before);
    return list[after - 1] ?? list[after];
  }
}

/** The record of an inferred endpoint: the words [start, end) of `text` that stand for the antecedent span. */
export function inferredAt(text: string, start: number, end: number, antecedent: { start: number; end: number }, how: Inferred["how"]): Inferred {
  return { start, end, text: text.slice(start, end), antecedentStart: antecedent.start, antecedentEnd: antecedent.end, how };
}
