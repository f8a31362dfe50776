// Positions the extractor laid out at build time (large graphs), completed for the nodes it did not
// know: those of articles added in this browser are placed beside their neighbours, as the
// extractor's own reruns place new nodes, so a large graph never needs a layout in the browser.
import type { Position } from "../../model";
import { positionsOf } from "../../layout/positions";
import { placeMissing } from "../../layout/place";
import type { GraphIndex } from "./graphIndex";

const cache = new WeakMap<GraphIndex, ReadonlyMap<string, Position> | null>();

/** Every drawn node's position, or null when the graph carries none (the canvas lays it out). */
export function presetPositions(index: GraphIndex): ReadonlyMap<string, Position> | null {
  if (cache.has(index)) return cache.get(index)!;
  const known = positionsOf(index.graph);
  let result: ReadonlyMap<string, Position> | null = null;
  if (known.size > 0) {
    const missing = index.graph.nodes.some((n) => !known.has(n.id) && (index.degree.get(n.id) ?? 0) > 0);
    result = missing ? placeMissing(index.graph, known) : known;
  }
  cache.set(index, result);
  return result;
}
