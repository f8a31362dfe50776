// Applying data/curation.yaml to the machine's graph: pure and deterministic. Decisions apply in
// file order (the order a person made them), each to the graph the previous ones left, so a
// decision may name an edge id that an earlier merge or retype produced. A decision that no
// longer finds its edge, entity or quote is reported as stale, by name, and changes nothing.
import { describeDecision, type Decision, type Evidence, type Graph, type GraphEdge, type GraphNode, type Rejected } from "../../model";
import { anchorQuote } from "./anchor";
import { endpoints, overlaps, putEdge } from "./edges";

export type Stale = { index: number; decision: string; reason: string };
export type CurationResult = { graph: Graph; rejected: Rejected[]; stale: Stale[]; applied: number };

type State = {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  rejected: Rejected[];
  texts: ReadonlyMap<string, string>;
};

/** A reason when the decision could not apply, nothing when it did. */
type Outcome = string | undefined;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPlace = (x: { articleId: string; start: number }, y: { articleId: string; start: number }) => byString(x.articleId, y.articleId) || x.start - y.start;

export function applyCuration(input: Graph, texts: ReadonlyMap<string, string>, decisions: readonly Decision[]): CurationResult {
  const graph = structuredClone(input);
  const state: State = {
    nodes: new Map(graph.nodes.map((n) => [n.id, n])),
    edges: new Map(graph.edges.map((e) => [e.id, e])),
    rejected: [...(graph.rejected ?? [])],
    texts,
  };
  const stale: Stale[] = [];
  decisions.forEach((d, i) => {
    const reason = applyOne(state, d);
    if (reason) stale.push({ index: i + 1, decision: describeDecision(d), reason });
  });
  for (const n of state.nodes.values()) n.mentions.sort(byPlace);
  for (const e of state.edges.values()) e.evidence.sort(byPlace);
  const rejected = state.rejected.sort((a, b) => byString(a.id, b.id) || byString(a.scope, b.scope));
  const { rejected: _previous, ...rest } = graph;
  const out: Graph = {
    ...rest,
    nodes: [...state.nodes.values()].sort((a, b) => byString(a.id, b.id)),
    edges: [...state.edges.values()].sort((a, b) => byString(a.id, b.id)),
  };
  if (rejected.length) out.rejected = rejected;
  return { graph: out, rejected, stale, applied: decisions.length - stale.length };
}

function applyOne(s: State, d: Decision): Outcome {
  if ("reject" in d) return reject(s, d.reject);
  if ("confirm" in d) return confirm(s, d.confirm);
  if ("retype" in d) return retype(s, d.retype);
  if ("add" in d) return add(s, d.add);
  if ("entity" in d) return entity(s, d.entity);
  if ("merge" in d) return merge(s, d.merge);
  return notEntity(s, d.not_entity.id);
}

type EdgeRef = { edge: string; article?: string | undefined; quote?: string | undefined };

/** The edge's passages that the decision's quote points at, or why there are none. */
function passagesOf(s: State, edge: GraphEdge, ref: EdgeRef): Evidence[] | string {
  const anchor = anchorQuote(s.texts, ref.article!, ref.quote!);
  if (!anchor) return `the quote is no longer in article '${ref.article}'`;
  const hit = edge.evidence.filter((ev) => overlaps(ev, anchor));
  return hit.length ? hit : `relation '${edge.id}' has no passage at that quote in article '${anchor.articleId}'`;
}

function reject(s: State, ref: EdgeRef): Outcome {
  const edge = s.edges.get(ref.edge);
  if (!edge) return `no relation '${ref.edge}'`;
  if (ref.quote === undefined) {
    s.edges.delete(edge.id);
    s.rejected.push({ id: edge.id, source: edge.source, target: edge.target, type: edge.type, scope: "edge", reason: "rejected", evidence: edge.evidence });
    return undefined;
  }
  const hit = passagesOf(s, edge, ref);
  if (typeof hit === "string") return hit;
  edge.evidence = edge.evidence.filter((ev) => !hit.includes(ev));
  const scope = edge.evidence.length ? "passage" : "edge";
  if (scope === "edge") s.edges.delete(edge.id);
  s.rejected.push({ id: edge.id, source: edge.source, target: edge.target, type: edge.type, scope, reason: "rejected", evidence: hit });
  return undefined;
}

function confirm(s: State, ref: EdgeRef): Outcome {
  const edge = s.edges.get(ref.edge);
  if (!edge) return `no relation '${ref.edge}'`;
  if (ref.quote !== undefined) {
    const hit = passagesOf(s, edge, ref);
    if (typeof hit === "string") return hit;
    for (const ev of hit) ev.curated ??= "confirmed";
  }
  edge.reviewed = true;
  return undefined;
}

function retype(s: State, r: Extract<Decision, { retype: unknown }>["retype"]): Outcome {
  const edge = s.edges.get(r.edge);
  if (!edge) return `no relation '${r.edge}'`;
  const type = r.type ?? edge.type;
  const [from, to] = r.reverse ? [edge.target, edge.source] : [edge.source, edge.target];
  s.edges.delete(edge.id);
  putEdge(s.edges, { ...edge, ...endpoints(from, type, to), type, status: r.status ?? edge.status, reviewed: true });
  return undefined;
}

function add(s: State, a: Extract<Decision, { add: unknown }>["add"]): Outcome {
  for (const id of [a.source, a.target]) if (!s.nodes.has(id)) return `no entity '${id}'`;
  const anchor = anchorQuote(s.texts, a.article, a.quote);
  if (!anchor) return `the quote is no longer in article '${a.article}'`;
  const text = s.texts.get(anchor.articleId)!;
  const evidence: Evidence = {
    articleId: anchor.articleId,
    start: anchor.start,
    end: anchor.end,
    quote: text.slice(anchor.start, anchor.end),
    modality: a.modality,
    curated: "added",
  };
  putEdge(s.edges, { ...endpoints(a.source, a.type, a.target), type: a.type, status: a.status, evidence: [evidence], reviewed: true });
  return undefined;
}

function entity(s: State, e: Extract<Decision, { entity: unknown }>["entity"]): Outcome {
  let node = s.nodes.get(e.id);
  if (!node) {
    if (!e.label || !e.type) return `no entity '${e.id}' (a new one needs a label and a type)`;
    node = { id: e.id, label: e.label, type: e.type, country: null, sectors: [], aliases: [e.label], curated: true, mentions: [], attributes: {} };
    s.nodes.set(e.id, node);
  }
  if (e.label && e.label !== node.label && !node.aliases.includes(e.label)) node.aliases = [...node.aliases, e.label].sort(byString);
  if (e.label) node.label = e.label;
  if (e.type) node.type = e.type;
  if (e.country !== undefined) node.country = e.country;
  if (e.sectors) node.sectors = [...new Set(e.sectors)].sort();
  node.reviewed = true;
  return undefined;
}

function merge(s: State, m: { from: string; into: string }): Outcome {
  const from = s.nodes.get(m.from);
  const into = s.nodes.get(m.into);
  if (!from) return `no entity '${m.from}'`;
  if (!into) return `no entity '${m.into}'`;
  into.aliases = [...new Set([...into.aliases, ...from.aliases, from.label])].sort(byString);
  into.mentions = [...into.mentions, ...from.mentions];
  into.attributes = { ...from.attributes, ...into.attributes };
  into.reviewed = true;
  s.nodes.delete(from.id);
  for (const edge of [...s.edges.values()]) {
    if (edge.source !== from.id && edge.target !== from.id) continue;
    s.edges.delete(edge.id);
    const source = edge.source === from.id ? into.id : edge.source;
    const target = edge.target === from.id ? into.id : edge.target;
    // A relation between the two merged names is a relation of the entity with itself: dropped.
    if (source !== target) putEdge(s.edges, { ...edge, ...endpoints(source, edge.type, target) });
  }
  return undefined;
}

function notEntity(s: State, id: string): Outcome {
  if (!s.nodes.has(id)) return `no entity '${id}'`;
  s.nodes.delete(id);
  for (const edge of [...s.edges.values()]) {
    if (edge.source !== id && edge.target !== id) continue;
    s.edges.delete(edge.id);
    s.rejected.push({ id: edge.id, source: edge.source, target: edge.target, type: edge.type, scope: "edge", reason: "not_entity", evidence: edge.evidence });
  }
  return undefined;
}
