// Placing the nodes a layout does not know yet (new in this run, or added in the browser) without
// moving the others: what keeps a one-article rerun from paying for a whole layout, and a reader's
// mental map of the graph from being reshuffled. Pure and free of Cytoscape, so the app can use it too.
import type { Graph, Position } from "../model";
import { adjacency, type Skeleton } from "./skeleton";

/** The distance from a placed neighbour, about the force layout's ideal edge length plus room for a node. */
export const PLACE_DISTANCE = 60;

/** A stable angle per id (FNV-1a), so the same new node lands in the same place on every run. */
function angleOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return (h / 0x100000000) * 2 * Math.PI;
}

const round = (p: Position): Position => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Positions for every node of `sk` given those already `known`: known nodes keep theirs; a new node
 * linked to placed ones goes beside their centre (at a stable angle, PLACE_DISTANCE away), in
 * breadth-first order so chains of new nodes grow outwards; a new component with no placed node is
 * laid out as a ring beside the drawing, below the previous such component.
 */
export function placeNew(sk: Skeleton, known: ReadonlyMap<string, Position>): Map<string, Position> {
  const adj = adjacency(sk);
  const at: (Position | undefined)[] = sk.ids.map((id) => known.get(id));
  const out = new Map<string, Position>();
  sk.ids.forEach((id, i) => {
    if (at[i]) out.set(id, at[i]!);
  });
  const box = bounds(at);
  const queue: number[] = [];
  const enqueueNeighbours = (i: number) => {
    for (const j of adj[i]!) if (!at[j]) queue.push(j);
  };
  at.forEach((p, i) => {
    if (p) enqueueNeighbours(i);
  });
  /** Places what the queue leads to; returns the lowest y placed. */
  const drain = (): number => {
    let low = Number.NEGATIVE_INFINITY;
    for (let q = 0; q < queue.length; q++) {
      const i = queue[q]!;
      if (at[i]) continue;
      let x = 0;
      let y = 0;
      let n = 0;
      for (const j of adj[i]!) if (at[j]) (x += at[j]!.x), (y += at[j]!.y), n++;
      const a = angleOf(sk.ids[i]!);
      at[i] = round({ x: x / n + PLACE_DISTANCE * Math.cos(a), y: y / n + PLACE_DISTANCE * Math.sin(a) });
      out.set(sk.ids[i]!, at[i]!);
      low = Math.max(low, at[i]!.y);
      enqueueNeighbours(i);
    }
    queue.length = 0;
    return low;
  };
  drain();
  // What is left are components with nothing placed: each one starts at a slot right of the drawing.
  let slotY = box ? box.y1 : 0;
  const slotX = box ? box.x2 + 4 * PLACE_DISTANCE : 0;
  for (let i = 0; i < at.length; i++) {
    if (at[i]) continue;
    at[i] = { x: slotX, y: slotY };
    out.set(sk.ids[i]!, at[i]!);
    enqueueNeighbours(i);
    slotY = Math.max(slotY, drain()) + 2 * PLACE_DISTANCE;
  }
  return out;
}

function bounds(at: readonly (Position | undefined)[]): { x1: number; y1: number; x2: number; y2: number } | null {
  let box: { x1: number; y1: number; x2: number; y2: number } | null = null;
  for (const p of at) {
    if (!p) continue;
    if (!box) box = { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
    else (box.x1 = Math.min(box.x1, p.x)), (box.y1 = Math.min(box.y1, p.y)), (box.x2 = Math.max(box.x2, p.x)), (box.y2 = Math.max(box.y2, p.y));
  }
  return box;
}

/**
 * The graph's drawn nodes with the positions in `known`, plus a place for each drawn node missing
 * from it. Only the links of missing nodes are looked at (every one, not the skeleton's strongest):
 * with a handful of new nodes this is one pass over the relations, not a skeleton of the whole graph.
 */
export function placeMissing(graph: Pick<Graph, "nodes" | "edges">, known: ReadonlyMap<string, Position>): Map<string, Position> {
  const at = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const total = graph.nodes.length;
  const linked = new Uint8Array(total);
  const ends: [number, number][] = [];
  for (const e of graph.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    linked[s] = linked[t] = 1;
    ends.push([s, t]);
  }
  const missing = new Uint8Array(total);
  let any = false;
  graph.nodes.forEach((n, i) => {
    if (linked[i] && !known.has(n.id)) {
      missing[i] = 1;
      any = true;
    }
  });
  const ids: string[] = [];
  const renumber = new Int32Array(total).fill(-1);
  graph.nodes.forEach((n, i) => {
    if (linked[i]) renumber[i] = ids.push(n.id) - 1;
  });
  if (!any) return new Map(ids.map((id) => [id, known.get(id)!]));
  const codes = new Set<number>();
  for (const [s, t] of ends) if (missing[s] || missing[t]) codes.add(Math.min(s, t) * total + Math.max(s, t));
  const pairs = [...codes].sort((p, q) => p - q).map((c): [number, number] => [renumber[Math.floor(c / total)]!, renumber[c % total]!]);
  return placeNew({ ids, pairs }, known);
}
