// What the user can filter on: one list of chosen values per facet. An empty list means "any".
import type { EntityType, GraphEdge, Modality, RelationType, Sector, Status } from "../../model";

/** Whether a person has confirmed, retyped or added a relation (data/curation.yaml). */
export const REVIEW_STATES = ["reviewed", "unreviewed"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const reviewState = (edge: GraphEdge): ReviewState => (edge.reviewed ? "reviewed" : "unreviewed");

export type Filters = {
  sectors: Sector[];
  countries: string[];
  types: EntityType[];
  relations: RelationType[];
  modalities: Modality[];
  statuses: Status[];
  articles: string[];
  reviews: ReviewState[];
};

export type FacetKey = keyof Filters;

/** Facets that select nodes; the others select edges. */
export const NODE_FACETS = ["sectors", "countries", "types"] as const satisfies readonly FacetKey[];
export const EDGE_FACETS = ["relations", "modalities", "statuses", "reviews", "articles"] as const satisfies readonly FacetKey[];
export const FACETS: readonly FacetKey[] = [...NODE_FACETS, ...EDGE_FACETS];

export const EMPTY_FILTERS: Filters = Object.freeze({
  sectors: [],
  countries: [],
  types: [],
  relations: [],
  modalities: [],
  statuses: [],
  articles: [],
  reviews: [],
}) as Filters;

export function hasNodeFilters(f: Filters): boolean {
  return NODE_FACETS.some((k) => f[k].length > 0);
}

export function hasEdgeFilters(f: Filters): boolean {
  return EDGE_FACETS.some((k) => f[k].length > 0);
}

export function isUnfiltered(f: Filters): boolean {
  return !hasNodeFilters(f) && !hasEdgeFilters(f);
}

/** Adds the value to its facet, or removes it if present; returns a new Filters. */
export function toggleValue(f: Filters, facet: FacetKey, value: string): Filters {
  const current = f[facet] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...f, [facet]: next } as Filters;
}
