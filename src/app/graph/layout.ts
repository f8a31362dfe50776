// Layout options for the canvas. fcose is seeded so the same graph always gets the same picture:
// a shared URL shows what its author saw.
import type { LayoutOptions } from "cytoscape";
import { FCOSE_FORCES } from "../../layout/forces";

export type LayoutSettings = {
  /** Animate the move to the new positions (re-layout only; the first layout is drawn in place). */
  animate: boolean;
  /** Number of nodes to lay out: big graphs get the fast spectral pass only. */
  nodes: number;
};

/** Above this many nodes, fcose's force refinement costs seconds; its spectral draft is enough. */
export const LARGE_LAYOUT = 600;
const LARGE = LARGE_LAYOUT;

/** Constants tuned on the seed corpus (~40 nodes): enough room for labels under every node. */
export function fcoseOptions(settings: LayoutSettings): LayoutOptions {
  return {
    name: "fcose",
    quality: settings.nodes > LARGE ? "draft" : "default",
    randomize: true,
    // Animating thousands of nodes costs more frames than it explains.
    animate: settings.animate && settings.nodes <= LARGE,
    animationDuration: 450,
    fit: true,
    padding: 24,
    nodeDimensionsIncludeLabels: settings.nodes <= LARGE,
    uniformNodeDimensions: false,
    ...FCOSE_FORCES,
  } as LayoutOptions;
}

/** Headless Cytoscape has no node dimensions for fcose to work with; a grid is enough there. */
export const HEADLESS_LAYOUT: LayoutOptions = { name: "grid", animate: false, fit: false, boundingBox: { x1: 0, y1: 0, w: 1000, h: 1000 } };

export { seededRandom, spreadScale, withSeededRandom } from "../../layout/random";
