// What the user can filter on: one list of chosen values per facet. An empty list means "any".
import type { EntityType, Modality, RelationType, Sector, Status } from "../../model";

export type Filters = {
  sectors: Sector[];
  countries: string[];
  types: EntityType[];
  relations: RelationType[];
  modalities: Modality[];
  statuses: Status[];
  articles: string[];
};

export type FacetKey = keyof Filters;

/** Facets that select nodes; the others select edges. */
export const NODE_FACETS = ["sectors", "countries", "types"] as const satisfies readonly FacetKey[];
export const EDGE_FACETS = ["relations", "modalities", "statuses", "articles"] as const satisfies readonly FacetKey[];
export const FACETS: readonly FacetKey[] = [...NODE_FACETS, ...EDGE_FACETS];

export const EMPTY_FILTERS: Filters = Object.freeze({
  sectors: [],
  countries: [],
  types: [],
  relations: [],
  modalities: [],
  statuses: [],
  articles: [],
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
