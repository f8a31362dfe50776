// The dynamic look of every element as a class string, derived from what is visible and selected,
// and the minimal diff between two such maps — the only thing the canvas is told on a change.
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";
import { neighbourhood } from "./neighbourhood";

export type Focus = { kind: "node" | "edge"; id: string } | null;
export type ClassMap = ReadonlyMap<string, string>;
export type ClassChange = { id: string; classes: string };

/** Elements to bring forward when nothing is selected (the paths between two entities). */
export type Highlight = { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;

export function elementClasses(index: GraphIndex, visible: VisibleGraph, focus: Focus, highlight: Highlight = null): ClassMap {
  const { graph } = index;
  let near: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = null;
  if (focus?.kind === "node" && visible.nodes.has(focus.id)) {
    near = neighbourhood(index, focus.id, visible);
    // A node with no visible relation has nothing to bring forward: fading the rest would only hide the graph.
    if (near.edges.size === 0) near = null;
  }
  if (focus?.kind === "edge" && visible.edges.has(focus.id)) {
    const e = index.edgeById.get(focus.id);
    if (e) near = { nodes: new Set([e.source, e.target]), edges: new Set([e.id]) };
  }
  const onPath = !near && highlight && highlight.edges.size > 0 ? highlight : null;
  if (onPath) near = onPath;
  const out = new Map<string, string>();
  // Plain string concatenation, no per-element arrays: this runs over every element on every click.
  const emphasis = (id: string, isNear: boolean | undefined) =>
    !near ? "" : id === focus?.id ? "focus" : isNear ? (onPath ? "neighbour onpath" : "neighbour") : "dimmed";
  for (const n of graph.nodes) {
    if (!visible.nodes.has(n.id)) {
      out.set(n.id, "hidden");
      continue;
    }
    const look = emphasis(n.id, near?.nodes.has(n.id));
    out.set(n.id, visible.matched.has(n.id) ? look : look ? `context ${look}` : "context");
  }
  for (const e of graph.edges) {
    out.set(e.id, visible.edges.has(e.id) ? emphasis(e.id, near?.edges.has(e.id)) : "hidden");
  }
  return out;
}

/** Elements whose classes differ; with no previous map, every element that has a class. */
export function diffClasses(prev: ClassMap | null, next: ClassMap): ClassChange[] {
  const changes: ClassChange[] = [];
  for (const [id, classes] of next) {
    if ((prev ? (prev.get(id) ?? "") : "") !== classes) changes.push({ id, classes });
  }
  return changes;
}
