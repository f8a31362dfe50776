// The state the relation stage keeps: across the article (facts so far, the previous sentence's
// frames, the last contract, each type's issuer) and within one sentence (its items, triggers,
// argument candidates, cues and asides, and what its triggers have used so far).
import type { RelationType } from "../../model";
import type { Mention } from "../entities";
import type { Knowledge, Trigger } from "../knowledge";
import { lastStartAtOrBefore } from "../text/bisect";
import type { PatternMatch, PosAt } from "../text/patterns";
import type { Sentence } from "../stages/03-segment";
import { lazyPosAt } from "./pos-lookup";
import { findCandidates, makeResolver, type Candidate, type Resolver } from "./arguments";
import { analyseSentence } from "../grammar";
import { asides } from "./clause";
import { clauseArgLexicon, clauseArgs, mayNeedClauses, type ClauseArgs } from "./clause-args";
import { mayCoMention } from "./fallback-comention";
import { splitContractSubjects } from "./contracts";
import { SentenceCues } from "./cues";
import type { ArticleInput, ContractMention, Fact, Frame } from "./facts";
import { MentionIndex, type Inferred } from "./inferred";
import { groupEntities, sentenceItems, type Item } from "./items";
import { namedClasses, openColonEnumerations } from "./lists";
import { namesDelivery, type ProductMention } from "./products";
import type { ClientTie } from "./products-clients";
import type { NominalFrame } from "./nominal-lexicon";

const LOOKBACK_SENTENCES = 3;
/** Entity types that can relate without a trigger word: people (by their role) and named contracts (by their owner). */
const INTRINSIC = new Set<string>(["person", "contract"]);

export interface ArticleRun {
  k: Knowledge;
  a: ArticleInput;
  facts: Fact[];
  contracts: ContractMention[];
  mentionIndex: MentionIndex;
  resolver: Resolver;
  /** The ids whose entity type the relation type admits on that side. */
  allowed: (type: RelationType, side: "source" | "target", ids: string[]) => string[];
  isState: (id: string) => boolean;
  isDescriptor: (norm: string) => boolean;
  previousFrames: Frame[];
  /** The sources of the article's last active statement of each type (see article_issuer in relations.yaml). */
  issuers: Map<RelationType, string[]>;
  /** The relation types whose triggers the article's earlier sentences hold: what a trigger that refers back needs. */
  typesStated: Set<RelationType>;
  previousContract?: { index: number; paragraph: number };
  /** The article's last contract mention: "the contract", "le contrat" with one party refers back to it. */
  lastContract?: number;
  /** Product mentions by start: the words stand for their maker (relations/products.ts). */
  products?: ReadonlyMap<number, ProductMention>;
  /** Product nouns the article ties to one client ("the kits" after "ZEC … receive the BVR kits"). */
  productClients?: ReadonlyMap<string, ClientTie>;
}

export interface SentenceContext {
  run: ArticleRun;
  s: Sentence;
  items: Item[];
  triggers: PatternMatch<Trigger>[];
  nominalHeads: PatternMatch<NominalFrame>[];
  candidates: Candidate[];
  contractStarts: number[];
  joinsClause: (i: number) => boolean;
  cues: SentenceCues;
  /** Per item, the dash aside it stands in (0: the main clause). */
  aside: Int32Array;
  /** Asides that hold a trigger of their own. */
  relationalAside: Set<number>;
  /** The triggers outside relational asides (all of them when there is none). */
  mainTriggers: PatternMatch<Trigger>[];
  frames: Frame[];
  contractHere: boolean;
  /** Two contracts in one sentence stay two: the second takes no name the first one used. */
  contractParties: Set<string>;
  usedTo: number;
  /** The current trigger's arguments that the sentence names only through an anaphor, a class or a pronoun. */
  inferred: Map<string, Inferred>;
  /** The last active subject in the sentence: a second verb of its clause shares it. */
  subject?: { candidate: Candidate; clauseStart: number };
  /** The sentence's clauses, read only when it holds a trigger: which names each trigger may take. */
  scope?: ClauseArgs;
  /** Each item's part of speech; the sentence is tagged the first time one is asked. */
  posAt: PosAt;
}

export function startArticle(k: Knowledge, a: ArticleInput): ArticleRun {
  const sentenceIndexAt = (offset: number) => Math.max(0, lastStartAtOrBefore(a.sentences, offset));
  return {
    k,
    a,
    facts: [],
    contracts: [],
    mentionIndex: new MentionIndex(a.mentions),
    resolver: makeResolver(a.mentions, a.entity, (offset) => a.sentences[Math.max(0, sentenceIndexAt(offset) - LOOKBACK_SENTENCES)]?.start ?? 0),
    allowed: (type, side, ids) =>
      ids.filter((id) => {
        const e = a.entity(id);
        return e !== undefined && (k.relationTypes[type]?.[side] ?? []).includes(e.type);
      }),
    isState: (id) => a.entity(id)?.type === "state",
    isDescriptor: (norm) => k.discovery.nationalityOf.has(norm) || k.descriptors.has(norm),
    previousFrames: [],
    issuers: new Map(),
    typesStated: new Set(),
  };
}

/**
 * The sentence read for relations, or undefined when nothing can come out of it: no trigger, and
 * neither a role, a named contract's owner nor a carried-over contract (most sentences).
 */
export function readSentence(run: ArticleRun, s: Sentence, mentions: readonly Mention[]): SentenceContext | undefined {
  const { k, a } = run;
  const items = sentenceItems(a.text, s.start, s.end, mentions, k.cues.clause_break[a.lang]);
  openColonEnumerations(items, k.cues.list_connectors[a.lang]);
  const posAt = lazyPosAt(a.text, s.start, s.end, a.lang, items);
  // A trigger that refers back ("to the list") counts once an earlier sentence has one of its type.
  const triggers = k.triggers[a.lang].findAll(items, posAt).filter((t) => !t.value.refersBack || run.typesStated.has(t.value.type));
  for (const t of triggers) if (!t.value.refersBack) run.typesStated.add(t.value.type);
  const nominalHeads = k.nominal[a.lang].heads.findAll(items);
  if (
    triggers.length === 0 &&
    nominalHeads.length === 0 &&
    !run.previousContract &&
    !mentions.some((m) => INTRINSIC.has(a.entity(m.entityId)?.type ?? "company") || run.products?.has(m.start)) &&
    !namesDelivery(k, a.lang, items) &&
    !mayCoMention(k, a.lang, items, mentions.length)
  ) {
    return undefined;
  }
  const joinsClause = (i: number) => k.cues.clause_and[a.lang].matchAt(items, i)?.end === i + 1;
  const contractStarts = triggers.filter((t) => t.value.type === "contract").map((t) => t.start);
  const candidates = splitContractSubjects(items, sentenceCandidates(run, items, triggers, nominalHeads, posAt), contractStarts, joinsClause);
  const lex = clauseArgLexicon(k, a.lang);
  const triggerStarts = new Set(triggers.map((t) => t.start));
  // A co-mention guess has no trigger to bound it: its sentence's reporting sources are always looked for.
  const coMention = triggers.length === 0 && mayCoMention(k, a.lang, items, mentions.length);
  const scope =
    (triggers.length && mayNeedClauses(items, candidates, lex, triggerStarts)) || coMention
      ? sentenceScope(run, s, items, candidates, triggerStarts)
      : undefined;
  const aside = asides(items, a.text);
  const relationalAside = new Set(triggers.map((t) => aside[t.start]!).filter((r) => r > 0));
  return {
    run,
    s,
    items,
    triggers,
    nominalHeads,
    candidates,
    contractStarts,
    joinsClause,
    cues: new SentenceCues(k, a.lang, items),
    aside,
    relationalAside,
    mainTriggers: relationalAside.size ? triggers.filter((o) => aside[o.start] === 0) : triggers,
    frames: [],
    contractHere: false,
    contractParties: new Set(),
    usedTo: -1,
    inferred: new Map(),
    ...(scope ? { scope } : {}),
    posAt,
  };
}

/** The clause analysis of a sentence with triggers; its reporting sources ("X reported that…", "selon X") are set apart like attributions. */
function sentenceScope(run: ArticleRun, s: Sentence, items: Item[], candidates: Candidate[], triggerStarts: ReadonlySet<number>): ClauseArgs {
  const { k, a } = run;
  const analysis = analyseSentence(a.text, s.start, s.end, a.lang);
  const scope = clauseArgs(a.text, analysis, items, candidates, clauseArgLexicon(k, a.lang), triggerStarts);
  for (const c of candidates) if (scope.reporter(c)) c.attributed = true;
  return scope;
}

/** Entity lists, anaphors and classes that may stand as arguments. */
function sentenceCandidates(
  run: ArticleRun,
  items: Item[],
  triggers: readonly PatternMatch<Trigger>[],
  nominalHeads: readonly PatternMatch<NominalFrame>[],
  posAt: PosAt,
): Candidate[] {
  const { k, a } = run;
  // A trigger read as a noun by the tagger ("the company supplies") continues no description.
  const triggerStarts = new Set(triggers.map((t) => t.start));
  const groups = groupEntities(items, {
    connectors: k.cues.list_connectors[a.lang],
    roles: k.roles[a.lang],
    isDescriptor: run.isDescriptor,
    isState: run.isState,
    triggerStarts: new Set([...triggers, ...nominalHeads].map((t) => t.start)),
    isOf: (i) => k.nominal[a.lang].slots.matchAt(items, i)?.value === "of",
  });
  return namedClasses(
    items,
    findCandidates(k, a.lang, items, groups, a.entity, (i) => (triggerStarts.has(i) ? undefined : posAt(i))),
    k.cues.list_openers[a.lang],
    k.cues.class_nouns[a.lang],
  );
}
