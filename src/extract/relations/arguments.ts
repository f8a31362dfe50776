// Finding a trigger's arguments: the nearest entity list (or anaphor) on each side within the
// clause, never across another trigger, a clause break, an attribution ("selon X") or a place.
import type { EntityType, Language } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import type { AnaphorKind, Knowledge } from "../knowledge";
import { firstStartAtOrAfter } from "../text/bisect";
import type { PosAt } from "../text/patterns";
import { adjectival } from "./adjectival";
import { findDescriptions } from "./coref-descriptions";
import type { Group, Item } from "./items";

// Articles between a place word and a state name: "hors des Pays-Bas", "in the US".
const DETERMINERS = new Set(["le", "la", "les", "l'", "the", "des", "du", "de", "d'"]);

/** An argument candidate: an entity list, an anaphor ("l'entreprise"), or a class ("entreprises chinoises"). */
export interface Candidate {
  first: number;
  last: number;
  kind: "group" | "anaphor" | "class";
  entityIds: string[];
  anaphor?: AnaphorKind;
  /** A possessive determiner ("its contract", "leurs logiciels"): it stands for the owner, of this number. */
  possessive?: "singular" | "plural";
  country?: string;
  attributed: boolean;
  locative: boolean;
  /** A list that names the members of a class noun before it ("firms in Russia's defense base, including X"): the class's position. */
  namesClassAt?: number;
}

/**
 * Whether only articles stand between position `from` and the candidate: a state right after a trigger's own
 * slot word ("fournir des obusiers à l'Ukraine", "bought rifles from Russia") is that slot's argument, not a place.
 */
export function followsAtOnce(items: readonly Item[], from: number, c: Candidate): boolean {
  let i = from;
  while (i < c.first && DETERMINERS.has(items[i]!.norm ?? "")) i++;
  return i === c.first;
}

/** Item positions of a group's entity mentions. */
function groupMembers(items: readonly Item[], g: Group): number[] {
  const out: number[] = [];
  for (let i = g.first; i <= g.last; i++) if (items[i]!.entityId && g.entityIds.includes(items[i]!.entityId!)) out.push(i);
  return out;
}

function toGroup(items: readonly Item[], members: number[]): Group {
  return { first: members[0]!, last: members[members.length - 1]!, entityIds: [...new Set(members.map((i) => items[i]!.entityId!))] };
}

/**
 * "En France, la police utilise…": after a locative preposition, the states a list opens with are
 * the place, and the names after them a list of their own.
 */
function placeApart(items: readonly Item[], g: Group, isState: (id: string) => boolean): Group[] {
  const members = groupMembers(items, g);
  const lead = members.findIndex((i) => !isState(items[i]!.entityId!));
  if (lead <= 0) return [g];
  return [toGroup(items, members.slice(0, lead)), toGroup(items, members.slice(lead))];
}

/**
 * "le service d'immigration ICE", "la société Top10VPN", "the Chinese contractor company, Huawei,": a description
 * of the name that follows (closely, or set off by a comma as an apposition), not a reference back.
 */
function describesName(items: readonly Item[], end: number, groups: readonly Group[]): boolean {
  return groups.some(
    (g) => g.first >= end && ((g.first - end <= 3 && items.slice(end, g.first).every((i) => i.isWord)) || (g.first === end + 1 && items[end]!.norm === ",")),
  );
}

/** Words a reporting verb may have before the verb it governs ("a rapporté le 31 mars avoir signé"). */
const GOVERNED_REACH = 4;

/**
 * "L'armée a rapporté avoir signé un contrat": a verb right after a reporting cue, with no subordinator or
 * punctuation between, is an infinitive its subject governs, so the name before the cue reports its own doing
 * and is a party, not a source ("X a rapporté que…", "X reported it had…" keep the name a source).
 */
function controlsInfinitive(items: readonly Item[], from: number, posAt: PosAt | undefined): boolean {
  if (!posAt) return false;
  for (let i = from; i < items.length && i < from + GOVERNED_REACH; i++) {
    const pos = posAt(i);
    if (items[i]!.blocksGap || pos === "PUNCT" || pos === "SCONJ" || pos === "PRON") return false;
    if (pos === "VERB" || pos === "AUX") return true;
  }
  return false;
}

export function findCandidates(
  k: Knowledge,
  lang: Language,
  items: Item[],
  groups: Group[],
  entity: (id: string) => EntityRecord | undefined,
  /** Parts of speech, asked only about a description's words no list names. */
  posAt?: PosAt,
): Candidate[] {
  const c = k.cues;
  const attributedFrom = new Set<number>();
  // "selon le Financial Times", "révèle CNBC": only the name right after the cue (a determiner may
  // stand between), never the subject of a reported clause ("a révélé que les forces…").
  // A cue that opens a relation's frame is that relation's verb ("has added X to its Entity List"), not an attribution.
  const attributions = c.attribution_before[lang].findAll(items).filter((m) => !k.triggers[lang].matchAt(items, m.start));
  for (const m of [...attributions, ...c.exclusion[lang].findAll(items)]) {
    let i = m.end;
    while (i < items.length && DETERMINERS.has(items[i]!.norm ?? "")) i++;
    attributedFrom.add(i);
  }
  // "Selon le Financial Times, Microsoft …": only the first name after the cue is the source of the
  // claim; "…, The Guardian reported": only the last name before a postposed attribution is.
  const split: Group[] = [];
  for (const g of groups) {
    const members = groupMembers(items, g);
    let rest = members;
    if (attributedFrom.has(g.first) && members.length > 1) {
      split.push({ first: members[0]!, last: members[0]!, entityIds: [items[members[0]!]!.entityId!] });
      rest = members.slice(1);
    }
    const lastAt = rest[rest.length - 1]!;
    const cue = c.attribution_after[lang].matchAt(items, lastAt + 1);
    const after = cue && !controlsInfinitive(items, cue.end, posAt) ? cue : undefined;
    if (after && rest.length > 1) {
      split.push(toGroup(items, rest.slice(0, -1)));
      split.push({ first: lastAt, last: lastAt, entityIds: [items[lastAt]!.entityId!] });
      attributedFrom.add(lastAt);
    } else {
      if (after) attributedFrom.add(rest[0]!);
      split.push(rest === members ? g : toGroup(items, rest));
    }
  }
  const afterPlace = (g: Group) => {
    let p = g.first - 1;
    while (p > 0 && DETERMINERS.has(items[p]!.norm ?? "")) p--;
    const place = p >= 0 ? c.locative[lang].matchAt(items, p) : undefined;
    // "sold its tools to agencies in Egypt and Morocco": the states stand for the unnamed bodies before them
    return Boolean(place) && !c.bodies_of_place[lang].matchAt(items, p - 1);
  };
  const isState = (id: string) => entity(id)?.type === "state";
  const candidates: Candidate[] = split
    .flatMap((g) => (afterPlace(g) ? placeApart(items, g, isState) : [g]))
    .filter((g) => !adjectival(k, items, g, entity))
    .map((g) => ({
      first: g.first,
      last: g.last,
      kind: "group",
      entityIds: g.entityIds,
      attributed: attributedFrom.has(g.first),
      locative: afterPlace(g) && g.entityIds.every(isState),
    }));
  for (const d of findDescriptions(items, k.anaphors[lang], k.discovery.nationalityOf, posAt)) {
    if (describesName(items, d.end, groups)) continue;
    candidates.push({ first: d.start, last: d.end - 1, kind: "anaphor", entityIds: [], anaphor: d.kind, attributed: false, locative: false });
  }
  const coref = k.anaphors[lang];
  for (let i = 0; i < items.length; i++) {
    const norm = items[i]!.entityId ? "" : (items[i]!.norm ?? "");
    const number = coref.singularPossessives.has(norm) ? "singular" : coref.pluralPossessives.has(norm) ? "plural" : undefined;
    // Only before a common noun: "its contract", "ses logiciels" (a name after it is that name's own phrase).
    if (!number || !/^\p{Ll}/u.test(items[i + 1]?.norm ?? "") || items[i + 1]?.entityId) continue;
    candidates.push({ first: i, last: i, kind: "anaphor", entityIds: [], possessive: number, attributed: false, locative: false });
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

/** The mention an anaphor was resolved to: its entity and where the article names it. */
export interface Antecedent {
  id: string;
  start: number;
  end: number;
}

export interface Resolver {
  /** The last entity of a compatible type named before this offset, nearby, other than `exclude`. */
  anaphor(kind: AnaphorKind, before: number, exclude: readonly string[]): string | undefined;
  /** The same choice, with the mention it was made from: evidence shows where "the company" was named. */
  antecedent(kind: AnaphorKind, before: number, exclude: readonly string[]): Antecedent | undefined;
  /** The article's named entities of a class (companies of a country). */
  members(country: string): string[];
  /** What "son", "its" stands for before a role ("Son président est X"): the last company, agency or organisation named nearby. */
  owner(before: number): string | undefined;
}

const OWNERS = new Set<EntityType>(["company", "agency", "organization"]);

const COMPATIBLE: Record<EntityType, EntityType[]> = {
  company: ["company"],
  agency: ["agency"],
  state: ["state"],
  organization: ["organization"],
  person: ["person"],
  contract: ["contract"],
};

/** A mention an anaphor of one kind may stand for; `runStart` is the first entry of the run of entries naming the same entity that ends here. */
interface Fitting {
  start: number;
  end: number;
  id: string;
  runStart: number;
}

/** The mentions whose entity an anaphor of one kind may stand for, in text order. */
function fittingMentions(mentions: readonly Mention[], entity: (id: string) => EntityRecord | undefined, kind: AnaphorKind): Fitting[] {
  const list: Fitting[] = [];
  for (const m of mentions) {
    const e = entity(m.entityId);
    if (!e || !COMPATIBLE[kind.type].includes(e.type) || (kind.sector && !e.sectors.includes(kind.sector)) || (kind.country && e.country !== kind.country))
      continue;
    const n = list.length;
    list.push({ start: m.start, end: m.end, id: e.id, runStart: n > 0 && list[n - 1]!.id === e.id ? list[n - 1]!.runStart : n });
  }
  return list;
}

/** The last fitting mention starting before `before`, skipping runs of excluded entities. */
function lastFitting(list: readonly Fitting[], before: number, exclude: readonly string[]): Antecedent | undefined {
  for (let j = firstStartAtOrAfter(list, before) - 1; j >= 0; j = list[j]!.runStart - 1) {
    const f = list[j]!;
    if (!exclude.includes(f.id)) return { id: f.id, start: f.start, end: f.end };
  }
  return undefined;
}

export function makeResolver(
  mentions: readonly Mention[],
  entity: (id: string) => EntityRecord | undefined,
  lookbackStart: (offset: number) => number,
): Resolver {
  const membersOf = new Map<string, string[]>();
  const fitting = new Map<string, Fitting[]>();
  const resolver: Resolver = {
    anaphor: (kind, before, exclude) => resolver.antecedent(kind, before, exclude)?.id,
    antecedent(kind, before, exclude) {
      // "le fonds" narrows to investors and may reach back to the article's start, so it is answered
      // from an index (a scan back would make an article of such phrases quadratic); "the company" stays near.
      if (kind.sector) {
        const key = `${kind.type}/${kind.sector}/${kind.country ?? ""}`;
        let list = fitting.get(key);
        if (!list) fitting.set(key, (list = fittingMentions(mentions, entity, kind)));
        return lastFitting(list, before, exclude);
      }
      const from = lookbackStart(before);
      // "the Chinese firm": an entity of that country, else the nearest one whose country is unknown.
      let unknownCountry: Antecedent | undefined;
      for (let i = firstStartAtOrAfter(mentions, before) - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.start < from) break;
        const e = entity(m.entityId);
        // A news outlet quoted as a source is not what "the company" refers to.
        const outlet = e?.sectors.includes("media") && !kind.sector;
        if (!e || outlet || !COMPATIBLE[kind.type].includes(e.type) || exclude.includes(e.id)) continue;
        if (!kind.country || e.country === kind.country) return { id: e.id, start: m.start, end: m.end };
        if (!e.country && !unknownCountry) unknownCountry = { id: e.id, start: m.start, end: m.end };
      }
      return unknownCountry;
    },
    owner(before) {
      const from = lookbackStart(before);
      for (let i = firstStartAtOrAfter(mentions, before) - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.start < from) break;
        const e = entity(m.entityId);
        if (e && OWNERS.has(e.type) && !e.sectors.includes("media")) return e.id;
      }
      return undefined;
    },
    members(country) {
      let ids = membersOf.get(country);
      if (!ids) {
        const found = new Set<string>();
        for (const m of mentions) {
          const e = entity(m.entityId);
          if (e && e.type === "company" && e.country === country) found.add(e.id);
        }
        membersOf.set(country, (ids = [...found].sort()));
      }
      return ids;
    },
  };
  return resolver;
}
