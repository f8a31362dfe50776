// The load boundary: turns untrusted JSON into a typed Graph or a list of readable problems,
// and checks the invariants of DESIGN.md that a schema alone cannot express.
import type { core } from "zod/mini";
import { ArticleDocSchema, GraphSchema, SCHEMA_VERSION, type ArticleDoc, type Graph } from "./schema";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function describe(error: core.$ZodError, limit = 20): string[] {
  const lines = error.issues.slice(0, limit).map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`);
  return lines;
}

/**
 * Brings an older graph.json up to SCHEMA_VERSION, one version at a time. Each step is additive,
 * so it only relabels: 1 → 2 added the optional `date` of evidence, 2 → 3 the optional `position`
 * of nodes (a version 2 graph has none: the app lays it out as before).
 */
const MIGRATIONS: Record<number, (graph: object) => object> = {
  1: (graph) => ({ ...graph, schemaVersion: 2 }),
  2: (graph) => ({ ...graph, schemaVersion: 3 }),
};

export function migrateGraph(raw: unknown): unknown {
  let graph = raw;
  while (graph && typeof graph === "object" && "schemaVersion" in graph && typeof graph.schemaVersion === "number") {
    const step = MIGRATIONS[graph.schemaVersion];
    if (!step) break;
    graph = step(graph);
  }
  return graph;
}

/** Validates a graph.json value; the problems name the path that failed ("edges.3.type: …"). */
export function parseGraph(input: unknown): Parsed<Graph> {
  const raw = migrateGraph(input);
  if (raw && typeof raw === "object" && "schemaVersion" in raw && raw.schemaVersion !== SCHEMA_VERSION) {
    return { ok: false, problems: [`schemaVersion is ${String(raw.schemaVersion)}; this build reads version ${SCHEMA_VERSION}`] };
  }
  const result = GraphSchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: describe(result.error) };
  const problems = checkReferences(result.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

export function parseArticle(raw: unknown): Parsed<ArticleDoc> {
  const result = ArticleDocSchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describe(result.error) };
}

/** Unique ids, edge endpoints that exist, evidence and mentions that point to known articles. */
export function checkReferences(graph: Graph): string[] {
  const problems: string[] = [];
  const articleIds = new Set(graph.articles.map((a) => a.id));
  const nodeIds = new Set<string>();
  for (const n of graph.nodes) {
    if (nodeIds.has(n.id)) problems.push(`node '${n.id}': duplicate id`);
    nodeIds.add(n.id);
    for (const m of n.mentions) {
      if (!articleIds.has(m.articleId)) problems.push(`node '${n.id}': mention in unknown article '${m.articleId}'`);
    }
  }
  const edgeIds = new Set<string>();
  for (const e of graph.edges) {
    if (edgeIds.has(e.id)) problems.push(`edge '${e.id}': duplicate id`);
    edgeIds.add(e.id);
    if (!nodeIds.has(e.source)) problems.push(`edge '${e.id}' points to unknown node '${e.source}'`);
    if (!nodeIds.has(e.target)) problems.push(`edge '${e.id}' points to unknown node '${e.target}'`);
    for (const ev of e.evidence) {
      if (!articleIds.has(ev.articleId)) problems.push(`edge '${e.id}': evidence in unknown article '${ev.articleId}'`);
    }
  }
  return problems;
}

/**
 * Every quote equals its slice and every offset lies inside its article's text. A place's name is
 * built only for a problem: a large graph has millions of spans, nearly all of them sound.
 */
export function checkSpans(graph: Graph, textOf: (articleId: string) => string | undefined): string[] {
  const problems: string[] = [];
  /** Whether `words`, when given, are the span's text (compared in place, no copy); undefined once a span outside its article is recorded. */
  const inside = (where: () => string, articleId: string, start: number, end: number, words?: string) => {
    const text = textOf(articleId);
    if (text === undefined) return (problems.push(`${where()}: no text for article '${articleId}'`), undefined);
    if (!(start >= 0 && start < end && end <= text.length)) {
      return (problems.push(`${where()}: offsets ${start}..${end} outside '${articleId}' (length ${text.length})`), undefined);
    }
    return words === undefined || (words.length === end - start && text.startsWith(words, start));
  };
  for (const n of graph.nodes) for (const [i, m] of n.mentions.entries()) inside(() => `node '${n.id}' mention ${i}`, m.articleId, m.start, m.end);
  for (const e of graph.edges) {
    for (const [i, ev] of e.evidence.entries()) {
      if (inside(() => `edge '${e.id}' evidence ${i}`, ev.articleId, ev.start, ev.end, ev.quote) === false)
        problems.push(`edge '${e.id}' evidence ${i}: quote differs from its slice`);
      for (const end of ["source", "target"] as const) {
        const via = ev.via?.[end];
        if (!via) continue;
        const where = () => `edge '${e.id}' evidence ${i} via.${end}`;
        if (inside(where, ev.articleId, via.start, via.end, via.text) === false) problems.push(`${where()}: text differs from its slice`);
        inside(() => `${where()} antecedent`, ev.articleId, via.antecedentStart, via.antecedentEnd);
      }
    }
  }
  return problems;
}
