// Edge bookkeeping for applying decisions: ids from (source, type, target) as the extractor makes
// them (symmetric types sort their endpoints), and putting an edge where one may already stand.
import { edgeEndpoints, type Evidence, type GraphEdge, type Status } from "../../model";

const STATUS_RANK: Record<Status, number> = { ended: 2, active: 1, planned: 0 };

export const endpoints = edgeEndpoints;

const samePlace = (a: Evidence, b: Evidence) => a.articleId === b.articleId && a.start === b.start && a.end === b.end;

/** Adds the edge, or merges it into the one with the same id: evidence united, the later status wins ties by rank. */
export function putEdge(edges: Map<string, GraphEdge>, edge: GraphEdge): GraphEdge {
  const existing = edges.get(edge.id);
  if (!existing) {
    edges.set(edge.id, edge);
    return edge;
  }
  for (const ev of edge.evidence) {
    const same = existing.evidence.find((x) => samePlace(x, ev));
    if (!same) existing.evidence.push(ev);
    else {
      if (ev.modality === "asserted") same.modality = "asserted";
      if (ev.curated && !same.curated) same.curated = ev.curated;
    }
  }
  if (STATUS_RANK[edge.status] > STATUS_RANK[existing.status]) existing.status = edge.status;
  if (edge.reviewed) existing.reviewed = true;
  return existing;
}

export const overlaps = (ev: Evidence, span: { articleId: string; start: number; end: number }) =>
  ev.articleId === span.articleId && ev.start < span.end && span.start < ev.end;
