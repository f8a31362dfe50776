// Pure helpers over the list of decisions: which ones made a rejected entry (to restore it), and
// the YAML file to download. Kept apart from the components so they have their own tests.
import type { DecisionInput, Rejected } from "../../model";

/** The decisions that put this entry among the rejected: removing them restores it. */
export function decisionsBehind(decisions: readonly DecisionInput[], r: Rejected): DecisionInput[] {
  return decisions.filter((d) =>
    r.reason === "not_entity" ? "not_entity" in d && (d.not_entity.id === r.source || d.not_entity.id === r.target) : "reject" in d && d.reject.edge === r.id,
  );
}

export function without(decisions: readonly DecisionInput[], removed: readonly DecisionInput[]): DecisionInput[] {
  return decisions.filter((d) => !removed.includes(d));
}

/** One passage of an edge, named as decisions name it: article id + the quote as written. */
export function passageRef(edge: string, ev: { articleId: string; quote: string }) {
  return { edge, article: ev.articleId, quote: ev.quote };
}
