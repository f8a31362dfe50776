// The closed vocabularies of the data contract (DESIGN.md), shared by extractor and app.
// Order matters: the app lists filter options in this order.

export const ENTITY_TYPES = ["company", "agency", "state", "contract", "organization", "person"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  "partnership",
  "contract",
  "supplies",
  "client_of",
  "investment",
  "divestment",
  "suspension",
  "sanction",
  "criticism",
  "member_of",
  "ownership",
  "located_in",
  "other",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations that read the same either way round; their edges are stored with sorted endpoints. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(["partnership", "other"]);

export const SECTORS = [
  "defense",
  "intelligence",
  "immigration",
  "police",
  "government",
  "cloud",
  "ai",
  "software",
  "surveillance",
  "telecom",
  "it-services",
  "finance",
  "investment",
  "human-rights",
  "media",
  "international",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const STATUSES = ["active", "ended", "planned"] as const;
export type Status = (typeof STATUSES)[number];

export const MODALITIES = ["asserted", "alleged"] as const;
export type Modality = (typeof MODALITIES)[number];

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** What each relation type means, in the direction source → target. Shown in the legend and README. */
export const RELATION_MEANINGS: Record<RelationType, string> = {
  partnership: "source and target work together (symmetric)",
  contract: "source is a party to the target contract",
  supplies: "source provides products, services or technology to target",
  client_of: "source buys from or uses the services of target",
  investment: "source invests in or finances target",
  divestment: "source withdrew its investment from target",
  suspension: "source suspended or cut off its services to target",
  sanction: "source (a state or its agency) blacklists or sanctions target",
  criticism: "source publicly criticises or accuses target",
  member_of: "source belongs to, works for or sits within target",
  ownership: "source owns or controls target (target is a subsidiary or product)",
  located_in: "source is based in target",
  other: "a stated link of no more specific type (symmetric)",
};

export const ENTITY_TYPE_MEANINGS: Record<EntityType, string> = {
  company: "a business, including its subsidiaries and products",
  agency: "a military, intelligence, police, immigration or other government body",
  state: "a country or its government as a whole",
  contract: "a stated contract or agreement, linked to its parties",
  organization: "an NGO, international body, alliance or project",
  person: "a named individual",
};
