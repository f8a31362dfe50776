// Relations as lists: a node's relations grouped by type (node panel) and the filtered graph as
// sortable rows (table view).
import { RELATION_TYPES, type GraphEdge, type GraphNode, type Modality, type RelationType, type Status } from "../../model";
import type { GraphIndex } from "./graphIndex";
import { corroboration } from "./corroboration";

export type NodeRelation = { edge: GraphEdge; other: GraphNode; outgoing: boolean; passages: number; articles: number };
export type RelationGroup = { type: RelationType; relations: NodeRelation[] };

export function relationsOf(index: GraphIndex, nodeId: string): RelationGroup[] {
  const groups = new Map<RelationType, NodeRelation[]>();
  for (const id of index.edgesByNode.get(nodeId) ?? []) {
    const edge = index.edgeById.get(id);
    if (!edge) continue;
    const outgoing = edge.source === nodeId;
    const other = index.nodeById.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    const list = groups.get(edge.type) ?? [];
    // A translation and its original are one source.
    list.push({ edge, other, outgoing, passages: edge.evidence.length, articles: corroboration(edge, index.articleById).independent });
    groups.set(edge.type, list);
  }
  return RELATION_TYPES.filter((t) => groups.has(t)).map((type) => ({
    type,
    relations: groups.get(type)!.sort((a, b) => b.passages - a.passages || a.other.label.localeCompare(b.other.label)),
  }));
}

export type RelationRow = {
  id: string;
  source: string;
  type: RelationType;
  target: string;
  status: Status;
  modality: Modality;
  sources: number;
};
export type SortKey = Exclude<keyof RelationRow, "id">;
export type SortDir = "asc" | "desc";

export function relationRows(index: GraphIndex, edgeIds: Iterable<string>): RelationRow[] {
  const rows: RelationRow[] = [];
  for (const id of edgeIds) {
    const e = index.edgeById.get(id);
    if (!e) continue;
    rows.push({
      id,
      source: index.nodeById.get(e.source)?.label ?? e.source,
      type: e.type,
      target: index.nodeById.get(e.target)?.label ?? e.target,
      status: e.status,
      modality: index.edgeModality.get(id) ?? "asserted",
      sources: corroboration(e, index.articleById).independent,
    });
  }
  return rows;
}

export function sortRows(rows: readonly RelationRow[], key: SortKey, dir: SortDir): RelationRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const cmp = (a: RelationRow, b: RelationRow) => {
    const x = a[key];
    const y = b[key];
    const primary = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return primary * sign || a.source.localeCompare(b.source) || a.target.localeCompare(b.target) || a.id.localeCompare(b.id);
  };
  return [...rows].sort(cmp);
}
