// The curated registry (data/entities.yaml) as a typed, validated value. Parsing YAML text is
// the CLI's job's neighbour: this module takes the text, so it stays free of file IO.
import { parse } from "yaml";
import { z } from "zod";
import { ENTITY_TYPES, SECTORS } from "../model";

const AliasList = z.array(z.string().min(1)).default([]);

export const RegistryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are kebab-case"),
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable()
      .default(null),
    sectors: z.array(z.enum(SECTORS)).default([]),
    aliases: z.object({ all: AliasList, en: AliasList, fr: AliasList }).strict().default({ all: [], en: [], fr: [] }),
    /** Aliases that are also common words ("Orange", "Bleu", "Apple"): matched only with this exact capitalisation. */
    case_sensitive: z.array(z.string()).default([]),
    /** The registry id of the entity that owns this one (AWS → amazon). Context only: never an edge by itself. */
    parent: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;

export const RegistrySchema = z.array(RegistryEntrySchema);

/** Parses and validates entities.yaml; throws an error naming the entry and field that failed. */
export function parseRegistry(yamlText: string, source = "data/entities.yaml"): RegistryEntry[] {
  const raw: unknown = parse(yamlText);
  const result = RegistrySchema.safeParse(raw ?? []);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const index = typeof issue.path[0] === "number" ? issue.path[0] : -1;
    const entry = Array.isArray(raw) && index >= 0 ? (raw[index] as { id?: string } | undefined) : undefined;
    throw new Error(`${source}: entry ${index}${entry?.id ? ` ('${entry.id}')` : ""}: ${issue.path.slice(1).join(".")}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const e of result.data) {
    if (seen.has(e.id)) throw new Error(`${source}: duplicate id '${e.id}'`);
    seen.add(e.id);
  }
  for (const e of result.data) {
    if (e.parent && !seen.has(e.parent)) throw new Error(`${source}: '${e.id}' names unknown parent '${e.parent}'`);
    // A case-sensitive form that is not among the surface forms would silently never match.
    const forms = new Set(surfaceForms(e));
    const stray = e.case_sensitive.find((f) => !forms.has(f));
    if (stray !== undefined) throw new Error(`${source}: '${e.id}' lists '${stray}' as case_sensitive but not as its name or an alias`);
  }
  return result.data;
}

/** Every surface form of an entry: its name and all aliases, without duplicates. */
export function surfaceForms(entry: RegistryEntry): string[] {
  return [...new Set([entry.name, ...entry.aliases.all, ...entry.aliases.en, ...entry.aliases.fr])];
}
