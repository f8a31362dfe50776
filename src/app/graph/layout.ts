// Layout options for the canvas. fcose is seeded so the same graph always gets the same picture:
// a shared URL shows what its author saw.
import type { LayoutOptions } from "cytoscape";

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
    packComponents: true,
    nodeRepulsion: 3500,
    idealEdgeLength: 40,
    edgeElasticity: 0.35,
    nestingFactor: 0.1,
    gravity: 0.6,
    gravityRange: 3.8,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  } as LayoutOptions;
}

/**
 * The spectral draft packs a big graph into a blob where nodes cover each other. The factor to
 * scale it by, about its centre, so each node gets about `room` × `room` of its own; never below 1.
 */
export function spreadScale(nodes: number, width: number, height: number, room = 56): number {
  const needed = Math.sqrt(nodes) * room;
  const have = Math.sqrt(Math.max(1, width) * Math.max(1, height));
  return Math.max(1, needed / have);
}

/** Headless Cytoscape has no node dimensions for fcose to work with; a grid is enough there. */
export const HEADLESS_LAYOUT: LayoutOptions = { name: "grid", animate: false, fit: false, boundingBox: { x1: 0, y1: 0, w: 1000, h: 1000 } };

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs fn with Math.random replaced by a seeded generator; fcose draws its start positions from it. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
