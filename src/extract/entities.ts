// The entities the extractor knows while it reads: curated registry entries and the ones it
// discovered, in one shape.
import type { EntityType, Language, Sector } from "../model";
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
  /** Acronyms the registry lists for one language only ("UE" of the EU in French): they name it in that language's articles only. */
  acronymLanguage?: Record<string, Language>;
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
    acronymLanguage: languageAcronyms(entry),
  };
}

const LANGUAGE_PAIRS = [
  ["en", "fr"],
  ["fr", "en"],
] as const;
const ALL_CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** The all-capital aliases listed under one language and nowhere else in the entry. */
function languageAcronyms(entry: RegistryEntry): Record<string, Language> {
  const shared = new Set([entry.name, ...entry.aliases.all]);
  const out: Record<string, Language> = {};
  for (const [lang, other] of LANGUAGE_PAIRS)
    for (const form of entry.aliases[lang]) if (ALL_CAPS.test(form) && !shared.has(form) && !entry.aliases[other].includes(form)) out[form] = lang;
  return out;
}

export interface Mention {
  entityId: string;
  start: number;
  end: number;
}
