// Stage 9: one graph for the corpus. One node per entity, one edge per (source, type, target)
// holding all its evidence from every article; symmetric types store sorted endpoints; the
// article pairs that translate each other are linked. Output is sorted and deterministic.
import { SYMMETRIC_RELATIONS, SCHEMA_VERSION, type ArticleMeta, type Evidence, type Graph, type GraphEdge, type GraphNode, type Status } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import type { Fact } from "./07-relations";
import type { ContractNode } from "./08-contracts";
import { endpointNaming, spansByEntity } from "../provenance";

export interface ArticleResult {
  meta: ArticleMeta;
  text: string;
  mentions: Mention[];
  facts: Fact[];
  contracts: ContractNode[];
}

const STATUS_RANK: Record<Status, number> = { ended: 2, active: 1, planned: 0 };
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byPlace = (x: { articleId: string; start: number }, y: { articleId: string; start: number }) => byString(x.articleId, y.articleId) || x.start - y.start;

/** Mentions arrive in article and text order almost always: checking is cheaper than sorting. */
function sortUnlessSorted<T>(list: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1]!, list[i]!) > 0) {
      list.sort(compare);
      return;
    }
  }
}

type Span = GraphNode["mentions"][number];

/** What one article added to the graph: its mentions on nodes and its passages on edges (no later article changes them). */
export interface MergedParts {
  mentions: Span[];
  evidence: Evidence[];
}

export interface MergeOptions {
  /** A rule's precision on the tune set (data/rule-confidence.json); undefined for a rule never measured. */
  confidenceOf?: (rule: string) => number | undefined;
  /** Counts what the merge left out: passages that name neither end of their relation and infer neither. */
  dropped?: { unnamed: number };
}

export function merge(articles: readonly ArticleResult[], entity: (id: string) => EntityRecord | undefined, options: MergeOptions = {}): Graph {
  const merging = merger(entity, options);
  for (const a of articles) merging.add(a);
  return merging.graph(articles);
}

/**
 * The merge one article at a time, in corpus order, so that a run can merge each article as soon
 * as the ones before it are related (the parallel run does it while the workers relate the rest);
 * `graph` then sorts, checks the edges' ends and links translations. Adding the articles in order
 * gives the same graph as `merge`.
 */
export function merger(
  entity: (id: string) => EntityRecord | undefined,
  options: MergeOptions = {},
): { add(a: ArticleResult): MergedParts; graph(articles: readonly ArticleResult[]): Graph } {
  const nodes = new Map<string, GraphNode>();
  const nodeFor = (record: EntityRecord): GraphNode => {
    let node = nodes.get(record.id);
    if (!node) {
      node = {
        id: record.id,
        label: record.label,
        type: record.type,
        country: record.country,
        sectors: [...record.sectors].sort(),
        aliases: [...new Set(record.forms)].sort(byString),
        curated: record.curated,
        mentions: [],
        attributes: record.cue && !record.curated && record.type !== "contract" ? { cue: record.cue } : {},
      };
      nodes.set(record.id, node);
    }
    return node;
  };
  const edges = new Map<string, GraphEdge>();

  const add = (a: ArticleResult): MergedParts => {
    const parts: MergedParts = { mentions: [], evidence: [] };
    const mention = (node: GraphNode, span: Span) => {
      node.mentions.push(span);
      parts.mentions.push(span);
    };
    // A passage is one per article: the map of those already stated lives as long as the article's loop.
    const evidenceByKey = new Map<string, Evidence>();
    for (const m of a.mentions) {
      const record = entity(m.entityId);
      if (record) mention(nodeFor(record), { articleId: a.meta.id, start: m.start, end: m.end });
    }
    for (const c of a.contracts) {
      const node = nodeFor(c.record);
      node.attributes = { ...c.attributes, ...node.attributes };
      for (const m of c.mentions) mention(node, { articleId: a.meta.id, ...m });
    }
    const spans = spansByEntity([...a.mentions, ...a.contracts.flatMap((c) => c.mentions.map((m) => ({ entityId: c.record.id, ...m })))]);
    for (const f of a.facts) {
      const record = entity(f.source);
      // A passage that names neither end is about something else: it cannot show why these two are linked.
      const naming = endpointNaming(f, f.source, f.target, (id) => spans.get(id));
      if (naming.source === "missing" && naming.target === "missing") {
        if (options.dropped) options.dropped.unnamed++;
        continue;
      }
      const swap = SYMMETRIC_RELATIONS.has(f.type) && f.target < f.source;
      const [source, target] = swap ? [f.target, f.source] : [f.source, f.target];
      if (!record && !nodes.has(source)) continue;
      const id = `${source}|${f.type}|${target}`;
      let edge = edges.get(id);
      if (!edge) {
        edge = { id, source, target, type: f.type, status: f.status, evidence: [] };
        edges.set(id, edge);
      }
      if (STATUS_RANK[f.status] > STATUS_RANK[edge.status]) edge.status = f.status;
      // One passage states an edge once; asserted wins over alleged when two triggers in it disagree.
      const key = `${id}\u0000${f.start}`;
      const seen = evidenceByKey.get(key);
      const confidence = f.rule === undefined ? undefined : options.confidenceOf?.(f.rule);
      if (!seen) {
        const ev: Evidence = { articleId: a.meta.id, start: f.start, end: f.end, quote: a.text.slice(f.start, f.end), modality: f.modality };
        if (f.trigger) ev.trigger = f.trigger;
        stampProvenance(ev, f, swap, confidence);
        edge.evidence.push(ev);
        parts.evidence.push(ev);
        evidenceByKey.set(key, ev);
      } else {
        if (f.modality === "asserted") seen.modality = "asserted";
        // Two frames read the same passage: it is as trustworthy as the surer of them.
        if (confidence !== undefined && confidence > (seen.confidence ?? -1)) {
          if (f.trigger) seen.trigger = f.trigger;
          stampProvenance(seen, f, swap, confidence);
        }
      }
    }
    return parts;
  };
  return { add, graph: (articles) => finishGraph(nodes, edges, articles, nodeFor, entity) };
}

function finishGraph(
  nodes: Map<string, GraphNode>,
  edges: Map<string, GraphEdge>,
  articles: readonly ArticleResult[],
  nodeFor: (record: EntityRecord) => GraphNode,
  entity: (id: string) => EntityRecord | undefined,
): Graph {
  // An edge needs both endpoints as nodes (contract nodes and discovered ones included).
  for (const e of edges.values()) {
    for (const id of [e.source, e.target]) {
      if (!nodes.has(id)) {
        const record = entity(id);
        if (record) nodeFor(record);
      }
    }
  }
  const validEdges = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  for (const n of nodes.values()) sortUnlessSorted(n.mentions, byPlace);
  for (const e of validEdges) sortUnlessSorted(e.evidence, byPlace);

  return {
    schemaVersion: SCHEMA_VERSION,
    articles: linkTranslations(articles).sort((x, y) => byString(x.id, y.id)),
    nodes: [...nodes.values()].sort((x, y) => byString(x.id, y.id)),
    edges: validEdges.sort((x, y) => byString(x.id, y.id)),
  };
}

/** The fact's rule, its confidence and its inferred ends, in the edge's orientation (symmetric edges sort their ends). */
function stampProvenance(ev: Evidence, f: Fact, swap: boolean, confidence: number | undefined): void {
  if (f.rule) ev.rule = f.rule;
  if (confidence !== undefined) ev.confidence = confidence;
  else delete ev.confidence;
  const source = swap ? f.via?.target : f.via?.source;
  const target = swap ? f.via?.source : f.via?.target;
  if (source || target) ev.via = { ...(source ? { source } : {}), ...(target ? { target } : {}) };
  else delete ev.via;
}

/**
 * Two articles in different languages that name nearly the same entities, with similar
 * lengths, are one article and its translation (unless front matter already says so).
 */
export function linkTranslations(articles: readonly ArticleResult[], work: { pairs: number } = { pairs: 0 }): ArticleMeta[] {
  const metas = articles.map((a) => ({ ...a.meta }));
  // Entity sets as sorted number arrays: a pair is compared by one merge walk, and pairs whose sizes
  // alone rule out 70 % overlap are never walked.
  // Entities are numbered rarest first, so that the prefixes below hold the rare ones and an
  // entity every article names does not bring every pair together.
  const named = articles.map((a) => [...new Set(a.mentions.map((m) => m.entityId))]);
  const articlesNaming = new Map<string, number>();
  for (const ids of named) for (const id of ids) articlesNaming.set(id, (articlesNaming.get(id) ?? 0) + 1);
  const idNumber = new Map([...articlesNaming.entries()].sort((x, y) => x[1] - y[1] || byString(x[0], y[0])).map(([id], n) => [id, n]));
  const sets = named.map((ids) => ids.map((id) => idNumber.get(id)!).sort((x, y) => x - y));
  const byId = new Map(metas.map((m) => [m.id, m]));
  for (const m of metas)
    if (m.translationOf && byId.get(m.translationOf) && !byId.get(m.translationOf)!.translationOf) byId.get(m.translationOf)!.translationOf = m.id;
  const candidates: { i: number; j: number; score: number }[] = [];
  const lengthOf = articles.map((a) => a.text.length);
  // Only pairs that could pass — other language, sizes within 70 %, lengths within 0.6–1.6 — are walked.
  const compare = (i: number, j: number) => {
    const a = sets[i]!;
    const b = sets[j]!;
    if (Math.min(a.length, b.length) < 0.7 * Math.max(a.length, b.length)) return;
    const ratio = lengthOf[i]! / lengthOf[j]!;
    if (ratio < 0.6 || ratio > 1.6) return;
    work.pairs++;
    let shared = 0;
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] === b[y]) shared++, x++, y++;
      else if (a[x]! < b[y]!) x++;
      else y++;
    }
    const score = shared / (a.length + b.length - shared);
    if (score >= 0.7) candidates.push({ i, j, score });
  };
  // Prefix filtering, so that a corpus is not compared pair by pair: two sets sharing 70 % of their
  // union share an entity among the first n − ⌊0.7·n⌋ + 1 of each (⌊⌋ keeps one to spare), so only
  // articles whose prefixes meet are compared. Prefixes are indexed per language, as a translation
  // is in another one; `seenBy[i] === j` marks i as already met by j. The candidates are sorted
  // whole below, so the order they are found in changes nothing.
  const byLanguage = new Map<string, Map<number, number[]>>();
  const seenBy = new Int32Array(sets.length).fill(-1);
  for (let j = 0; j < sets.length; j++) {
    const b = sets[j]!;
    if (b.length < 4) continue;
    const prefix = b.slice(0, b.length - Math.floor(0.7 * b.length) + 1);
    const language = metas[j]!.language;
    for (const [other, byEntity] of byLanguage) {
      if (other === language) continue;
      for (const e of prefix)
        for (const i of byEntity.get(e) ?? []) {
          if (seenBy[i] === j) continue;
          seenBy[i] = j;
          compare(i, j);
        }
    }
    let byEntity = byLanguage.get(language);
    if (!byEntity) byLanguage.set(language, (byEntity = new Map()));
    for (const e of prefix) {
      const list = byEntity.get(e);
      if (list) list.push(j);
      else byEntity.set(e, [j]);
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (metas[i]!.translationOf || metas[j]!.translationOf) continue;
    metas[i]!.translationOf = metas[j]!.id;
    metas[j]!.translationOf = metas[i]!.id;
  }
  return metas;
}
