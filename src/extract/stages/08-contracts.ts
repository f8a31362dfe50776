// Stage 8: contract mentions of one article become contract nodes. Mentions that share two
// parties (one, when the text says "the contract"), or that add who a contract serves, are one contract. Its id comes from its parties,
// so the same contract reported in French and English is one node.
import type { Attributes, Sector } from "../../model";
import type { EntityRecord } from "../entities";
import { clusterMentions } from "../relations/contract-clusters";
import { slugify } from "../text/fold";
import type { ContractMention, Fact } from "./07-relations";

export interface ContractNode {
  record: EntityRecord;
  attributes: Attributes;
  mentions: { start: number; end: number }[];
}

export function buildContracts(
  mentions: readonly ContractMention[],
  entity: (id: string) => EntityRecord | undefined,
): { nodes: ContractNode[]; facts: Fact[] } {
  const clusters = clusterMentions(mentions);
  const nodes: ContractNode[] = [];
  const facts: Fact[] = [];
  for (const members of clusters) {
    // The contract is named by the mentions that introduce it, not by those that refer back to it.
    const introducing = members.filter((j) => mentions[j]!.continues === undefined && !mentions[j]!.definite);
    const defining = introducing.length ? introducing : members.filter((j) => mentions[j]!.continues === undefined);
    const parties = [...new Set(defining.flatMap((j) => mentions[j]!.parties))].sort();
    // A contract the text names ("Project Nimbus, a … contract") keeps its own node.
    const named = members.map((j) => mentions[j]!.named).find((n) => n !== undefined);
    const id = named ?? `contract-${parties.map((p) => slugify(p)).join("-")}`;
    const labels = parties.map((p) => entity(p)?.label ?? p);
    const first = mentions[defining[0] ?? members[0]!]!;
    const kind = first.kind;
    const publicSide = parties.map(entity).find((e) => e && (e.type === "agency" || e.type === "state"));
    const sectors = [...new Set(parties.flatMap((p) => entity(p)?.sectors ?? []))].sort() as Sector[];
    const attributes: Attributes = {};
    const valued = members.map((j) => mentions[j]!).find((m) => m.value);
    if (valued?.value) attributes.value = valued.value;
    const dated = members.map((j) => mentions[j]!).find((m) => m.date);
    if (dated?.date) attributes.date = dated.date;
    if (named) {
      for (const j of members) {
        const m = mentions[j]!;
        for (const party of m.parties)
          facts.push({
            type: "contract",
            source: party,
            target: id,
            status: m.status,
            modality: m.modality,
            start: m.start,
            end: m.end,
            ...(m.trigger ? { trigger: m.trigger } : {}),
            rule: m.rule ?? "contract-party",
            ...(m.via?.[party] ? { via: { source: m.via[party] } } : {}),
          });
      }
      continue;
    }
    nodes.push({
      record: {
        id,
        label: `${labels.join(" – ")} ${kind}`,
        type: "contract",
        country: publicSide?.country ?? entity(parties[0]!)?.country ?? null,
        sectors,
        forms: [],
        caseSensitive: [],
        curated: false,
        cue: first.trigger,
      },
      attributes,
      mentions: members.filter((j) => mentions[j]!.continues === undefined).map((j) => ({ start: mentions[j]!.triggerStart, end: mentions[j]!.triggerEnd })),
    });
    for (const j of members) {
      const m = mentions[j]!;
      for (const party of m.parties) {
        facts.push({
          type: "contract",
          source: party,
          target: id,
          status: m.status,
          modality: m.modality,
          start: m.start,
          end: m.end,
          ...(m.trigger ? { trigger: m.trigger } : {}),
          rule: m.rule ?? "contract-party",
          ...(m.via?.[party] ? { via: { source: m.via[party] } } : {}),
        });
      }
    }
  }
  return { nodes, facts };
}
