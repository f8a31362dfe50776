// The entities the extractor knows while it reads: curated registry entries and the ones it
// discovered, in one shape.
import type { EntityType, Sector } from "../model";
import { surfaceForms, type RegistryEntry } from "./registry";

export interface EntityRecord {
  id: string;
  label: string;
  type: EntityType;
  country: string | null;
  sectors: Sector[];
  /** Every surface form that names it. */
  forms: string[];
  /** Forms that must match with their exact capitalisation. */
  caseSensitive: string[];
  curated: boolean;
  /** Discovered entities: the cue that made the extractor keep it. */
  cue?: string;
}

export function fromRegistry(entry: RegistryEntry): EntityRecord {
  return {
    id: entry.id,
    label: entry.name,
    type: entry.type,
    country: entry.country,
    sectors: [...entry.sectors],
    forms: surfaceForms(entry),
    caseSensitive: entry.case_sensitive,
    curated: true,
  };
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
}
