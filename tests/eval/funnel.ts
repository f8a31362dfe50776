// Where relation recall is lost, in counts only: of the required gold pairs, how many have both ends found as
// entities, how many of those have both ends mentioned in one sentence, and how many the graph relates. It
// decomposes a score without showing any sentence, so it may be printed for the unread sets too.
import type { Graph } from "../../src/model";
import { articleFor, type GoldFile, matchEntities, type ScoredData } from "./scorer";

export interface Funnel {
  required: number;
  endsFound: number;
  sameSentence: number;
  related: number;
  relatedSameSentence: number;
}

const pairKey = (a: string, b: string) => [a, b].sort().join("\u0000");

/** Sentence index of each offset: a rough split at end punctuation followed by space, and at line breaks. */
function sentenceIndex(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (const m of text.matchAll(/[.!?…]["»”’)]?\s+|\n+/g)) ends.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const emptyFunnel = (): Funnel => ({ required: 0, endsFound: 0, sameSentence: 0, related: 0, relatedSameSentence: 0 });

/** The funnel of every required pair, and (byType) of the pairs of each gold relation type, a pair counted under its first. */
export function funnelOf(data: ScoredData, golds: readonly GoldFile[]): Funnel & { byType: Map<string, Funnel> } {
  const f = { ...emptyFunnel(), byType: new Map<string, Funnel>() };
  const graph: Graph = data.graph;
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const { file, gold } of golds) {
    const article = articleFor(graph, gold.article ?? file);
    const goldEntities = gold.entities ?? [];
    const goldRelations = gold.relations ?? [];
    const typeOf = new Map<string, string>();
    for (const r of goldRelations) if (!r.optional && !typeOf.has(pairKey(r.source, r.target))) typeOf.set(pairKey(r.source, r.target), r.type);
    const required = new Set(typeOf.keys());
    const tally = (pk: string, field: keyof Funnel) => {
      const type = typeOf.get(pk)!;
      if (!f.byType.has(type)) f.byType.set(type, emptyFunnel());
      f.byType.get(type)![field]++;
      f[field]++;
    };
    for (const pk of required) tally(pk, "required");
    if (!article) continue;
    const text = data.text(article.id);
    const edges = graph.edges.filter((e) => e.evidence?.some((ev) => ev.articleId === article.id));
    const predIds = new Set(graph.nodes.filter((n) => n.mentions?.some((m) => m.articleId === article.id)).map((n) => n.id));
    for (const e of edges) predIds.add(e.source).add(e.target);
    const preds = [...predIds].map((id) => nodeById.get(id)!).filter(Boolean);
    const { g2p } = matchEntities(preds, goldEntities, goldRelations, edges, article.id, text);
    const keyOf = (j: number) => goldEntities[j]!.id ?? goldEntities[j]!.name;
    const nodeOfKey = new Map([...g2p].map(([j, i]) => [keyOf(j), preds[i]!]));
    const sentenceOf = sentenceIndex(text);
    const sentencesOf = (id: string) => new Set((nodeById.get(id)?.mentions ?? []).filter((m) => m.articleId === article.id).map((m) => sentenceOf(m.start)));
    const predPairs = new Set(
      edges.flatMap((e) => {
        const [s, t] = [e.source, e.target].map((id) => [...nodeOfKey].find(([, n]) => n.id === id)?.[0]);
        return s && t ? [pairKey(s, t)] : [];
      }),
    );
    for (const pk of required) {
      const [a, b] = pk.split("\u0000") as [string, string];
      const na = nodeOfKey.get(a);
      const nb = nodeOfKey.get(b);
      if (!na || !nb) continue;
      tally(pk, "endsFound");
      const sa = sentencesOf(na.id);
      const same = [...sentencesOf(nb.id)].some((s) => sa.has(s));
      if (same) tally(pk, "sameSentence");
      if (predPairs.has(pk)) {
        tally(pk, "related");
        if (same) tally(pk, "relatedSameSentence");
      }
    }
  }
  return f;
}
