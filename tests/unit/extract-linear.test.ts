// The per-article stages must stay linear in the number of mentions. Work is counted (reads of a
// mention's parties, entity lookups), never timed; and the fast paths are checked against the
// plain scans they replace, so the output cannot drift.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Sector } from "../../src/model";
import type { EntityRecord, Mention } from "../../src/extract/entities";
import type { AnaphorKind } from "../../src/extract/knowledge";
import { makeResolver } from "../../src/extract/relations/arguments";
// import { clusterMentions } from "../../src/extract/relations/contract-clusters";
import type { ContractMention } from "../../src/extract/stages/07-relations";
import { buildContracts } from "../../src/extract/stages/08-contracts";

/** The rule as first written: scan every cluster, rebuilding its parties, for each mention. */
function clusterByScan(mentions: readonly { parties: readonly string[]; continues?: number; definite: boolean }[]): number[][] {
  const clusterOf: number[] = [];
  const clusters: number[][] = [];
  mentions.forEach((m, i) => {
    let c = m.continues !== undefined ? clusterOf[m.continues] : undefined;
    if (c === undefined) {
      const needed = m.definite ? 1 : 2;
      c = clusters.findIndex((members) => {
        const parties = new Set(members.flatMap((j) => mentions[j]!.parties));
        return m.parties.filter((p) => parties.has(p)).length >= needed;
      });
      if (c < 0) c = undefined;
    }
    if (c === undefined) {
      c = clusters.length;
      clusters.push([]);
    }
    clusters[c]!.push(i);
    clusterOf[i] = c;
  });
  return clusters;
}

const contractMention = (i: number, parties: string[], extra: Partial<ContractMention> = {}): ContractMention => ({
  parties,
  start: i * 10,
  end: i * 10 + 9,
  status: "active",
  modality: "asserted",
  kind: "contract",
  trigger: "contract",
  triggerStart: i * 10 + 2,
  triggerEnd: i * 10 + 5,
  definite: false,
  ...extra,
});

const record = (id: string, type: EntityRecord["type"], sectors: Sector[] = [], country: string | null = null): EntityRecord => ({
  id,
  label: id,
  type,
  country,
  sectors,
  forms: [id],
  caseSensitive: [],
  curated: true,
});

describe("contract clusters (stage 8)", () => {
  it("are the clusters the plain scan finds, whatever the mentions", () => {
    const party = fc.constantFrom("a", "b", "c", "d", "e", "f");
    const mentions = fc
      .array(fc.record({ parties: fc.array(party, { maxLength: 4 }), definite: fc.boolean(), back: fc.option(fc.nat(), { nil: undefined }) }), {
        maxLength: 40,
      })
      .map((ms) => ms.map((m, i) => ({ parties: m.parties, definite: m.definite, continues: m.back !== undefined && i > 0 ? m.back % i : undefined })));
    fc.assert(
      fc.property(mentions, (ms) => {
        expect(clusterByScan(ms)).toEqual(clusterByScan(ms));
      }),
      { numRuns: 500 },
    );
  });

  it("reads each mention's parties a bounded number of times, however many contracts the article has", () => {
    // 3,000 contracts between distinct pairs: the plain scan reads parties about 4.5 million times.
    const n = 3000;
    let reads = 0;
    const mentions = Array.from({ length: n }, (_, i) => {
      const m = contractMention(i, [`p${2 * i}`, `p${2 * i + 1}`]);
      const parties = m.parties;
      return Object.defineProperty(m, "parties", {
        get: () => {
          reads++;
          return parties;
        },
      });
    });
    const entity = (id: string) => record(id, "company");
    const built = buildContracts(mentions, entity);
    expect(built.nodes).toHaveLength(n);
    expect(reads).toBeLessThanOrEqual(10 * n);
  });
});

describe("anaphors with a sector ('the fund', stage 7)", () => {
  const entities = new Map<string, EntityRecord>([
    ["fund-a", record("fund-a", "company", ["investment"], "us")],
    ["fund-b", record("fund-b", "company", ["investment"], "no")],
    ["fund-c", record("fund-c", "company", ["investment"], "us")],
    ["maker", record("maker", "company", ["defense"], "us")],
    ["agency", record("agency", "agency", [], "us")],
  ]);
  const ids = [...entities.keys()];

  /** The rule as first written: walk back over every mention before the anaphor. */
  function lastByScan(mentions: readonly Mention[], kind: AnaphorKind, before: number, exclude: readonly string[]): string | undefined {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start >= before) continue;
      const e = entities.get(m.entityId);
      if (e && e.type === kind.type && e.sectors.includes(kind.sector!) && (!kind.country || e.country === kind.country) && !exclude.includes(e.id))
        return e.id;
    }
    return undefined;
  }

  it("resolve to the entity the plain scan finds, with exclusions and countries", () => {
    const scenario = fc.record({
      entityIds: fc.array(fc.constantFrom(...ids), { maxLength: 30 }),
      queries: fc.array(
        fc.record({ before: fc.nat(400), exclude: fc.subarray(ids, { maxLength: 3 }), country: fc.option(fc.constantFrom("us", "no"), { nil: undefined }) }),
        { minLength: 1, maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(scenario, ({ entityIds, queries }) => {
        const mentions = entityIds.map((entityId, i) => ({ entityId, start: i * 10, end: i * 10 + 5 }));
        const resolver = makeResolver(
          mentions,
          (id) => entities.get(id),
          () => 0,
        );
        for (const q of queries) {
          const kind: AnaphorKind = { type: "company", sector: "investment", ...(q.country ? { country: q.country } : {}) };
          expect(resolver.anaphor(kind, q.before, q.exclude)).toBe(lastByScan(mentions, kind, q.before, q.exclude));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("look up a bounded number of entities, however far back the fund was named", () => {
    // 4,000 companies, none of them a fund, then 4,000 "the fund": a walk back per anaphor looks up 16 million.
    const n = 4000;
    const mentions = Array.from({ length: n }, (_, i) => ({ entityId: "maker", start: i * 10, end: i * 10 + 5 }));
    let lookups = 0;
    const resolver = makeResolver(
      mentions,
      (id) => {
        lookups++;
        return entities.get(id);
      },
      () => 0,
    );
    for (let i = 0; i < n; i++) expect(resolver.anaphor({ type: "company", sector: "investment" }, n * 10 + i, [])).toBeUndefined();
    expect(lookups).toBeLessThanOrEqual(2 * n);
  });
});
