// The extractor's one public entry point: articles (as bytes) + knowledge → graph, article
// documents and a report. Pure: no file system, no DOM; the CLI does the IO.
import { z } from "zod/mini";
import { EvidenceSchema, SpanSchema, type ArticleDoc, type Curation, type Evidence, type Graph, type Report } from "../model";
import { applyCuration, type CurationResult } from "./curation";
import type { EntityRecord, Mention } from "./entities";
import type { Knowledge } from "./knowledge";
import { relateArticle, scanArticle, type RelateInput, type Related, type Scanned } from "./article";
import { byFile, linkArticles, type InputFile, type Prepared } from "./prepare";
import { EntityMatcher, leftmostLongest, surnameMentions } from "./stages/05-mentions";
import { addDiscovery, addLocalDiscovery, mergeSharedForms, mergeStatePrefixed } from "./discovered-records";
import { buildContracts } from "./stages/08-contracts";
import { merger, type ArticleResult } from "./stages/09-merge";
import { actorMentions } from "./stages/09-incidental";
import { validate } from "./validate";
import { fold } from "./text/fold";
import { dateReader, type DateReader } from "./dates";

export { compileKnowledge, type Knowledge, type KnowledgeFiles } from "./knowledge";

export type { InputFile } from "./prepare";
export type { RelateInput, Related, Scanned } from "./article";
export { validate } from "./validate";

export interface ExtractResult {
  graph: Graph;
  articles: ArticleDoc[];
  report: Report;
}

export interface ExtractOptions {
  onProgress?: (done: number, total: number) => void;
  /** data/curation.yaml's decisions, applied after machine extraction (src/extract/curation). */
  curation?: Curation;
  /**
   * Called at the end of each corpus-level phase with its wall and CPU time (all threads), and the
   * CPU time of this thread alone where `threadCpu` tells it: what `--timings` prints.
   */
  onPhase?: (phase: string, ms: number, cpuMs: number, threadCpuMs?: number) => void;
  /** This thread's CPU time in ms (thread-cpu.ts, Node on Linux); the extractor itself runs in browsers too. */
  threadCpu?: () => number | undefined;
}

/** A clock for the phases: each call reports the time since the previous one under the given name. */
export function phaseClock(onPhase: ExtractOptions["onPhase"], threadCpu: ExtractOptions["threadCpu"] = () => undefined): (phase: string) => void {
  // Only asked for by the CLI and the bench (Node): the extractor also runs in the browser, without `process`.
  if (!onPhase) return () => {};
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let lastThread = threadCpu();
  return (phase) => {
    const [now, cpu, thread] = [performance.now(), process.cpuUsage(), threadCpu()];
    const threadMs = thread === undefined || lastThread === undefined ? undefined : thread - lastThread;
    onPhase(phase, now - last, (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000, threadMs);
    [last, lastCpu, lastThread] = [now, cpu, thread];
  };
}

/** Which of the last relate step's inputs the runner reused from a run whose output was validated (the cache). */
export interface Reuse {
  relate: readonly boolean[];
}

/** How the per-article steps are run: in this thread by default; cached or in workers by the CLI (run.ts). */
export interface ArticleRunner {
  scan(files: readonly InputFile[]): Promise<Scanned[]>;
  /**
   * May call `inOrder` with each result in input order, as soon as it and those before it are done,
   * for the finish to start while the rest is related; those it does not pass, the caller takes after.
   */
  relate(inputs: readonly RelateInput[], inOrder?: (n: number, related: Related) => void): Promise<Related[]>;
  reused?(): Reuse;
  /** Each text's mentions of the discovered names (`records`), which `find` gives; the cache reuses them. */
  names?(records: readonly EntityRecord[], texts: readonly string[], find: (text: string) => Mention[]): Mention[][];
}

export function extractCorpus(files: readonly InputFile[], k: Knowledge, options: ExtractOptions = {}): ExtractResult {
  const lap = phaseClock(options.onPhase, options.threadCpu);
  const sorted = [...files].sort(byFile);
  const scanned = sorted.map((f) => scanArticle(f.bytes, k));
  lap("scan");
  const corpus = linkCorpus(sorted, scanned, k);
  lap("link");
  const related = corpus.inputs.map((input, n) => {
    const r = relateArticle(input, k);
    options.onProgress?.(n + 1, corpus.inputs.length);
    return r;
  });
  lap("relate");
  const result = finishCorpus(corpus, related, k, options);
  lap("finish");
  return result;
}

/** The same extraction, with the per-article steps run by `runner` (cache, worker threads). */
export async function extractCorpusWith(
  files: readonly InputFile[],
  k: Knowledge,
  runner: ArticleRunner,
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  const lap = phaseClock(options.onPhase, options.threadCpu);
  const sorted = [...files].sort(byFile);
  const scanned = await runner.scan(sorted);
  lap("scan");
  const corpus = linkCorpus(sorted, scanned, k, runner.names?.bind(runner));
  lap("link");
  const finishing = finisher(corpus, k, options);
  let added = 0;
  const related = await runner.relate(corpus.inputs, (n, r) => {
    finishing.add(n, r, true);
    added = n + 1;
  });
  lap("relate");
  // An article related from the same input as in a validated run gives the same passages and
  // mentions: the schema checks them once, the invariants every time. Curation may add or change
  // passages anywhere, so with decisions everything is checked.
  const reused = options.curation?.length ? undefined : runner.reused?.().relate;
  for (let n = added; n < related.length; n++) finishing.add(n, related[n]!, !reused?.[n]);
  lap("finish/contracts+merge");
  const checked = reused && new Set(corpus.prepared.filter((_, n) => reused[n]).map((p) => p.meta.id));
  const result = finishing.end(related, checked);
  lap("finish");
  return result;
}

interface LinkedCorpus {
  warnings: Report["warnings"];
  prepared: Prepared[];
  mentions: Mention[][];
  inputs: RelateInput[];
  known: Map<string, EntityRecord>;
  discoveredPassages: Map<string, { articleId: string; start: number; end: number }[]>;
}

/** The corpus-wide step between scan and relate: ids, discovered names, every article's final mentions. */
function linkCorpus(
  sorted: readonly InputFile[],
  scanned: readonly Scanned[],
  k: Knowledge,
  names: NonNullable<ArticleRunner["names"]> = matchNames,
): LinkedCorpus {
  const warnings: Report["warnings"] = [];
  const prepared = linkArticles(sorted, scanned, warnings);

  // Pass 1: discovery of what the registry lacks, across the corpus (each article's discoveries come from its scan).
  // Records are copied: discovery adds forms to them, and the knowledge is shared between calls.
  const registry = k.registryEntities.map((e) => ({ ...e, forms: [...e.forms] }));
  const known = new Map<string, EntityRecord>(registry.map((e) => [e.id, e]));
  const knownForms = new Set(registry.flatMap((e) => e.forms.map((f) => fold(f))));
  const discoveredPassages = new Map<string, { articleId: string; start: number; end: number }[]>();
  // An agency placed in a state is that article's own record, even where a namesake of another state shares its words.
  const placedIn = new Map<string, string>();
  // A bare noun naming the article's state's body ("la douane") names it in that article only: its mentions are its own spans.
  const localMentions = prepared.map(() => [] as Mention[]);
  for (const [n, p] of prepared.entries()) {
    for (const d of p.discoveries) {
      if (d.id !== undefined) {
        localMentions[n]!.push({ entityId: addLocalDiscovery(d, p, known, discoveredPassages), start: d.start, end: d.end });
        continue;
      }
      const id = addDiscovery(d, p, known, knownForms, discoveredPassages);
      if (id && d.type === "agency" && d.country) for (const f of [d.label, ...(d.shortForms ?? [])]) placedIn.set(`${p.meta.id}\u0000${fold(f)}`, id);
    }
  }
  mergeSharedForms(known, discoveredPassages);
  mergeStatePrefixed(known, discoveredPassages);
  const entities = [...known.values()];
  // The registry's automaton is large; the discovered names get one of their own, and the two
  // sets of mentions are merged (leftmost-longest) instead of rebuilding one for everything.
  const discovered = entities.filter((e) => !e.curated);
  let matcher: EntityMatcher | undefined;
  const texts = prepared.map((p) => p.text);
  const namesFound = discovered.length ? names(discovered, texts, (text) => (matcher ??= new EntityMatcher(discovered)).find(text)) : undefined;
  const entity = (id: string) => known.get(id);
  const people = new Set(entities.filter((e) => e.type === "person").map((e) => e.id));

  // Pass 2: mentions; a discovered name glossed by a known one in parentheses is that one
  // ("Federal Armed Forces (Bundeswehr)").
  const mentionsOf = prepared.map((p, n) => {
    const local = localMentions[n]!;
    const found = namesFound || local.length ? leftmostLongest([...local, ...p.registryMentions, ...(namesFound?.[n] ?? [])]) : p.registryMentions;
    const own = (m: Mention) => placedIn.get(`${p.meta.id}\u0000${fold(p.text.slice(m.start, m.end))}`);
    const placed = placedIn.size ? found.map((m) => (known.has(own(m) ?? "") && !known.get(m.entityId)?.curated ? { ...m, entityId: own(m)! } : m)) : found;
    return surnameMentions(p.text, placed, people);
  });
  const aliasOf = parentheticalAliases(prepared, mentionsOf, entity);
  for (const [from, to] of aliasOf) {
    const target = known.get(to)!;
    for (const form of known.get(from)!.forms) if (!target.forms.includes(form)) target.forms.push(form);
    known.delete(from);
  }
  const mentions = mentionsOf.map((ms) => ms.map((m) => (aliasOf.has(m.entityId) ? { ...m, entityId: aliasOf.get(m.entityId)! } : m)));
  const inputs = prepared.map((p, n) => {
    const named = [...new Set(mentions[n]!.map((m) => m.entityId))].sort();
    return { text: p.text, lang: p.meta.language, sentences: p.sentences, mentions: mentions[n]!, records: named.map((id) => known.get(id)!) };
  });
  return { warnings, prepared, mentions, inputs, known, discoveredPassages };
}

/** Each text's mentions of `records`, matched afresh. */
function matchNames(records: readonly EntityRecord[], texts: readonly string[], find: (text: string) => Mention[]): Mention[][] {
  return records.length ? texts.map(find) : texts.map(() => []);
}

/** Contracts, the merge into one graph, curation, dates, its validation and the report. */
function finishCorpus(
  corpus: LinkedCorpus,
  related: readonly Related[],
  k: Knowledge,
  options: ExtractOptions,
  checked: ReadonlySet<string> = new Set(),
): ExtractResult {
  const lap = phaseClock(options.onPhase && ((phase, ...times) => options.onPhase!(`finish/${phase}`, ...times)), options.threadCpu);
  const finishing = finisher(corpus, k, options);
  for (const [n, r] of related.entries()) finishing.add(n, r);
  lap("contracts+merge");
  return finishing.end(related, checked);
}

/**
 * The finish one article at a time, in corpus order (`add`), then for the corpus (`end`): a
 * parallel run adds each article as soon as it and those before it are related, while the workers
 * relate the rest.
 */
function finisher(
  corpus: LinkedCorpus,
  k: Knowledge,
  options: ExtractOptions,
): { add(n: number, related: Related, checkNow?: boolean): void; end(related: readonly Related[], checked?: ReadonlySet<string>): ExtractResult } {
  const { prepared, known } = corpus;
  // Without curation, an article's passages and mentions are final once merged and dated: the
  // schema can check them then (`checkNow`: in a parallel run, while the workers relate the rest),
  // and the validation of the whole graph skips them as it skips those a validated run made (validate).
  const early = options.curation?.length ? undefined : { checked: new Set<string>(), dateOf: dateReader(k.language.months ?? {}) };
  const entity = (id: string) => known.get(id);
  const results: ArticleResult[] = [];
  const docs: ArticleDoc[] = [];
  const merging = merger(entity, { confidenceOf: (rule) => k.ruleConfidence.get(rule) });
  const add = (n: number, { facts, contracts, dates }: Related, checkNow = false) => {
    // The contract records an article adds are seen by the articles after it: the order is the corpus's.
    if (n !== results.length) throw new Error(`extract: article ${n} finished before article ${results.length}`);
    const p = prepared[n]!;
    const built = buildContracts(contracts, entity);
    for (const c of built.nodes) if (!known.has(c.record.id)) known.set(c.record.id, c.record);
    const allFacts = [...facts, ...built.facts];
    const mentions = actorMentions(p.text, p.meta.language, corpus.mentions[n]!, allFacts, (id) => known.get(id)?.type, k.discovery.incidental_places);
    const result = { meta: p.meta, text: p.text, mentions, facts: allFacts, contracts: built.nodes };
    results.push(result);
    docs.push({ ...p.meta, text: p.text, sentences: p.sentences.map((s) => [s.start, s.end] as [number, number]) });
    const parts = merging.add(result);
    if (early && checkNow) {
      datePassages(parts.evidence, new Map(facts.map((f, i) => [`${f.start}:${f.end}`, dates[i]!])), early.dateOf);
      if (PartsSchema.safeParse(parts).success) early.checked.add(p.meta.id);
    }
  };
  return {
    add,
    end: (related, checked = new Set()) =>
      endCorpus(corpus, related, k, options, early?.checked.size ? new Set([...checked, ...early.checked]) : checked, {
        results,
        docs,
        graph: () => merging.graph(results),
      }),
  };
}

/** One article's mentions and passages as the graph's schema has them. */
const PartsSchema = z.object({ mentions: z.array(SpanSchema), evidence: z.array(EvidenceSchema) });

/**
 * Each passage gets the date it states, if any ("en octobre 2019"), for the time filter: the one
 * the relate step read for a fact's passage (`read`, by span), else read here (a contract's, curation's).
 */
function datePassages(passages: Iterable<Evidence>, read: ReadonlyMap<string, string> | undefined, dateOf: DateReader): void {
  for (const ev of passages) {
    const date = read?.get(`${ev.start}:${ev.end}`) ?? dateOf(ev.quote);
    if (date) ev.date = date;
  }
}

function endCorpus(
  corpus: LinkedCorpus,
  related: readonly Related[],
  k: Knowledge,
  options: ExtractOptions,
  checked: ReadonlySet<string>,
  merged: { results: ArticleResult[]; docs: ArticleDoc[]; graph: () => Graph },
): ExtractResult {
  const { warnings, prepared, known, discoveredPassages } = corpus;
  const { results, docs } = merged;
  const lap = phaseClock(options.onPhase && ((phase, ...times) => options.onPhase!(`finish/${phase}`, ...times)), options.threadCpu);
  const machine = merged.graph();
  lap("merge");
  const linked = new Map(machine.articles.map((a) => [a.id, a.translationOf]));
  for (const d of docs) d.translationOf = linked.get(d.id) ?? null;
  const curated = options.curation?.length ? applyCuration(machine, new Map(results.map((r) => [r.meta.id, r.text])), options.curation) : null;
  const graph = curated ? curated.graph : machine;
  // Each passage keeps the date it states, if any ("en octobre 2019"), for the time filter; passages a
  // person added through curation are dated the same way.
  // The relate step read the date of each fact's passage; a passage it did not make (a contract's,
  // curation's) is read here. A passage's quote is its slice, so its span says which it is.
  const dateOf = dateReader(k.language.months ?? {});
  const readDates = new Map(prepared.map((p, n) => [p.meta.id, new Map(related[n]!.facts.map((f, i) => [`${f.start}:${f.end}`, related[n]!.dates[i]!]))]));
  for (const e of graph.edges) for (const ev of e.evidence) datePassages([ev], readDates.get(ev.articleId), dateOf);
  lap("curation+dates");
  validate(graph, docs, checked);
  lap("validate");

  const inGraph = new Set(graph.nodes.map((n) => n.id));
  const articleCount = new Map(graph.nodes.map((n) => [n.id, new Set(n.mentions.map((m) => m.articleId)).size]));
  const textOf = new Map(results.map((r) => [r.meta.id, r.text]));
  const report: Report = {
    warnings,
    discovered: [...known.values()]
      .filter((e) => !e.curated && e.type !== "contract" && inGraph.has(e.id))
      // The names most articles give first: they are the ones worth a registry entry.
      .sort((a, b) => articleCount.get(b.id)! - articleCount.get(a.id)! || (a.id < b.id ? -1 : 1))
      .map((e) => ({
        id: e.id,
        label: e.label,
        type: e.type,
        country: e.country,
        cue: e.cue ?? "",
        articles: articleCount.get(e.id)!,
        aliases: e.forms.filter((f) => f !== e.label),
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
  if (curated) report.curation = curationReport(curated);
  return { graph, articles: docs.sort((a, b) => (a.id < b.id ? -1 : 1)), report };
}

function curationReport({ applied, rejected, stale }: CurationResult): NonNullable<Report["curation"]> {
  return { applied, rejected: rejected.map((r) => ({ edge: r.id, scope: r.scope, reason: r.reason, passages: r.evidence.length })), stale };
}

function parentheticalAliases(
  prepared: readonly Prepared[],
  mentionsOf: readonly Mention[][],
  entity: (id: string) => EntityRecord | undefined,
): Map<string, string> {
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
