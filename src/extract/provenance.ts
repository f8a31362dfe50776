// Does an evidence quote name both ends of its relation? A passage is shown as the reason for a
// link, so each endpoint must be named in it by one of its mentions, or be recorded as inferred
// (`via`: an anaphor, a list or a carried-over subject, with where the antecedent is named).
// Pure: used by the merge (to drop passages that name neither end) and by tests over whole corpora.
import type { Graph, Inferred } from "../model";
import { firstStartAtOrAfter } from "./text/bisect";

export type Naming = "named" | "inferred" | "missing";

interface Span {
  start: number;
  end: number;
}

/** Is one of these spans (sorted by start) inside [start, end)? */
function spansInside(spans: readonly Span[] | undefined, start: number, end: number): boolean {
  if (!spans) return false;
  for (let i = firstStartAtOrAfter(spans, start); i < spans.length && spans[i]!.start < end; i++) if (spans[i]!.end <= end) return true;
  return false;
}

/** How a passage [start, end) stands for each end of its relation, given where the article names each entity. */
export function endpointNaming(
  passage: { start: number; end: number; via?: { source?: Inferred; target?: Inferred } },
  source: string,
  target: string,
  spansOf: (entityId: string) => readonly Span[] | undefined,
): { source: Naming; target: Naming } {
  const naming = (id: string, via: Inferred | undefined): Naming =>
    spansInside(spansOf(id), passage.start, passage.end) ? "named" : via ? "inferred" : "missing";
  return { source: naming(source, passage.via?.source), target: naming(target, passage.via?.target) };
}

/** Spans by entity for one article, each list sorted by start. */
export function spansByEntity(mentions: Iterable<{ entityId: string; start: number; end: number }>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const m of mentions) {
    const list = out.get(m.entityId);
    if (list) list.push(m);
    else out.set(m.entityId, [m]);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

export interface NamingAudit {
  /** Machine passages checked (curated ones are a person's word and are not). */
  checked: number;
  /** Passages with one end neither named nor inferred: "edgeId @ articleId:start". */
  oneMissing: string[];
  /** Passages naming neither end and inferring neither: the merge drops these, so this stays empty. */
  neither: string[];
  /** Passages where an end is inferred (via) rather than named. */
  inferred: number;
}

/** The check over a whole graph, from its nodes' mentions. */
export function auditNaming(graph: Graph): NamingAudit {
  const byArticle = new Map<string, { entityId: string; start: number; end: number }[]>();
  for (const n of graph.nodes)
    for (const m of n.mentions) {
      const list = byArticle.get(m.articleId);
      const mention = { entityId: n.id, start: m.start, end: m.end };
      if (list) list.push(mention);
      else byArticle.set(m.articleId, [mention]);
    }
  const spans = new Map([...byArticle].map(([id, ms]) => [id, spansByEntity(ms)]));
  const audit: NamingAudit = { checked: 0, oneMissing: [], neither: [], inferred: 0 };
  for (const e of graph.edges)
    for (const ev of e.evidence) {
      if (ev.curated) continue;
      audit.checked++;
      const found = endpointNaming(ev, e.source, e.target, (id) => spans.get(ev.articleId)?.get(id));
      const where = `${e.id} @ ${ev.articleId}:${ev.start}`;
      if (found.source === "missing" && found.target === "missing") audit.neither.push(where);
      else if (found.source === "missing" || found.target === "missing") audit.oneMissing.push(where);
      if (found.source === "inferred" || found.target === "inferred") audit.inferred++;
    }
  return audit;
}
