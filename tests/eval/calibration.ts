// Each rule's confidence: the share of its passages whose relation the tune gold confirms as typed,
// with add-one smoothing ((correct + 1) / (passages + 2)) so a rule seen twice is not certain and a
// rule never confirmed is not impossible. A passage counts for the rule that produced it; relations
// the gold lists as optional count neither way. Written to data/rule-confidence.json by `npm run calibrate`.
import type { Graph } from "../../src/model";
import type { RuleConfidence } from "../../src/extract/knowledge";
import type { EdgeVerdict } from "./scorer";

export const SMOOTHING = "add-one: (correct + 1) / (passages + 2)";

export function rulePrecision(graph: Graph, verdicts: readonly EdgeVerdict[], corpus: string): RuleConfidence {
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const tally = new Map<string, { correct: number; passages: number }>();
  for (const v of verdicts) {
    if (v.verdict === "optional") continue;
    for (const ev of edgeById.get(v.edgeId)?.evidence ?? []) {
      if (ev.articleId !== v.articleId || !ev.rule || ev.curated) continue;
      const t = tally.get(ev.rule) ?? { correct: 0, passages: 0 };
      t.passages++;
      if (v.verdict === "hit") t.correct++;
      tally.set(ev.rule, t);
    }
  }
  const rules: RuleConfidence["rules"] = {};
  for (const [rule, t] of [...tally].sort(([a], [b]) => (a < b ? -1 : 1))) {
    rules[rule] = { confidence: Math.round(((t.correct + 1) / (t.passages + 2)) * 1000) / 1000, ...t };
  }
  return { corpus, smoothing: SMOOTHING, rules };
}
