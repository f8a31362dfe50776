// The work done on one article alone, in two steps that depend only on their inputs, so that
// they can be cached (cache.ts) and run in worker threads (parallel.ts):
// - scan: bytes → text, sentences, registry mentions and discovered names (needs only the
//   knowledge);
// - relate: text and the article's final mentions, with the records of the entities they name →
//   facts and contract mentions.
// The corpus-wide steps between and after them (ids, discovery across articles, aliases, merging,
// curation) stay in index.ts.
import type { EntityType, Language } from "../model";
import type { EntityRecord, Mention } from "./entities";
import type { Knowledge } from "./knowledge";
import { dateReader, type DateReader } from "./dates";
import { prepareFile, type PreparedFile } from "./prepare";
import type { Sentence } from "./stages/03-segment";
import { makeDiscoverer, type Discoverer, type Discovery } from "./stages/06-discover";
import { extractRelations, type ContractMention, type Fact } from "./stages/07-relations";

/** What a scan finds; `meta` lacks the id and file, which depend on the corpus. */
export interface Scanned extends PreparedFile {
  article?: NonNullable<PreparedFile["article"]> & { registryMentions: Mention[]; discoveries: Discovery[] };
}

export interface RelateInput {
  text: string;
  lang: Language;
  sentences: Sentence[];
  mentions: Mention[];
  /** The records of every entity the mentions name. */
  records: EntityRecord[];
}

export interface Related {
  facts: Fact[];
  contracts: ContractMention[];
  /** The date each fact's passage states ("" for none), read here so that a rerun takes it from the cache. */
  dates: string[];
}

const compiled = new WeakMap<Knowledge, { discoverer: Discoverer; typeOf: (id: string) => EntityType | undefined; dateOf: DateReader }>();

function forKnowledge(k: Knowledge) {
  let c = compiled.get(k);
  if (!c) {
    const types = new Map(k.registryEntities.map((e) => [e.id, e.type]));
    c = { discoverer: makeDiscoverer(k), typeOf: (id) => types.get(id), dateOf: dateReader(k.language.months ?? {}) };
    compiled.set(k, c);
  }
  return c;
}

export function scanArticle(bytes: Uint8Array, k: Knowledge): Scanned {
  const prepared = prepareFile(bytes, k);
  if (!prepared.article) return { warnings: prepared.warnings };
  const { text, sentences, meta } = prepared.article;
  const registryMentions = k.registryMatcher.find(text, meta.language);
  // The discoverer asks the type of the registry mentions only: what other articles discover never
  // changes it, so the scan stays independent of the corpus.
  const { discoverer, typeOf } = forKnowledge(k);
  const discoveries = discoverer.discover(text, sentences, registryMentions, meta.language, typeOf);
  return { warnings: prepared.warnings, article: { ...prepared.article, registryMentions, discoveries } };
}

export function relateArticle(input: RelateInput, k: Knowledge): Related {
  const records = new Map(input.records.map((r) => [r.id, r]));
  const related = extractRelations(k, {
    text: input.text,
    lang: input.lang,
    sentences: input.sentences,
    mentions: input.mentions,
    entity: (id) => records.get(id),
  });
  const { dateOf } = forKnowledge(k);
  return { ...related, dates: related.facts.map((f) => dateOf(input.text.slice(f.start, f.end)) ?? "") };
}
