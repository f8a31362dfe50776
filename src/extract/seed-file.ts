// Writes a seed file: YAML front matter (the keys stage 01 reads) then the article body, so a
// page or a pasted text can be put into seeds/ and extract to the same article again.
import { stringify } from "yaml";
import type { ArticleMetaInput } from "./stages/01-front-matter";

/** The front matter keys, exactly those stage 01 reads back. */
export type SeedMeta = ArticleMetaInput;

const KEYS = ["title", "outlet", "published", "url", "language", "translationOf"] as const;

export function seedFile(meta: SeedMeta, body: string): string {
  const present: Record<string, string> = {};
  for (const key of KEYS) {
    const value = meta[key];
    if (value) present[key] = value;
  }
  if (Object.keys(present).length === 0) return body;
  // Dates and numbers stay strings once parsed back: stage 01 reads every value as text.
  const yaml = stringify(present, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
  return `---\n${yaml}---\n\n${body.replace(/^\s*\n/, "")}`;
}
