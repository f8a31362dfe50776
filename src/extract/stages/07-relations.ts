// Stage 7: typed, directed relations. Each trigger phrase (data/relations.yaml) takes the
// nearest entity list on each side within its clause as arguments, its direction from the
// trigger, and its modality, status and negation from the cues around it. Contracts become
// contract mentions, grouped into contract nodes by stage 8.
import type { Language, Modality, RelationType, Status } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import { lastStartAtOrBefore } from "../text/bisect";
import { findCandidates, makeResolver, type Candidate } from "../relations/arguments";
import { readCues, SentenceCues } from "../relations/cues";
import { groupEntities, possessorAt, sentenceItems, type Item } from "../relations/items";
import { roleLinks } from "../relations/roles";
import { parseMoney } from "../relations/money";
import { namedContract, partiesEnd, splitContractSubjects } from "../relations/contracts";
import { namedClasses, openColonEnumerations } from "../relations/lists";
import { classMember, coveredBy, makeEndpoints, viaOf } from "../relations/nominal-endpoints";
import { nominalFacts } from "../relations/nominal";
import { inferredAt, MentionIndex, type Inferred } from "../relations/inferred";
import type { Sentence } from "./03-segment";

export interface Fact {
  type: RelationType;
  source: string;
  target: string;
  status: Status;
  modality: Modality;
  start: number;
  end: number;
  trigger?: string;
  /** The frame that produced this fact: a stable id such as "verb-active", "verb-passive-agent",
   *  "passive-attributed", "nominal-between", "nominal-of", "apposition", "role", "list", "contract-party".
   *  Its confidence is that rule's precision on the tune set (data/rule-confidence.json, made by `npm run calibrate`). */
  rule?: string;
  /** An endpoint that the quote names only through an anaphor ("the company"), a list or a carried-over
   *  subject: the words standing for it in the quote and where the antecedent is named. */
  via?: { source?: Inferred; target?: Inferred };
}

export type { Inferred };

export interface ContractMention {
  parties: string[];
  start: number;
  end: number;
  status: Status;
  modality: Modality;
  kind: "contract" | "agreement";
  trigger: string;
  /** Where the trigger stands: the contract node's mention. */
  triggerStart: number;
  triggerEnd: number;
  value?: { min: number; max: number; currency: string };
  date?: string;
  /** Index of the contract mention this one adds parties to (a sentence on who the contract serves). */
  continues?: number;
  /** "the contract", "l'accord", "Clearview's agreement": refers back to a contract already named. */
  definite: boolean;
  /** "Project Nimbus, a $1.2 billion contract": the named contract this mention describes. */
  named?: string;
  /** The frame that found it (see Fact.rule). */
  rule?: string;
  /** Parties the sentence names only through an anaphor, by entity id (see Fact.via). */
  via?: Record<string, Inferred>;
}

export interface ArticleInput {
  text: string;
  lang: Language;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entity: (id: string) => EntityRecord | undefined;
}

interface Frame {
  type: RelationType;
  sources: string[];
  targets: string[];
  /** Stated in the active voice, its source as the subject ("les Etats-Unis ont placé…"). */
  active: boolean;
}

const MAX_LEFT = 15;
const MAX_RIGHT = 10;
const VALUE_LOOKBEHIND = 40;
/** A party not introduced by "with", "via"… must follow the contract word closely ("awarded Anduril a contract"). */
const ADJACENT_PARTY = 4;
const CONTRACT_REACH = 30;
/** How many words a description may take between a party word and the name it introduces. */
const DESCRIPTION_REACH = 8;
const LOOKBACK_SENTENCES = 3;
const DETERMINERS = new Set([
  "le",
  "la",
  "les",
  "l'",
  "the",
  "a",
  "an",
  "un",
  "une",
  "des",
  "du",
  "de",
  "d'",
  "its",
  "their",
  "sa",
  "son",
  "ses",
  "leur",
  "leurs",
]);
const INDEFINITE = new Set(["a", "an", "un", "une", "another", "autre", "new", "nouveau", "nouvel", "nouvelle"]);
const PLURAL_CONTRACT = new Set(["contracts", "contrats", "deals", "agreements", "accords", "marches"]);
const DEFINITE = new Set(["the", "this", "that", "its", "their", "'s", "le", "la", "l'", "ce", "cet", "cette", "son", "sa", "leur"]);
/** Entity types that can relate without a trigger word: people (by their role) and named contracts (by their owner). */
const INTRINSIC = new Set<string>(["person", "contract"]);
const DASH = /[—–]/;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;

export function extractRelations(k: Knowledge, a: ArticleInput): { facts: Fact[]; contracts: ContractMention[] } {
  const facts: Fact[] = [];
  const contracts: ContractMention[] = [];
  const sentenceIndexAt = (offset: number) => Math.max(0, lastStartAtOrBefore(a.sentences, offset));
  const mentionIndex = new MentionIndex(a.mentions);
  const resolver = makeResolver(a.mentions, a.entity, (offset) => a.sentences[Math.max(0, sentenceIndexAt(offset) - LOOKBACK_SENTENCES)]?.start ?? 0);
  const allowed = (type: RelationType, side: "source" | "target", ids: string[]) =>
    ids.filter((id) => {
      const e = a.entity(id);
      return e !== undefined && (k.relationTypes[type]?.[side] ?? []).includes(e.type);
    });

  const isState = (id: string) => a.entity(id)?.type === "state";
  const isDescriptor = (norm: string) => k.discovery.nationalityOf.has(norm) || k.descriptors.has(norm);
  let previousFrames: Frame[] = [];
  /** The sources of the article's last active statement of each type (see article_issuer in relations.yaml). */
  const issuers = new Map<RelationType, string[]>();
  let previousContract: { index: number; paragraph: number } | undefined;
  /** The article's last contract mention: "the contract", "le contrat" with one party refers back to it. */
  let lastContract: number | undefined;
  let mi = 0;
  a.sentences.forEach((s) => {
    while (mi < a.mentions.length && a.mentions[mi]!.end <= s.start) mi++;
    let mj = mi;
    while (mj < a.mentions.length && a.mentions[mj]!.start < s.end) mj++;
    const mentions = a.mentions.slice(mi, mj);
    // Nothing named and nothing carried over: no relation can come out of this sentence.
    if (mentions.length === 0 && previousFrames.length === 0 && !previousContract) return;
    const items = sentenceItems(a.text, s.start, s.end, mentions, k.cues.clause_break[a.lang]);
    openColonEnumerations(items, k.cues.list_connectors[a.lang]);
    const triggers = k.triggers[a.lang].findAll(items);
    const nominalHeads = k.nominal[a.lang].heads.findAll(items);
    // Without a trigger, only a role ("X, PDG de Y"), a named contract's owner or a carried-over
    // contract can yield something: most sentences need no argument analysis at all.
    if (
      triggers.length === 0 &&
      nominalHeads.length === 0 &&
      !previousContract &&
      !mentions.some((m) => INTRINSIC.has(a.entity(m.entityId)?.type ?? "company"))
    ) {
      previousFrames = [];
      return;
    }
    const joinsClause = (i: number) => k.cues.clause_and[a.lang].matchAt(items, i)?.end === i + 1;
    const contractStarts = triggers.filter((t) => t.value.type === "contract").map((t) => t.start);
    const candidates = splitContractSubjects(
      items,
      namedClasses(
        items,
        findCandidates(
          k,
          a.lang,
          items,
          groupEntities(items, {
            connectors: k.cues.list_connectors[a.lang],
            roles: k.roles[a.lang],
            isDescriptor,
            isState,
            triggerStarts: new Set([...triggers, ...nominalHeads].map((t) => t.start)),
          }),
          a.entity,
        ),
        k.cues.list_openers[a.lang],
      ),
      contractStarts,
      joinsClause,
    );
    const cues = new SentenceCues(k, a.lang, items);
    const aside = asides(items, a.text);
    const relationalAside = new Set(triggers.map((t) => aside[t.start]!).filter((r) => r > 0));
    const mainTriggers = relationalAside.size ? triggers.filter((o) => aside[o.start] === 0) : triggers;
    const frames: Frame[] = [];
    let contractHere = false;
    // Two contracts in one sentence stay two: the second takes no name the first one used.
    const contractParties = new Set<string>();
    let usedTo = -1;
    /** The current trigger's arguments that the sentence names only through an anaphor, a class or a pronoun. */
    let inferred = new Map<string, Inferred>();
    const inferItems = (
      first: number,
      last: number,
      id: string,
      how: Inferred["how"],
      antecedent: { start: number; end: number } | undefined = mentionIndex.near(id, items[first]!.start),
    ) => {
      if (antecedent) inferred.set(id, inferredAt(a.text, items[first]!.start, items[last]!.end, antecedent, how));
    };

    const idsOf = (c: Candidate | undefined, exclude: string[]): string[] => {
      if (!c) return [];
      if (c.kind === "group") return c.entityIds;
      if (c.kind === "class") return [];
      const found = resolver.antecedent(c.anaphor!, items[c.first]!.start, exclude);
      if (!found) return [];
      inferItems(c.first, c.last, found.id, "anaphor", found);
      return [found.id];
    };
    const emit = (
      given: RelationType,
      sources: string[],
      targets: string[],
      reading: { status: Status; modality: Modality },
      trigger: string,
      rule: string,
      active = false,
      provenance: Pick<Fact, "rule" | "via"> = {},
    ): void => {
      // An investor that blacklists a company excludes it from its portfolio: a divestment, not a sanction.
      if (given === "sanction") {
        const investors = sources.filter((id) => a.entity(id)?.sectors.includes("investment"));
        if (investors.length) {
          emit("divestment", investors, targets, { ...reading, status: "ended" }, trigger, rule, active);
          sources = sources.filter((id) => !investors.includes(id));
          if (!sources.length) return;
        }
      }
      // "the IDF’s involvement in Project Nimbus": any link to a named contract makes its source a party.
      const type: RelationType = targets.some((id) => a.entity(id)?.type === "contract") && given !== "criticism" ? "contract" : given;
      const src = allowed(type, "source", sources);
      const tgt = allowed(type, "target", targets);
      for (const source of src) {
        for (const target of tgt) {
          if (source === target) continue;
          const via = {
            ...(inferred.has(source) ? { source: inferred.get(source)! } : {}),
            ...(inferred.has(target) ? { target: inferred.get(target)! } : {}),
          };
          facts.push({
            type,
            source,
            target,
            ...reading,
            start: s.start,
            end: s.end,
            trigger,
            rule,
            ...(via.source || via.target ? { via } : {}),
            ...provenance,
          });
        }
      }
      if (src.length && tgt.length) frames.push({ type, sources: src, targets: tgt, active });
      if (src.length && tgt.length && active) issuers.set(type, src);
    };

    let subject: { candidate: Candidate; clauseStart: number } | undefined;
    triggers.forEach((t) => {
      inferred = new Map();
      const clause = clauseAround(items, t);
      // A trigger of the main clause looks past asides that state their own relation ("Anduril—a firm backed
      // by Peter Thiel—has landed contracts"): their triggers bound nothing and their names are no arguments.
      const main = aside[t.start] === 0;
      const peers = main ? mainTriggers : triggers;
      const at = peers.indexOf(t);
      const leftBound = Math.max(clause.start, at > 0 ? peers[at - 1]!.end : 0);
      const rightBound = Math.min(clause.end, peers[at + 1]?.start ?? items.length);
      const usable = (c: Candidate) => !c.attributed && !(main && relationalAside.has(aside[c.first]!));
      let left = candidates.findLast((c) => usable(c) && c.last < t.start && c.first >= leftBound && t.start - c.last <= MAX_LEFT && !c.locative);
      // "Israël utilise ces outils, collaborant avec Google": a second verb shares the first one's subject.
      const shared = !left && t.value.dir !== "passive" && subject !== undefined && subject.clauseStart === clause.start;
      if (shared) left = subject!.candidate;
      if (t.value.dir !== "passive" && left) subject = { candidate: left, clauseStart: clause.start };
      // "Il annonce…", "It supplies…": a pronoun subject continues the previous sentence's active subject.
      const pronounSubject = !left && t.value.dir !== "passive" && cues.has("subject_pronouns", Math.max(leftBound, t.start - 3), t.start);
      const continued = pronounSubject ? previousFrames.find((f) => f.active)?.sources : undefined;
      if (continued) {
        const pronoun = cues.first("subject_pronouns", Math.max(leftBound, t.start - 3), t.start);
        for (const id of continued) inferItems(pronoun, pronoun, id, "subject");
      }
      const rightAll = candidates.filter((c) => usable(c) && c.first >= t.end && (c.first === t.end || !c.locative));
      // "… utilisés dans les territoires occupés par Israël": a name inside a place phrase is no argument.
      const right = rightAll.find((c) => c.last < rightBound && c.first - t.end <= (t.value.reach ?? MAX_RIGHT) && !cues.has("place_break", t.end, c.first));
      const reading = readCues(k, a.lang, items, cues, t, clause);
      if (reading.negated) return;
      const triggerText = a.text.slice(items[t.start]!.start, items[t.end - 1]!.end);
      const { dir } = t.value;
      // "bought Muslim Pro's data", "acquired Palantir's software": what is bought is the owner's product, so a client.
      const type: RelationType =
        t.value.type === "ownership" && dir === "forward" && right && items[right.last + 1]?.norm === "'s" ? "client_of" : t.value.type;

      if (type === "contract") {
        // The clause's subject and the name nearest before the contract word ("Palantir won a $480 million Army contract").
        // Never across another trigger: "X accused Google over its contract with…" does not make X a party.
        const from = Math.max(leftBound, usedTo + 1);
        const nearest = candidates.findLast((c) => usable(c) && c.last < t.start && c.first >= from && !c.locative);
        const first = candidates.find((c) => usable(c) && c.kind === "group" && c.last < t.start && c.first >= from && !c.locative);
        const subjectIds = allowed("contract", "source", [...new Set([...idsOf(first, []), ...idsOf(nearest, [])])]);
        // Parties on the right: the first name after the contract word, and those that "with", "via"… introduce;
        // they stop at an attribution ("…, according to a WIRED review").
        const attributionAt = cues.first("attribution_before", t.end);
        const attribution = attributionAt < 0 ? items.length : attributionAt;
        const introduced = (c: Candidate) => {
          let p = c.first - 1;
          while (p > t.end && (DETERMINERS.has(items[p]!.norm ?? "") || items[p]!.norm === "'s" || possessorAt(items, p, isState))) p--;
          if (p >= t.end && k.cues.contract_party[a.lang].matchAt(items, p)) return true;
          // "with Israeli commercial spyware vendor Paragon Solutions", "to both established aerospace giant Airbus…",
          // "attribué au fabricant d'armes israélien, Elbit": a description with a describing noun stands between
          // the party word (maybe the trigger's own last word) and the name.
          let described = false;
          for (let q = c.first - 1; q >= Math.max(t.end - 1, c.first - DESCRIPTION_REACH); q--) {
            const it = items[q]!;
            if (it.entityId || it.blocksGap) return false;
            if (described && k.cues.contract_party[a.lang].matchAt(items, q)) return true;
            if (isDescriptor(it.norm ?? "")) described = true;
          }
          return false;
        };
        const others = new Set<string>();
        let lastUsed = t.end;
        const nextContract = partiesEnd(contractStarts, candidates, t.end, items.length, joinsClause);
        rightAll
          .filter((c) => c.first - t.end <= CONTRACT_REACH && c.last < Math.min(clause.end, attribution, nextContract))
          .forEach((c, n) => {
            if ((n === 0 && c.first - t.end <= ADJACENT_PARTY) || introduced(c)) {
              for (const id of idsOf(c, [...subjectIds])) others.add(id);
              lastUsed = Math.max(lastUsed, c.last);
            }
          });
        const counterparts = allowed("contract", "source", [...others]).filter((id) => !subjectIds.includes(id));
        const plural = PLURAL_CONTRACT.has(items[t.end - 1]!.norm ?? "");
        const named = namedContract(items, t.start, t.end, (id) => a.entity(id)?.type === "contract");
        // "awarded contracts to Airbus and Helsing": one contract each.
        const sets =
          plural && subjectIds.length > 0 && counterparts.length > 1 ? counterparts.map((c) => [...subjectIds, c]) : [[...subjectIds, ...counterparts]];
        const definite = isDefinite(items, t.start);
        for (const parties of sets) {
          // One party is enough for a contract the text names, or one it refers back to ("the deal was extended with X").
          // (A party some contract already has joins that one in stage 8; another joins the article's last contract.)
          const known = contracts.some((m) => m.parties.includes(parties[0]!));
          const refersBack = parties.length === 1 && definite && !named && lastContract !== undefined;
          const continues = refersBack && !known ? lastContract : undefined;
          const enough = parties.length >= 2 || (parties.length === 1 && named !== undefined) || refersBack;
          if (!enough || (contractHere && parties.some((p) => contractParties.has(p)))) continue;
          // The value often stands just before the contract word ("a $1.2 billion contract").
          const tail = a.text.slice(Math.max(s.start, items[t.start]!.start - VALUE_LOOKBEHIND), s.end);
          const value = sets.length === 1 ? parseMoney(tail, k.money) : undefined;
          const year = YEAR.exec(a.text.slice(s.start, s.end))?.[0];
          contracts.push({
            parties: [...new Set(parties)].sort(),
            start: s.start,
            end: s.end,
            status: reading.status,
            modality: reading.modality,
            kind: /accord|agreement|deal/i.test(triggerText) ? "agreement" : "contract",
            trigger: triggerText,
            triggerStart: items[t.start]!.start,
            triggerEnd: items[t.end - 1]!.end,
            definite,
            ...(continues !== undefined ? { continues } : {}),
            ...(named ? { named } : {}),
            rule: "contract-party",
            ...(parties.some((id) => inferred.has(id))
              ? { via: Object.fromEntries(parties.filter((id) => inferred.has(id)).map((id) => [id, inferred.get(id)!])) }
              : {}),
            ...(value ? { value } : {}),
            ...(year ? { date: year } : {}),
          });
          previousContract = { index: contracts.length - 1, paragraph: s.paragraph };
          if (!refersBack) lastContract = contracts.length - 1;
          for (const p of parties) contractParties.add(p);
          usedTo = lastUsed;
        }
        if (contracts.length && contracts[contracts.length - 1]!.start === s.start) contractHere = true;
        return;
      }

      // A purpose clause ("… pour fournir", "… to provide") shares the main clause's subject.
      const purpose = k.cues.purpose[a.lang].findAll(items.slice(Math.max(0, t.start - 2), t.start)).some((m) => m.end === Math.min(2, t.start));
      const mainFrame = purpose ? frames[frames.length - 1] : undefined;

      let sources: string[] = [];
      let targets: string[] = [];
      // The frame's id for provenance: the trigger's direction, or the inference that supplied an argument.
      let rule = shared
        ? "shared-subject"
        : continued
          ? "pronoun-subject"
          : mainFrame && dir === "forward"
            ? "purpose-clause"
            : `pattern-${dir.replace("_", "-")}`;
      const leftIds = () => idsOf(left, idsOf(right, []));
      const rightIds = () => idsOf(right, idsOf(left, []));
      switch (dir) {
        case "forward":
          // "ICE hired Palantir to build…", "a choisi Palantir pour équiper…": the one chosen does it.
          sources = mainFrame ? (mainFrame.type === "client_of" ? mainFrame.targets : mainFrame.sources) : (continued ?? leftIds());
          targets = rightIds();
          break;
        case "passive":
          sources = rightIds();
          targets = leftIds();
          break;
        case "reciprocal":
          if (right) [sources, targets] = [leftIds(), rightIds()];
          else {
            pairsWithin(leftIds(), (x, y) => emit(type, [x], [y], reading, triggerText, rule));
            return;
          }
          break;
        case "between":
          pairsWithin(rightIds(), (x, y) => emit(type, [x], [y], reading, triggerText, rule));
          return;
        case "possessive": {
          const owner = candidates.findLast((c) => usable(c) && c.kind === "group" && c.first >= clause.start && c.last < t.start && !c.locative);
          sources = idsOf(owner, []);
          targets = rightIds();
          break;
        }
        case "joint": {
          const owners = leftIds();
          pairsWithin(owners, (x, y) => emit("partnership", [x], [y], reading, triggerText, rule));
          sources = owners;
          targets = rightIds();
          break;
        }
        case "subject_left": {
          // The subject is never a place ("le fonds de pension de l'Église méthodiste aux États-Unis … s'est désengagé").
          const subject = candidates.find((c) => usable(c) && c.kind === "group" && c.first >= clause.start && c.last < t.start && !c.locative);
          sources = idsOf(subject, []);
          targets = left && left !== subject ? leftIds() : [];
          break;
        }
        case "inverted":
          if (left) [sources, targets] = [leftIds(), rightIds()];
          else {
            const second = rightAll.find((c) => right && c.first > right.last);
            [sources, targets] = [idsOf(second, []), rightIds()];
          }
          break;
      }
      // "… pour fournir des données": the partner is the recipient — unless a place is ("to sell software in Japan").
      if (mainFrame && mainFrame.type !== "client_of" && targets.length === 0 && !cues.has("place_break", t.end, clause.end)) {
        targets = mainFrame.targets;
        rule = "purpose-clause";
      }
      // A sanction of "plusieurs entreprises chinoises" reaches the Chinese companies the article names.
      let classTargets: Candidate | undefined;
      if (targets.length === 0 && k.relationTypes[type]?.resolve_classes) {
        const zone = dir === "passive" ? (c: Candidate) => c.last < t.start && c.first >= leftBound : (c: Candidate) => c.first >= t.end && c.last < rightBound;
        const cls = candidates.find((c) => c.kind === "class" && zone(c));
        if (cls) {
          targets = resolver.members(cls.country!);
          classTargets = cls;
          for (const id of targets) inferItems(cls.first, cls.last, id, "list");
          rule = "class-members";
        }
      }
      // "L'entreprise fournit une technologie…": the recipient carries over from the previous sentence.
      if (targets.length === 0 && sources.length > 0) {
        const carried = previousFrames.find((f) => sameFamily(f.type, type) && f.sources.some((x) => sources.includes(x)));
        if (carried) {
          targets = carried.targets;
          rule = "carried-recipient";
        }
      }
      // "… la même liste noire que celle où est inscrit Huawei": the issuer named as the subject of the previous sentence.
      if (sources.length === 0 && targets.length > 0) {
        const carried = previousFrames.find((f) => f.type === type && f.active);
        if (carried) sources = carried.sources;
        else if (k.relationTypes[type]?.article_issuer) sources = issuers.get(type) ?? [];
        if (sources.length) rule = carried ? "carried-subject" : "article-issuer";
      }
      const active = (dir === "forward" && Boolean(left)) || dir === "subject_left";
      // Members of an unnamed class are no named argument: each is recorded as inferred from the class words.
      if (classTargets) for (const id of targets) emit(type, sources, [id], reading, triggerText, rule, active, classMember(a, items, classTargets, id));
      else emit(type, sources, targets, reading, triggerText, rule, active);
    });

    const nominalEndpoints = makeEndpoints(a, items, candidates, resolver);
    for (const f of nominalFacts(
      { lex: k.nominal[a.lang], text: a.text, items, candidates, triggerAt: coveredBy(triggers, items.length), ...nominalEndpoints },
      nominalHeads,
    )) {
      const reading = readCues(k, a.lang, items, cues, { ...f.head, value: { type: f.type, dir: "forward", source: "" } }, clauseAround(items, f.head));
      if (reading.negated) continue;
      const headText = a.text.slice(items[f.head.start]!.start, items[f.head.end - 1]!.end);
      for (const x of f.sources) for (const y of f.targets) emit(f.type, [x.id], [y.id], reading, headText, f.rule, false, { rule: f.rule, ...viaOf(x, y) });
    }

    // "Google and Amazon’s Project Nimbus": the owners of a named contract are its parties.
    items.forEach((item, i) => {
      const owned = items[i + 2]?.entityId;
      if (!item.entityId || items[i + 1]?.norm !== "'s" || !owned || a.entity(owned)?.type !== "contract") return;
      const owners = [item.entityId];
      for (let j = i - 1; j >= 0 && (items[j]!.entityId || k.cues.list_connectors[a.lang].matchAt(items, j)); j--) {
        if (items[j]!.entityId) owners.push(items[j]!.entityId!);
      }
      inferred = new Map();
      emit("contract", owners, [owned], { status: "active", modality: "asserted" }, "'s", "contract-owner");
    });

    for (const link of roleLinks(k, a.lang, items, a.entity, (i) => resolver.owner(items[i]!.start))) {
      // "l'ancien PDG de X", "former CEO", "ex-directeur": the role, and so the membership, is over.
      const ex = items[link.roleAt - 1]?.norm === "-" && items[link.roleAt - 2]?.norm === "ex";
      const status: Status = ex || cues.has("ended", link.roleAt - 2, link.roleAt) ? "ended" : "active";
      const p = link.possessiveAt;
      const antecedent = p === undefined ? undefined : mentionIndex.near(link.organisation, items[p]!.start);
      facts.push({
        type: "member_of",
        source: link.person,
        target: link.organisation,
        status,
        modality: "asserted",
        start: s.start,
        end: s.end,
        trigger: link.role,
        rule: "role",
        ...(antecedent ? { via: { target: inferredAt(a.text, items[p!]!.start, items[p!]!.end, antecedent, "anaphor") } } : {}),
      });
    }

    // "L'objectif est de … pour le GCHQ, le MI5 et le MI6": who the previous sentence's contract serves.
    if (!contractHere && previousContract && previousContract.paragraph === s.paragraph && cues.has("contract_purpose", 0, items.length)) {
      const served = allowed(
        "contract",
        "source",
        candidates.filter((c) => c.kind === "group" && !c.attributed).flatMap((c) => c.entityIds),
      ).filter((id) => a.entity(id)?.type !== "company");
      if (served.length) {
        const reading = readCues(
          k,
          a.lang,
          items,
          cues,
          { start: 0, end: 1, value: { type: "contract", dir: "forward", source: "" } },
          { start: 0, end: items.length },
        );
        contracts.push({
          parties: served.sort(),
          start: s.start,
          end: s.end,
          status: "active",
          modality: reading.modality,
          kind: "contract",
          trigger: "",
          triggerStart: s.start,
          triggerEnd: s.end,
          continues: previousContract.index,
          definite: true,
          rule: "contract-purpose",
        });
      }
    }
    if (!contractHere && previousContract && previousContract.paragraph !== s.paragraph) previousContract = undefined;
    previousFrames = frames;
  });
  return { facts, contracts };
}

/**
 * Asides between paired dashes ("Anduril Industries—a firm backed by Peter Thiel—has landed…"), numbered
 * from 1 per item; 0 is the main clause. Hyphens inside words are no dashes.
 */
function asides(items: readonly Item[], text: string): Int32Array {
  const region = new Int32Array(items.length);
  if (items.length === 0 || !DASH.test(text.slice(items[0]!.start, items[items.length - 1]!.end))) return region;
  const dashes: number[] = [];
  items.forEach((it, i) => {
    if (!it.isWord && DASH.test(text[it.start] ?? "")) dashes.push(i);
  });
  for (let d = 0, id = 1; d + 1 < dashes.length; d += 2, id++) {
    for (let i = dashes[d]! + 1; i < dashes[d + 1]!; i++) region[i] = id;
  }
  return region;
}

/** "the one-year contract", "Paragon’s contract": a determiner before the contract word, over a few adjectives. */
function isDefinite(items: readonly Item[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 5); i--) {
    const norm = items[i]!.norm;
    if (norm === null || INDEFINITE.has(norm)) return false;
    if (DEFINITE.has(norm)) return true;
  }
  return false;
}

/** Relations that hand something over: a recipient named for one carries to the next ("… fournit une technologie"), a sanctioned one does not. */
const TRADE = new Set<RelationType>(["supplies", "client_of", "contract", "partnership"]);
const sameFamily = (a: RelationType, b: RelationType) => a === b || (TRADE.has(a) && TRADE.has(b));

function clauseAround(items: readonly Item[], t: { start: number; end: number }): { start: number; end: number } {
  let start = t.start;
  while (start > 0 && !items[start - 1]!.blocksGap) start--;
  let end = t.end;
  while (end < items.length && !items[end]!.blocksGap) end++;
  return { start, end };
}

function pairsWithin(ids: string[], each: (a: string, b: string) => void): void {
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) each(ids[i]!, ids[j]!);
}
