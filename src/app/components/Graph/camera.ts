// Where the camera goes: to what is left after a filter, or to a selection and what it touches.
// Positions never change here, only zoom and pan.
import type { Core, Collection, Position } from "cytoscape";
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
