// The count beside each filter option: how many nodes (node facets) or relations (edge facets)
// would show with that value, given every other facet — so options of one facet read as "or".
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, SECTORS, STATUSES } from "../../model";
import type { GraphIndex } from "./graphIndex";
import { filterGraph, type VisibleGraph } from "./filterGraph";
import { EMPTY_FILTERS, FACETS, REVIEW_STATES, reviewState, type FacetKey, type Filters } from "./filters";

export type FacetOption = { value: string; count: number };
export type FacetCounts = Record<FacetKey, FacetOption[]>;

/** Distinct values, most frequent first, so folded lists show the countries that matter most. */
function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

const valuesByIndex = new WeakMap<GraphIndex, Record<FacetKey, string[]>>();

/** Every value a facet can take in this graph, in vocabulary order (countries and articles as found). Computed once per graph. */
export function facetValues(index: GraphIndex): Record<FacetKey, string[]> {
  let values = valuesByIndex.get(index);
  if (!values) valuesByIndex.set(index, (values = computeFacetValues(index)));
  return values;
}

function computeFacetValues(index: GraphIndex): Record<FacetKey, string[]> {
  const { graph } = index;
  const used = <T extends string>(vocab: readonly T[], present: Iterable<string>) => {
    const seen = new Set(present);
    return vocab.filter((v) => seen.has(v));
  };
  return {
    sectors: used(
      SECTORS,
      graph.nodes.flatMap((n) => n.sectors),
    ),
    countries: byFrequency(graph.nodes.flatMap((n) => (n.country ? [n.country] : []))),
    types: used(
      ENTITY_TYPES,
      graph.nodes.map((n) => n.type),
    ),
    relations: used(
      RELATION_TYPES,
      graph.edges.map((e) => e.type),
    ),
    modalities: used(MODALITIES, index.edgeModality.values()),
    statuses: used(
      STATUSES,
      graph.edges.map((e) => e.status),
    ),
    articles: graph.articles.map((a) => a.id),
    // Offered only once a person has reviewed something: before that every relation is unreviewed.
    reviews: graph.edges.some((e) => e.reviewed) ? [...REVIEW_STATES] : [],
  };
}

function bump(counts: Map<string, number>, value: string) {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

export function facetCounts(index: GraphIndex, filters: Filters, keepNeighbours: boolean): FacetCounts {
  const values = facetValues(index);
  const out = {} as FacetCounts;
  // Facets with nothing chosen all count against the same filtered graph: filter once for them.
  let shared: VisibleGraph | null = null;
  for (const facet of FACETS) {
    const visible = filters[facet].length
      ? filterGraph(index, { ...filters, [facet]: EMPTY_FILTERS[facet] }, keepNeighbours)
      : (shared ??= filterGraph(index, filters, keepNeighbours));
    const counts = new Map<string, number>();
    if (facet === "sectors" || facet === "countries" || facet === "types") {
      for (const id of visible.nodes) {
        const n = index.nodeById.get(id);
        if (!n) continue;
        if (facet === "sectors") for (const s of n.sectors) bump(counts, s);
        else if (facet === "countries") n.country && bump(counts, n.country);
        else bump(counts, n.type);
      }
    } else {
      for (const id of visible.edges) {
        const e = index.edgeById.get(id);
        if (!e) continue;
        if (facet === "relations") bump(counts, e.type);
        else if (facet === "statuses") bump(counts, e.status);
        else if (facet === "modalities") bump(counts, index.edgeModality.get(id) ?? "asserted");
        else if (facet === "reviews") bump(counts, reviewState(e));
        else for (const a of index.edgeArticles.get(id) ?? []) bump(counts, a);
      }
    }
    out[facet] = values[facet].map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }
  return out;
}
