// After a live layout: node-and-label boxes that still overlap are moved apart (src/layout/separate.ts), so every
// name on the canvas can be read. Only for graphs laid out with labels counted (fcose's default quality).
import type { Core, NodeCollection } from "cytoscape";
import { separateBoxes } from "../../layout/separate";

/** Room left between two labels, in model units (the node labels' font is 17). */
const LABEL_GAP = 6;

export function separateLabels(cy: Core, nodes: NodeCollection): void {
  const list = nodes.toArray();
  const boxes = list.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }));
  const moves = separateBoxes(boxes, { gap: LABEL_GAP });
  cy.batch(() => {
    list.forEach((n, i) => {
      const { dx, dy } = moves[i]!;
      if (dx === 0 && dy === 0) return;
      const p = n.position();
      n.position({ x: p.x + dx, y: p.y + dy });
    });
  });
}
