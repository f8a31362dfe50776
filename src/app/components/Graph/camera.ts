// Where the camera goes: to what is left after a filter, or to a selection and what it touches.
// Positions never change here, only zoom and pan.
import type { Core, Collection, NodeCollection, Position } from "cytoscape";
import type { Selection } from "../../store/explorer";

/** Closer than this and a small neighbourhood fills the screen with two giant nodes. */
const MAX_ZOOM = 1.25;
const PADDING = 32;

/** Fits the elements, but never closer than MAX_ZOOM: a lone node is centred at a legible size. */
export function fitTo(cy: Core, eles: Collection, animate: boolean): void {
  if (eles.empty()) return;
  // getFitViewport takes the elements and padding, but cytoscape's own types declare it without arguments.
  const fit = (cy as Core & { getFitViewport(eles: Collection, padding: number): { zoom: number; pan: Position } | undefined }).getFitViewport(eles, PADDING);
  if (!fit) return;
  let { zoom, pan } = fit;
  if (zoom > MAX_ZOOM) {
    const bb = eles.boundingBox();
    zoom = MAX_ZOOM;
    pan = { x: cy.width() / 2 - ((bb.x1 + bb.x2) / 2) * zoom, y: cy.height() / 2 - ((bb.y1 + bb.y2) / 2) * zoom };
  }
  if (animate) cy.stop().animate({ zoom, pan }, { duration: 350 });
  else cy.viewport({ zoom, pan });
}

/** The selection with its visible neighbours (a node) or its two ends (a relation). */
export function selectionContext(cy: Core, selection: NonNullable<Selection>): Collection | null {
  const target = cy.getElementById(selection.id);
  // A filtered-out element is not in the graph (drawing.ts), nor are its filtered-out neighbours.
  if (target.empty()) return null;
  return selection.kind === "edge" ? target.union(target.connectedNodes()) : target.closedNeighborhood();
}

/**
 * Fits the nodes' bodies from their positions and sizes alone. Cytoscape's fit asks the bounds of
 * every element, which on a big graph means every label measured and every edge's geometry
 * computed before the first frame; edges lie between nodes, and labels are not drawn at the zoom
 * a big graph opens at.
 */
export function fitNodes(cy: Core, nodes: NodeCollection, padding: number): void {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  nodes.forEach((n) => {
    const { x, y } = n.position();
    const r = n.outerWidth() / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  });
  if (!Number.isFinite(x1)) return;
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / Math.max(1, x2 - x1), h / Math.max(1, y2 - y1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((x1 + x2) / 2) * zoom, y: cy.height() / 2 - ((y1 + y2) / 2) * zoom } });
}
