// The live Cytoscape instance, for the Export menu's PNG and SVG: the canvas registers itself
// here when it is created, so the menu needs no reference threaded through the tree.
import type { Core } from "cytoscape";

let current: Core | null = null;

export function registerCanvas(cy: Core): void {
  current = cy;
}

export function currentCanvas(): Core | null {
  return current && !current.destroyed() ? current : null;
}
