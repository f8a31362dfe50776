// The extractor's one public entry point: articles (as bytes) + knowledge → graph, article
// documents and a report. Pure: no file system, no DOM; the CLI does the IO.
import { checkReferences, checkSpans, GraphSchema, type ArticleDoc, type ArticleMeta, type Graph, type Report } from "../model";
import { decodeArticle } from "./decode";
import type { EntityRecord, Mention } from "./entities";
import type { Knowledge } from "./knowledge";
import { frontMatter } from "./stages/01-front-matter";
import { clean } from "./stages/02-clean";
import { segment, type Sentence } from "./stages/03-segment";
import { detectLanguage } from "./stages/04-language";
import { EntityMatcher, leftmostLongest, surnameMentions } from "./stages/05-mentions";
import { makeDiscoverer, type Discovery } from "./stages/06-discover";
import { extractRelations } from "./stages/07-relations";
import { buildContracts } from "./stages/08-contracts";
import { merge, type ArticleResult } from "./stages/09-merge";
import { fold, slugify } from "./text/fold";
import { dateReader } from "./dates";

export { compileKnowledge, type Knowledge, type KnowledgeFiles } from "./knowledge";

export interface InputFile {
  /** Path as given to the extractor, e.g. "seeds/000_x.txt": names the article in messages. */
  file: string;
  bytes: Uint8Array;
}

export interface ExtractResult {
  graph: Graph;
  articles: ArticleDoc[];
  report: Report;
}

interface Prepared {
  meta: ArticleMeta;
  text: string;
  sentences: Sentence[];
}

export interface ExtractOptions {
  onProgress?: (done: number, total: number) => void;
}

function articleId(file: string, taken: Set<string>): string {
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.(txt|md|markdown)$/i, "");
  let id = /^[A-Za-z0-9_.-]+$/.test(stem) ? stem : slugify(stem) || "article";
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
  taken.add(id);
  return id;
}

export function extractCorpus(files: readonly InputFile[], k: Knowledge, options: ExtractOptions = {}): ExtractResult {
  const warnings: Report["warnings"] = [];
  const ids = new Set<string>();
  const prepared: Prepared[] = [];
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const decoded = decodeArticle(f.bytes);
    if (!decoded.ok) {
      warnings.push({ file: f.file, reason: decoded.reason });
      continue;
    }
    if (decoded.note) warnings.push({ file: f.file, reason: decoded.note });
    const fm = frontMatter(decoded.text);
    if (fm.warning) warnings.push({ file: f.file, reason: fm.warning });
    const text = clean(fm.body, k.cleaning);
    if (!text) {
      warnings.push({ file: f.file, reason: "no article text left after removing page junk" });
      continue;
    }
    const language = fm.meta.language ?? detectLanguage(text, k.language.stopwords);
    const firstLine = text.slice(0, text.indexOf("\n") < 0 ? text.length : text.indexOf("\n")).trim();
    prepared.push({
      meta: {
        id: articleId(f.file, ids),
        file: f.file,
        title: fm.meta.title ?? (firstLine.length > 300 ? `${firstLine.slice(0, 297)}…` : firstLine),
        language,
        outlet: fm.meta.outlet ?? null,
        published: fm.meta.published ?? null,
        url: fm.meta.url ?? null,
        translationOf: fm.meta.translationOf ?? null,
      },
      text,
      sentences: segment(text, language, k.language.abbreviations),
    });
  }

  // Pass 1: registry mentions, then discovery of what the registry lacks, across the corpus.
  // Records are copied: discovery adds forms to them, and the knowledge is shared between calls.
  const registry = k.registryEntities.map((e) => ({ ...e, forms: [...e.forms] }));
  const known = new Map<string, EntityRecord>(registry.map((e) => [e.id, e]));
  const knownForms = new Set(registry.flatMap((e) => e.forms.map((f) => fold(f))));
  const registryMatcher = k.registryMatcher;
  const discoverer = makeDiscoverer(k);
  const discoveredPassages = new Map<string, { articleId: string; start: number; end: number }[]>();
  const registryMentions = prepared.map((p) => {
    const mentions = registryMatcher.find(p.text);
    for (const d of discoverer.discover(p.text, p.sentences, mentions)) addDiscovery(d, p, known, knownForms, discoveredPassages);
    return mentions;
  });
  const entities = [...known.values()];
  // The registry's automaton is large; the discovered names get one of their own, and the two
  // sets of mentions are merged (leftmost-longest) instead of rebuilding one for everything.
  const discovered = entities.filter((e) => !e.curated);
  const discoveredMatcher = discovered.length ? new EntityMatcher(discovered) : undefined;
  const entity = (id: string) => known.get(id);
  const people = new Set(entities.filter((e) => e.type === "person").map((e) => e.id));

  // Pass 2: mentions; a discovered name glossed by a known one in parentheses is that one
  // ("Federal Armed Forces (Bundeswehr)"); then relations and contracts per article.
  const mentionsOf = prepared.map((p, n) => {
    const found = discoveredMatcher ? leftmostLongest([...registryMentions[n]!, ...discoveredMatcher.find(p.text)]) : registryMentions[n]!;
    return surnameMentions(p.text, found, people);
  });
  const aliasOf = parentheticalAliases(prepared, mentionsOf, entity);
  for (const [from, to] of aliasOf) {
    const target = known.get(to)!;
    for (const form of known.get(from)!.forms) if (!target.forms.includes(form)) target.forms.push(form);
    known.delete(from);
  }
  const results: ArticleResult[] = [];
  const docs: ArticleDoc[] = [];
  prepared.forEach((p, n) => {
    const mentions: Mention[] = mentionsOf[n]!.map((m) => (aliasOf.has(m.entityId) ? { ...m, entityId: aliasOf.get(m.entityId)! } : m));
    const { facts, contracts } = extractRelations(k, { text: p.text, lang: p.meta.language, sentences: p.sentences, mentions, entity });
    const built = buildContracts(contracts, entity);
    for (const c of built.nodes) if (!known.has(c.record.id)) known.set(c.record.id, c.record);
    results.push({ meta: p.meta, text: p.text, mentions, facts: [...facts, ...built.facts], contracts: built.nodes });
    docs.push({ ...p.meta, text: p.text, sentences: p.sentences.map((s) => [s.start, s.end] as [number, number]) });
    options.onProgress?.(n + 1, prepared.length);
  });

  const graph = merge(results, entity);
  // Each passage keeps the date it states, if any ("en octobre 2019"), for the time filter.
  const dateOf = dateReader(k.language.months ?? {});
  for (const e of graph.edges) for (const ev of e.evidence) {
    const date = dateOf(ev.quote);
    if (date) ev.date = date;
  }
  const linked = new Map(graph.articles.map((a) => [a.id, a.translationOf]));
  for (const d of docs) d.translationOf = linked.get(d.id) ?? null;
  validate(graph, docs);

  const inGraph = new Set(graph.nodes.map((n) => n.id));
  const textOf = new Map(results.map((r) => [r.meta.id, r.text]));
  const report: Report = {
    warnings,
    discovered: [...known.values()]
      .filter((e) => !e.curated && e.type !== "contract" && inGraph.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        label: e.label,
        type: e.type,
        country: e.country,
        cue: e.cue ?? "",
        passages: (discoveredPassages.get(e.id) ?? []).slice(0, 5).map((s) => {
          const text = textOf.get(s.articleId)!;
          return { ...s, quote: text.slice(s.start, s.end) };
        }),
      })),
    counts: {
      articles: graph.articles.length,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      evidence: graph.edges.reduce((n, e) => n + e.evidence.length, 0),
    },
  };
  return { graph, articles: docs.sort((a, b) => (a.id < b.id ? -1 : 1)), report };
}

function addDiscovery(
  d: Discovery,
  p: Prepared,
  known: Map<string, EntityRecord>,
  knownForms: Set<string>,
  passages: Map<string, { articleId: string; start: number; end: number }[]>,
): void {
  const folded = fold(d.label);
  if (knownForms.has(folded) || (d.acronym && knownForms.has(fold(d.acronym)))) return;
  const id = slugify(d.label);
  if (!id) return;
  let record = known.get(id);
  if (record && record.curated) return;
  if (!record) {
    record = { id, label: d.label, type: d.type, country: d.country, sectors: [], forms: [d.label], caseSensitive: [], curated: false, cue: d.cue };
    known.set(id, record);
  }
  if (d.acronym && !record.forms.includes(d.acronym)) record.forms.push(d.acronym);
  record.country ??= d.country;
  const list = passages.get(id) ?? [];
  if (list.length < 5) {
    const sentence = sentenceContaining(p.sentences, d.start);
    if (sentence && d.end <= sentence.end) list.push({ articleId: p.meta.id, start: sentence.start, end: sentence.end });
  }
  passages.set(id, list);
}

function parentheticalAliases(prepared: readonly Prepared[], mentionsOf: readonly Mention[][], entity: (id: string) => EntityRecord | undefined): Map<string, string> {
  const aliasOf = new Map<string, string>();
  prepared.forEach((p, n) => {
    const ms = mentionsOf[n]!;
    for (let i = 0; i + 1 < ms.length; i++) {
      const [outer, inner] = [ms[i]!, ms[i + 1]!];
      if (outer.entityId === inner.entityId || entity(outer.entityId)?.curated || !entity(inner.entityId)?.curated) continue;
      if (/^\s*\(\s*$/.test(p.text.slice(outer.end, inner.start)) && /^\s*\)/.test(p.text.slice(inner.end, inner.end + 3))) {
        aliasOf.set(outer.entityId, inner.entityId);
      }
    }
  });
  return aliasOf;
}

function sentenceContaining(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= offset && offset < s.end ? s : undefined;
}

function validate(graph: Graph, docs: readonly ArticleDoc[]): void {
  const parsed = GraphSchema.safeParse(graph);
  const problems = parsed.success ? [] : parsed.error.issues.slice(0, 10).map((i) => `${i.path.join(".")}: ${i.message}`);
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  problems.push(...checkReferences(graph), ...checkSpans(graph, (id) => texts.get(id)));
  if (problems.length) throw new Error(`extract/validate: the graph breaks the data contract:\n  ${problems.slice(0, 20).join("\n  ")}`);
}
