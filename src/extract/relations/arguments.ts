// Finding a trigger's arguments: the nearest entity list (or anaphor) on each side within the
// clause, never across another trigger, a clause break, an attribution ("selon X") or a place.
import type { EntityType, Language } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import type { Group, Item } from "./items";

/** An argument candidate: an entity list, an anaphor ("l'entreprise"), or a class ("entreprises chinoises"). */
export interface Candidate {
  first: number;
  last: number;
  kind: "group" | "anaphor" | "class";
  entityIds: string[];
  anaphorType?: EntityType;
  country?: string;
  attributed: boolean;
  locative: boolean;
}

export interface SentenceContext {
  items: Item[];
  candidates: Candidate[];
  /** Offset of the sentence in the article, for anaphora lookback. */
  start: number;
}

export function findCandidates(k: Knowledge, lang: Language, items: Item[], groups: Group[], entity: (id: string) => EntityRecord | undefined): Candidate[] {
  const c = k.cues;
  const attributedFrom = new Set<number>();
  for (const m of c.attribution_before[lang].findAll(items)) for (let i = m.end; i < m.end + 3; i++) attributedFrom.add(i);
  const candidates: Candidate[] = groups.map((g) => {
    const before = g.first > 0 ? c.locative[lang].matchAt(items, g.first - 1) : undefined;
    const allStates = g.entityIds.every((id) => entity(id)?.type === "state");
    return {
      first: g.first,
      last: g.last,
      kind: "group",
      entityIds: g.entityIds,
      attributed: attributedFrom.has(g.first),
      locative: Boolean(before && before.end === g.first && allStates),
    };
  });
  for (const a of k.anaphors[lang].findAll(items)) {
    candidates.push({ first: a.start, last: a.end - 1, kind: "anaphor", entityIds: [], anaphorType: a.value, attributed: false, locative: false });
  }
  for (let i = 0; i < items.length; i++) {
    if (!c.class_nouns[lang].matchAt(items, i)) continue;
    for (const j of [i - 1, i + 1]) {
      const country = items[j]?.norm ? k.discovery.nationalityOf.get(items[j]!.norm!) : undefined;
      if (country) {
        candidates.push({ first: Math.min(i, j), last: Math.max(i, j), kind: "class", entityIds: [], country, attributed: false, locative: false });
        break;
      }
    }
  }
  return candidates.sort((a, b) => a.first - b.first);
}

export interface Resolver {
  /** The last entity of a compatible type named before this offset, nearby, other than `exclude`. */
  anaphor(type: EntityType, before: number, exclude: readonly string[]): string | undefined;
  /** The article's named entities of a class (companies of a country). */
  members(country: string): string[];
}

const COMPATIBLE: Record<EntityType, EntityType[]> = {
  company: ["company"],
  agency: ["agency"],
  state: ["state"],
  organization: ["organization"],
  person: ["person"],
  contract: ["contract"],
};

export function makeResolver(
  mentions: readonly Mention[],
  entity: (id: string) => EntityRecord | undefined,
  lookbackStart: (offset: number) => number,
): Resolver {
  return {
    anaphor(type, before, exclude) {
      const from = lookbackStart(before);
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.start >= before) continue;
        if (m.start < from) break;
        const e = entity(m.entityId);
        if (e && COMPATIBLE[type].includes(e.type) && !exclude.includes(e.id)) return e.id;
      }
      return undefined;
    },
    members(country) {
      const ids = new Set<string>();
      for (const m of mentions) {
        const e = entity(m.entityId);
        if (e && e.type === "company" && e.country === country) ids.add(e.id);
      }
      return [...ids].sort();
    },
  };
}
