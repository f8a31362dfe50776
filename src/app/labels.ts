// How vocabulary values read in the interface.
import type { EntityType, Language, Modality, Sector, Status } from "../model";
import type { FacetKey, ReviewState } from "./graph/filters";
import type { GraphIndex } from "./graph/graphIndex";
import { countryName } from "./graph/countries";
import { relationLabel } from "./graph/palette";
import type { RelationType } from "../model";

export const FACET_TITLE: Record<FacetKey, string> = {
  sectors: "Sector",
  countries: "Country",
  types: "Entity type",
  relations: "Relation type",
  modalities: "Modality",
  statuses: "Status",
  articles: "Source article",
  reviews: "Review",
};

export const REVIEW_LABEL: Record<ReviewState, string> = { reviewed: "Reviewed by a person", unreviewed: "Not reviewed yet" };

const SECTOR_LABEL: Partial<Record<Sector, string>> = { ai: "AI", "it-services": "IT services", "human-rights": "Human rights" };

export function sectorLabel(s: Sector): string {
  return SECTOR_LABEL[s] ?? s.charAt(0).toUpperCase() + s.slice(1);
}

export const TYPE_LABEL: Record<EntityType, string> = {
  company: "Company",
  agency: "Agency",
  state: "State",
  contract: "Contract",
  organization: "Organisation",
  person: "Person",
};

export const STATUS_LABEL: Record<Status, string> = { active: "Active", ended: "Ended", planned: "Planned" };
export const MODALITY_LABEL: Record<Modality, string> = { asserted: "Asserted", alleged: "Alleged" };
export const LANGUAGE_LABEL: Record<Language, string> = { fr: "French", en: "English" };

export function valueLabel(facet: FacetKey, value: string, index: GraphIndex): string {
  switch (facet) {
    case "sectors":
      return sectorLabel(value as Sector);
    case "countries":
      return countryName(value);
    case "types":
      return TYPE_LABEL[value as EntityType] ?? value;
    case "relations":
      return relationLabel(value as RelationType);
    case "modalities":
      return MODALITY_LABEL[value as Modality] ?? value;
    case "statuses":
      return STATUS_LABEL[value as Status] ?? value;
    case "reviews":
      return REVIEW_LABEL[value as ReviewState] ?? value;
    case "articles": {
      const a = index.articleById.get(value);
      return a ? `${a.title} (${a.language.toUpperCase()})` : value;
    }
  }
}

