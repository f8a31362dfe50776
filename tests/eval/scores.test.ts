// The extractor's quality, scored with the shared scorer against gold annotations: the targets
// of the seeds (gold given) and of the development set of real articles it was not written for.
import { describe, expect, it } from "vitest";
import { CORPORA, formatScores, scoreCorpus } from "./score";

const TARGETS = {
  seeds: { entities: 0.95, pairs: 0.9, typed: 0.75, evidence: 1 },
  "development set": { entities: 0.8, pairs: 0.6, typed: 0, evidence: 0 },
} as const;

describe.each(CORPORA)("extraction quality on the $name", (corpus) => {
  const target = TARGETS[corpus.name as keyof typeof TARGETS];
  const scores = scoreCorpus(corpus);

  it("has its gold annotations and the shared scorer at hand", () => {
    expect(scores, `no scorer or gold for ${corpus.name}: ../shared must sit beside the checkout`).not.toBeNull();
  });

  it(`reaches entity F1 ≥ ${target.entities}, pair F1 ≥ ${target.pairs}, typed F1 ≥ ${target.typed}, evidence ≥ ${target.evidence}`, () => {
    const s = scores!;
    console.log(`${corpus.name}: ${formatScores(s)}`);
    expect(s.entities.f1).toBeGreaterThanOrEqual(target.entities);
    expect(s.relations.f1).toBeGreaterThanOrEqual(target.pairs);
    expect(s.typed.f1).toBeGreaterThanOrEqual(target.typed);
    expect(s.evidenceAccuracy).toBeGreaterThanOrEqual(target.evidence);
  });
});
