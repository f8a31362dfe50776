// The project's own scorer: a faithful TypeScript port of the shared score.mjs, so the project scores
// itself on a fresh clone. A graph is compared with gold annotations, one gold file per article.
//
// Entities: the graph's entities of an article are the nodes mentioned in it and the endpoints of edges
// with evidence in it. A node matches a gold entity when one normalised string is shared (label, aliases,
// the surface text of its mentions in that article; gold name and mentions). Contracts, which rarely share
// a name, also match when they share a matched party. Relations: a graph edge with evidence in the article
// matches a gold relation on the same unordered pair of matched entities ("pair"); "typed" also asks the
// same type and direction (partnership either way; "X client_of Y" = "Y supplies X"). "evidence" = matched
// pairs whose quote overlaps one of the gold quotes. Gold items marked optional count neither for nor against.
// Any change here must keep the numbers identical to score.mjs (tests/eval/scorer.test.ts compares them).
import type { Graph, GraphEdge, GraphNode } from "../../src/model";

export interface GoldEntity {
  id?: string;
  name: string;
  type: string;
  mentions?: string[];
  optional?: boolean;
}
export interface GoldRelation {
  source: string;
  target: string;
  type: string;
  alt_types?: string[];
  quote?: string;
  alt_quotes?: string[];
  optional?: boolean;
}
export interface Gold {
  article?: string;
  entities?: GoldEntity[];
  relations?: GoldRelation[];
}
export interface GoldFile {
  file: string;
  gold: Gold;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}
export interface Summary {
  entities: Prf;
  relations: Prf;
  typed: Prf;
  entityTypeAccuracy: number;
  evidenceAccuracy: number;
  counts: { gold: { entities: number; relations: number }; graph: { entities: number; relations: number } };
  missingArticles: string[];
}
export type ArticleScore =
  | { file: string; missing: true }
  | {
      file: string;
      article: string;
      missedEntities: string[];
      extraEntities: string[];
      /** Matched entities whose type differs from the gold's: "id (graph type ≠ gold type)". */
      mistypedEntities: string[];
      missedRelations: string[];
      spuriousRelations: string[];
    };

/** The graph as written to graph.json, and the text of each article file. */
export interface ScoredData {
  graph: Graph;
  text: (articleId: string) => string;
}

export function norm(s: string): string {
  let t = String(s)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
  let prev: string;
  do {
    prev = t;
    t = t.replace(/^(l'|d'|the |le |la |les |de |du |des |a |an )/, "").trim();
  } while (t !== prev);
  return t.replace(/^[\s"'.,;:()-]+|[\s"'.,;:()-]+$/g, "");
}

const SYMMETRIC = new Set(["partnership", "other"]);

export function typedKey(s: string, t: string, type: string): string {
  if (type === "client_of") [s, t, type] = [t, s, "supplies"];
  return SYMMETRIC.has(type) ? `${[s, t].sort().join("\u0000")}\u0000${type}` : `${s}\u0000${t}\u0000${type}`;
}

export function prf(hitP: number, nP: number, hitG: number, nG: number): Prf {
  const p = nP ? hitP / nP : 0;
  const r = nG ? hitG / nG : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Typed scores of one relation type (client_of counts as supplies, as typedKey reads it). */
export interface TypeScore extends Prf {
  /** Distinct typed relations of this type the graph holds (optional gold ones left out). */
  predicted: number;
  /** Required gold relations of this type. */
  gold: number;
}

/** Whether the gold of its article confirms one graph edge as typed: what `npm run calibrate` counts per rule. */
export interface EdgeVerdict {
  articleId: string;
  edgeId: string;
  verdict: "hit" | "optional" | "miss";
}

interface TypeTally {
  pred: number;
  hitP: number;
  gold: number;
  hitG: number;
}

export interface Totals {
  goldE: number;
  predE: number;
  matchE: number;
  typeOk: number;
  goldR: number;
  predR: number;
  matchR: number;
  typedP: number;
  typedG: number;
  predTyped: number;
  goldTyped: number;
  evOk: number;
  missingArticles: string[];
  byType: Map<string, TypeTally>;
  verdicts: EdgeVerdict[];
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

export function articleFor(graph: Graph, wanted: string) {
  const stem = wanted.replace(/\.(txt|md|json)$/, "");
  return graph.articles.find((a) => a.id === stem || baseName(a.file ?? "").replace(/\.(txt|md)$/, "") === stem);
}

/** Scores the graph on every gold file (in file-name order, as score.mjs reads them). */
export function scoreGraph(
  data: ScoredData,
  golds: readonly GoldFile[],
): { summary: Summary; perArticle: ArticleScore[]; byType: Record<string, TypeScore>; verdicts: EdgeVerdict[] } {
  const totals: Totals = {
    goldE: 0,
    predE: 0,
    matchE: 0,
    typeOk: 0,
    goldR: 0,
    predR: 0,
    matchR: 0,
    typedP: 0,
    typedG: 0,
    predTyped: 0,
    goldTyped: 0,
    evOk: 0,
    missingArticles: [],
    byType: new Map(),
    verdicts: [],
  };
  const nodeById = new Map(data.graph.nodes.map((n) => [n.id, n]));
  const perArticle = [...golds]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ file, gold }) => scoreArticle(data, nodeById, file, gold, totals));
  const summary: Summary = {
    entities: prf(totals.matchE, totals.predE, totals.matchE, totals.goldE),
    relations: prf(totals.matchR, totals.predR, totals.matchR, totals.goldR),
    typed: prf(totals.typedP, totals.predTyped, totals.typedG, totals.goldTyped),
    entityTypeAccuracy: totals.matchE ? totals.typeOk / totals.matchE : 0,
    evidenceAccuracy: totals.matchR ? totals.evOk / totals.matchR : 0,
    counts: { gold: { entities: totals.goldE, relations: totals.goldR }, graph: { entities: totals.predE, relations: totals.predR } },
    missingArticles: totals.missingArticles,
  };
  const byType: Record<string, TypeScore> = {};
  for (const [type, t] of [...totals.byType].sort(([a], [b]) => (a < b ? -1 : 1)))
    byType[type] = { ...prf(t.hitP, t.pred, t.hitG, t.gold), predicted: t.pred, gold: t.gold };
  return { summary, perArticle, byType, verdicts: totals.verdicts };
}

const typeOfKey = (k: string) => k.slice(k.lastIndexOf("\u0000") + 1);
const canonicalType = (type: string) => (type === "client_of" ? "supplies" : type);
function tally(totals: Totals, type: string): TypeTally {
  let t = totals.byType.get(type);
  if (!t) totals.byType.set(type, (t = { pred: 0, hitP: 0, gold: 0, hitG: 0 }));
  return t;
}

interface GoldPair {
  source: string;
  target: string;
  type: string;
  optional: boolean;
  quotes: string[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join("\u0000");

/** A pair is required when any relation on it is; its quotes are all the quotes stated for it. */
function goldPairsOf(relations: readonly GoldRelation[]): Map<string, GoldPair> {
  const pairs = new Map<string, GoldPair>();
  for (const r of relations) {
    const pk = pairKey(r.source, r.target);
    const p = pairs.get(pk) ?? { source: r.source, target: r.target, type: r.type, optional: true, quotes: [] };
    if (!r.optional) Object.assign(p, { source: r.source, target: r.target, type: r.type, optional: false });
    p.quotes.push(r.quote ?? "", ...(r.alt_quotes ?? []));
    pairs.set(pk, p);
  }
  return pairs;
}

const accepted = (r: GoldRelation) => [r.type, ...(r.alt_types ?? [])].map((t) => typedKey(r.source, r.target, t));

function scoreArticle(data: ScoredData, nodeById: Map<string, GraphNode>, file: string, gold: Gold, totals: Totals): ArticleScore {
  const article = articleFor(data.graph, gold.article ?? file);
  const goldEntities = gold.entities ?? [];
  const goldRelations = gold.relations ?? [];
  totals.goldE += goldEntities.filter((e) => !e.optional).length;
  const goldPairs = goldPairsOf(goldRelations);
  totals.goldR += [...goldPairs.values()].filter((p) => !p.optional).length;
  const requiredKeys = new Set(goldRelations.filter((r) => !r.optional).flatMap(accepted));
  const optionalKeys = new Set(goldRelations.filter((r) => r.optional).flatMap(accepted));
  totals.goldTyped += goldRelations.filter((r) => !r.optional).length;
  if (!article) {
    totals.missingArticles.push(file);
    return { file, missing: true };
  }
  const text = data.text(article.id);

  // The graph's view of this article.
  const edges = data.graph.edges.filter((e) => e.evidence?.some((ev) => ev.articleId === article.id));
  const predIds = new Set(data.graph.nodes.filter((n) => n.mentions?.some((m) => m.articleId === article.id)).map((n) => n.id));
  for (const e of edges) {
    predIds.add(e.source);
    predIds.add(e.target);
  }
  const preds = [...predIds].map((id) => nodeById.get(id)).filter((n): n is GraphNode => n !== undefined);
  const { p2g, g2p } = matchEntities(preds, goldEntities, goldRelations, edges, article.id, text);

  // A graph entity matched to an optional gold entity counts neither way.
  const matchedOptional = [...p2g.values()].filter((j) => goldEntities[j]!.optional).length;
  totals.predE += preds.length - matchedOptional;
  totals.matchE += p2g.size - matchedOptional;
  for (const [i, j] of p2g) if (!goldEntities[j]!.optional && preds[i]!.type === goldEntities[j]!.type) totals.typeOk++;

  const predIndex = new Map(preds.map((n, i) => [n.id, i]));
  const goldKeyOfNode = (id: string) => {
    const j = p2g.get(predIndex.get(id)!);
    return j === undefined ? undefined : keyOf(goldEntities[j]!);
  };
  const relations = scoreRelations(edges, goldKeyOfNode, goldPairs, article.id);
  totals.predR += relations.predPairs.size - relations.optionalPairs;
  totals.matchR += relations.matched;
  totals.evOk += relations.evidence;
  // Typed: precision over the graph's distinct typed relations, recall over the required gold relations.
  let typedHit = 0;
  let typedOptional = 0;
  for (const k of relations.predTyped) {
    if (requiredKeys.has(k)) typedHit++;
    else if (optionalKeys.has(k)) typedOptional++;
    if (optionalKeys.has(k) && !requiredKeys.has(k)) continue;
    const t = tally(totals, typeOfKey(k));
    t.pred++;
    if (requiredKeys.has(k)) t.hitP++;
  }
  for (const r of goldRelations) {
    if (r.optional) continue;
    const t = tally(totals, canonicalType(r.type));
    t.gold++;
    if (accepted(r).some((k) => relations.predTyped.has(k))) t.hitG++;
  }
  for (const e of edges) {
    const k = typedKey(goldKeyOfNode(e.source) ?? `?${e.source}`, goldKeyOfNode(e.target) ?? `?${e.target}`, e.type);
    const verdict = requiredKeys.has(k) ? "hit" : optionalKeys.has(k) ? "optional" : "miss";
    totals.verdicts.push({ articleId: article.id, edgeId: e.id, verdict });
  }
  totals.predTyped += relations.predTyped.size - typedOptional;
  totals.typedP += typedHit;
  totals.typedG += goldRelations.filter((r) => !r.optional && accepted(r).some((k) => relations.predTyped.has(k))).length;

  return {
    file,
    article: article.id,
    missedEntities: goldEntities.filter((g, j) => !g.optional && !g2p.has(j)).map(keyOf),
    extraEntities: preds.filter((_, i) => !p2g.has(i)).map((n) => n.id),
    mistypedEntities: [...p2g]
      .filter(([i, j]) => !goldEntities[j]!.optional && preds[i]!.type !== goldEntities[j]!.type)
      .map(([i, j]) => `${preds[i]!.id} (${preds[i]!.type} ≠ ${goldEntities[j]!.type})`),
    missedRelations: relations.missed,
    spuriousRelations: relations.spurious,
  };
}

const keyOf = (e: GoldEntity) => e.id ?? e.name;

/** Greedy one-to-one matching by shared strings, then contracts by a shared matched party. */
export function matchEntities(
  preds: readonly GraphNode[],
  goldEntities: readonly GoldEntity[],
  goldRelations: readonly GoldRelation[],
  edges: readonly GraphEdge[],
  articleId: string,
  text: string,
): { p2g: Map<number, number>; g2p: Map<number, number> } {
  const stringsOf = (n: GraphNode) =>
    new Set(
      [n.label, ...(n.aliases ?? []), ...(n.mentions ?? []).filter((m) => m.articleId === articleId).map((m) => text.slice(m.start, m.end))]
        .map(norm)
        .filter(Boolean),
    );
  const goldStrings = goldEntities.map((g) => new Set([g.name, ...(g.mentions ?? [])].map(norm).filter(Boolean)));
  const cand: [number, number, number][] = [];
  preds.forEach((n, i) => {
    const s = stringsOf(n);
    goldStrings.forEach((gs, j) => {
      let shared = 0;
      for (const x of s) if (gs.has(x)) shared++;
      if (shared) cand.push([shared + (n.type === goldEntities[j]!.type ? 0.5 : 0), i, j]);
    });
  });
  cand.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const p2g = new Map<number, number>();
  const g2p = new Map<number, number>();
  for (const [, i, j] of cand) {
    if (!p2g.has(i) && !g2p.has(j)) {
      p2g.set(i, j);
      g2p.set(j, i);
    }
  }
  const predIndex = new Map(preds.map((n, i) => [n.id, i]));
  const predNeighbours = (i: number) =>
    edges.filter((e) => e.source === preds[i]!.id || e.target === preds[i]!.id).map((e) => (e.source === preds[i]!.id ? e.target : e.source));
  const goldNeighbours = (j: number) => {
    const k = keyOf(goldEntities[j]!);
    return goldRelations.filter((r) => r.source === k || r.target === k).map((r) => (r.source === k ? r.target : r.source));
  };
  preds.forEach((n, i) => {
    if (p2g.has(i) || n.type !== "contract") return;
    const mine = new Set(
      predNeighbours(i)
        .map((id) => p2g.get(predIndex.get(id)!))
        .filter((j): j is number => j !== undefined)
        .map((j) => keyOf(goldEntities[j]!)),
    );
    const j = goldEntities.findIndex((g, jj) => g.type === "contract" && !g2p.has(jj) && goldNeighbours(jj).some((k) => mine.has(k)));
    if (j >= 0) {
      p2g.set(i, j);
      g2p.set(j, i);
    }
  });
  return { p2g, g2p };
}

function scoreRelations(edges: readonly GraphEdge[], goldKeyOfNode: (id: string) => string | undefined, goldPairs: Map<string, GoldPair>, articleId: string) {
  const predPairs = new Map<string, GraphEdge[]>();
  const predTyped = new Set<string>();
  for (const e of edges) {
    const s = goldKeyOfNode(e.source) ?? `?${e.source}`;
    const t = goldKeyOfNode(e.target) ?? `?${e.target}`;
    const pk = pairKey(s, t);
    predPairs.set(pk, [...(predPairs.get(pk) ?? []), e]);
    predTyped.add(typedKey(s, t, e.type));
  }
  let matched = 0;
  let evidence = 0;
  let optionalPairs = 0;
  const missed: string[] = [];
  const spurious: string[] = [];
  for (const [pk, es] of predPairs) {
    const g = goldPairs.get(pk);
    if (!g) {
      spurious.push(es.map((e) => `${e.source} -${e.type}-> ${e.target}`).join(", "));
      continue;
    }
    if (g.optional) {
      optionalPairs++;
      continue;
    }
    matched++;
    const gqs = g.quotes.map(norm).filter(Boolean);
    const overlaps = (q: string) => gqs.some((gq) => q.includes(gq) || gq.includes(q));
    if (es.some((e) => e.evidence.some((x) => x.articleId === articleId && overlaps(norm(x.quote))))) evidence++;
  }
  for (const [pk, g] of goldPairs) if (!g.optional && !predPairs.has(pk)) missed.push(`${g.source} -${g.type}-> ${g.target}`);
  return { predPairs, predTyped, matched, evidence, optionalPairs, missed, spurious };
}

/** The one-line summary, worded as score.mjs prints it. */
export function formatSummary(s: Summary): string {
  const f = (x: number) => x.toFixed(2);
  return (
    `entities P=${f(s.entities.p)} R=${f(s.entities.r)} F1=${f(s.entities.f1)} | relations P=${f(s.relations.p)} R=${f(s.relations.r)} F1=${f(s.relations.f1)} | ` +
    `typed F1=${f(s.typed.f1)} | type-acc=${f(s.entityTypeAccuracy)} evidence-acc=${f(s.evidenceAccuracy)}` +
    (s.missingArticles.length ? ` | ${s.missingArticles.length} articles missing` : "")
  );
}
