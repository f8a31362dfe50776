// Stage 9, before the merge: a state the article names only as a place ("in Kenya", "En Suisse, …",
// "aux États-Unis"), as a currency's prefix ("US$5.5 million") or as the first word of a longer name
// ("Kenya Integrated Election Management System"), and in no relation of that article, is where the story
// happens, not one of its actors: its mentions there are left out, so it is no entity of the article.
// The locative words are data (data/discovery.yaml, incidental_places).
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import type { Fact } from "../relations/facts";
import { fold } from "../text/fold";

const WORD_BEFORE = /([\p{L}]+)['’]?\s+$|([\p{L}]+['’])$/u;
const CURRENCY_AFTER = /^[$€£¥]/u;
const NAME_AFTER = /^ [\p{Lu}]/u;

/** The locative words per language, as data/discovery.yaml lists them. */
export type LocativeWords = Partial<Record<Language, readonly string[]>>;

/** Whether the mention stands as a place, a currency's prefix or a longer name's first word. */
function incidental(text: string, m: Mention, locative: ReadonlySet<string>): boolean {
  const after = text.slice(m.end, m.end + 2);
  if (CURRENCY_AFTER.test(after) || NAME_AFTER.test(after)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  const word = before ? fold(before[1] ?? before[2]!) : undefined;
  return word !== undefined && locative.has(word);
}

/** The article's mentions without those of the states it names only incidentally (see above). */
export function actorMentions(
  text: string,
  lang: Language | undefined,
  mentions: readonly Mention[],
  facts: readonly Fact[],
  typeOf: (id: string) => EntityType | undefined,
  words: LocativeWords,
): Mention[] {
  const locative = new Set((lang ? (words[lang] ?? []) : Object.values(words).flat()).map((w) => fold(w ?? "")));
  const related = new Set(facts.flatMap((f) => [f.source, f.target]));
  const byState = new Map<string, Mention[]>();
  for (const m of mentions) if (typeOf(m.entityId) === "state" && !related.has(m.entityId)) byState.set(m.entityId, [...(byState.get(m.entityId) ?? []), m]);
  const dropped = new Set([...byState].filter(([, ms]) => ms.every((m) => incidental(text, m, locative))).map(([id]) => id));
  return dropped.size ? mentions.filter((m) => !dropped.has(m.entityId)) : [...mentions];
}
