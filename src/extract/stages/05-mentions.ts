// Stage 5: find every mention of a known entity. One Aho–Corasick pass over the folded text
// (accent-, case- and apostrophe-insensitive), word boundaries checked on the folded text,
// all-capital and listed common-word aliases checked case-sensitively, leftmost-longest wins.
import type { Language } from "../../model";
import type { EntityRecord, Mention } from "../entities";
import { AhoCorasick } from "../text/aho-corasick";
import { fold, foldWithOffsets, isWordChar } from "../text/fold";

interface Form {
  entityId: string;
  exact: string | null;
  /** The only language whose articles the form names the entity in (an acronym listed for one language). */
  lang: Language | null;
}

const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** A hyphen or dot glued to a word continues it: "Gaia-X" holds no mention of "X", "U.S.A" none of "US". */
const joins = (c: string | undefined, beyond: string | undefined) => (c === "-" || c === ".") && isWordChar(beyond);

export class EntityMatcher {
  private readonly automaton: AhoCorasick;
  private readonly forms: Form[][] = [];

  constructor(entities: readonly EntityRecord[]) {
    const byFolded = new Map<string, number>();
    const patterns: string[] = [];
    for (const e of entities) {
      const sensitive = new Set(e.caseSensitive);
      for (const form of e.forms) {
        const f = fold(form);
        if (f.length < 2 && !isAllCaps(form)) continue;
        const exact = isAllCaps(form) || sensitive.has(form) || !e.curated || f.length <= 3 ? fold(form, true) : null;
        let id = byFolded.get(f);
        if (id === undefined) {
          id = patterns.length;
          byFolded.set(f, id);
          patterns.push(f);
          this.forms.push([]);
        }
        this.forms[id]!.push({ entityId: e.id, exact, lang: e.acronymLanguage?.[form] ?? null });
      }
    }
    this.automaton = new AhoCorasick(patterns);
  }

  /** `lang`: the article's language, which keeps out the other language's acronyms ("UE" in English is no EU). */
  find(text: string, lang?: Language): Mention[] {
    const { folded, origin, originEnd } = foldWithOffsets(text);
    const candidates: Mention[] = [];
    for (const hit of this.automaton.search(folded)) {
      const before = folded[hit.start - 1];
      const after = folded[hit.end];
      if (isWordChar(before) || isWordChar(after)) continue;
      if (joins(before, folded[hit.start - 2]) || joins(after, folded[hit.end + 1])) continue;
      const start = origin[hit.start]!;
      const end = originEnd[hit.end - 1]!;
      const surface = fold(text.slice(start, end), true);
      const form = this.forms[hit.pattern]!.find((f) => (f.exact === null || f.exact === surface) && (!lang || !f.lang || f.lang === lang));
      if (form) candidates.push({ entityId: form.entityId, start, end });
    }
    return leftmostLongest(candidates);
  }
}

export function leftmostLongest(mentions: Mention[]): Mention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  let reach = -1;
  for (const m of mentions) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}

/**
 * A person named in full is later called by surname alone ("Brad Smith" … "Smith"): those
 * mentions count too, within the same article only.
 */
export function surnameMentions(text: string, mentions: readonly Mention[], people: ReadonlySet<string>): Mention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    if (!people.has(m.entityId)) continue;
    const words = text.slice(m.start, m.end).split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length >= 2 && last.length >= 3 && /^\p{Lu}/u.test(last)) surnames.set(last, m.entityId);
  }
  if (surnames.size === 0) return [...mentions];
  const extra: Mention[] = [];
  for (const [surname, entityId] of surnames) {
    for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
      const end = i + surname.length;
      if (isWordChar(text[i - 1]) || isWordChar(text[end])) continue;
      extra.push({ entityId, start: i, end });
    }
  }
  return leftmostLongest([...mentions, ...extra]);
}
