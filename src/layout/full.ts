// A whole layout at build time: fcose in a headless Cytoscape over the skeleton, seeded, so the same
// graph always gets the same positions. Runs in Node (the extractor's CLI) and needs no browser.
import cytoscape, { type ElementDefinition, type LayoutOptions } from "cytoscape";
import fcose from "cytoscape-fcose";
import type { Position } from "../model";
import type { Skeleton } from "./skeleton";
import { LAYOUT_SEED, spreadScale, withSeededRandom } from "./random";
import { FCOSE_FORCES } from "./forces";

/** Above this many nodes the force refinement costs minutes here; the spectral draft is spread out instead. */
export const DRAFT_ABOVE = 600;

let registered = false;

/** The app's fcose constants (src/app/graph/layout.ts), without labels: headless nodes have no size. */
function options(nodes: number): LayoutOptions {
  return {
    name: "fcose",
    quality: nodes > DRAFT_ABOVE ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: true,
    ...FCOSE_FORCES,
  } as LayoutOptions;
}

/** Positions for every node of the skeleton, rounded to whole model units (the file stays small and diffs stay quiet). */
export function fullLayout(sk: Skeleton): Map<string, Position> {
  if (!registered) cytoscape.use(fcose), (registered = true);
  const elements: ElementDefinition[] = sk.ids.map((id) => ({ group: "nodes", data: { id } }));
  sk.pairs.forEach(([a, b], i) => {
    elements.push({ group: "edges", data: { id: `p${i}`, source: sk.ids[a]!, target: sk.ids[b]! } });
  });
  const cy = cytoscape({ headless: true, styleEnabled: false, elements });
  try {
    withSeededRandom(LAYOUT_SEED, () => cy.layout(options(sk.ids.length)).run());
    const nodes = cy.nodes();
    // Headless nodes are 1 × 1: fcose packs them tight. Spread the drawing so each node has room for its label.
    const bb = nodes.boundingBox({});
    const scale = spreadScale(sk.ids.length, bb.w, bb.h, 70);
    const cx = (bb.x1 + bb.x2) / 2;
    const cy0 = (bb.y1 + bb.y2) / 2;
    const out = new Map<string, Position>();
    nodes.forEach((n) => {
      const p = n.position();
      out.set(n.id(), { x: Math.round((p.x - cx) * scale), y: Math.round((p.y - cy0) * scale) });
    });
    return out;
  } finally {
    // A headless instance keeps a timer alive until destroyed; the CLI would never exit.
    cy.destroy();
  }
}
