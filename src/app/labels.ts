// How vocabulary values read in the interface, in the active language (catalogues in src/app/i18n/).
import type { EntityType, Language, Modality, RelationType, Sector, Status } from "../model";
import type { FacetKey, ReviewState } from "./graph/filters";
import type { GraphIndex } from "./graph/graphIndex";
import { countryName } from "./graph/countries";
import { t } from "./i18n";

export const facetTitle = (facet: FacetKey): string => t(`facets.${facet}`);
export const sectorLabel = (s: Sector): string => t(`sectors.${s}`, { defaultValue: s });
export const typeLabel = (type: EntityType): string => t(`types.${type}`);
export const typeMeaning = (type: EntityType): string => t(`typeMeanings.${type}`);
export const relationLabel = (type: RelationType): string => t(`relations.${type}`, { defaultValue: type.replace(/_/g, " ") });
export const relationMeaning = (type: RelationType): string => t(`relationMeanings.${type}`);
export const modalityLabel = (m: Modality): string => t(`modalities.${m}`);
export const reviewLabel = (r: ReviewState): string => t(`reviews.${r}`);
export const languageLabel = (l: Language): string => t(`languages.${l}`);

/**
 * Acts that end something (a suspension, a divestment) read wrong with the plain status:
 * "suspension · Ended" sounds like the suspension was lifted, when the extractor means it took effect.
 */
const RUPTURES: ReadonlySet<RelationType> = new Set<RelationType>(["suspension", "divestment"]);

export function statusLabel(status: Status, type?: RelationType): string {
  return t(type && RUPTURES.has(type) ? `ruptureStatuses.${status}` : `statuses.${status}`);
}

export function valueLabel(facet: FacetKey, value: string, index: GraphIndex): string {
  switch (facet) {
    case "sectors":
      return sectorLabel(value as Sector);
    case "countries":
      return countryName(value);
    case "types":
      return typeLabel(value as EntityType);
    case "relations":
      return relationLabel(value as RelationType);
    case "modalities":
      return modalityLabel(value as Modality);
    case "statuses":
      return statusLabel(value as Status);
    case "reviews":
      return reviewLabel(value as ReviewState);
    case "articles": {
      const a = index.articleById.get(value);
      return a ? `${a.title} (${a.language.toUpperCase()})` : value;
    }
  }
}
