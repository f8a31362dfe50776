// The canvas stylesheet, as data: selectors over element data and classes, no function-valued
// styles (they disable Cytoscape's style caching). Colours and shapes come from palette.ts.
import type { StylesheetStyle } from "cytoscape";
import { ENTITY_TYPES, RELATION_TYPES } from "../../model";
import { EDGE_COLOUR, NODE_LOOK } from "./palette";

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

const base: StylesheetStyle[] = [
  {
    selector: "node",
    style: {
      width: "data(size)",
      height: "data(size)",
      label: "data(label)",
      "font-family": FONT,
      "font-size": 17,
      // Labels are read small at the overview's zoom: heavier and darker so they hold up.
      "font-weight": 600,
      color: "#0f172a",
      "text-valign": "bottom",
      "text-halign": "center",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "124px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "2px",
      "text-background-shape": "roundrectangle",
      // Below 8 px on screen a label is noise (and, on big graphs, much of the cost of a frame); zoom in to read.
      "min-zoomed-font-size": 8,
      "border-width": 2,
      "border-color": "#ffffff",
      "overlay-padding": 4,
      // Manual z-order (nodes over edges, as in auto mode) lets a highlighted edge and its label rise above node labels.
      "z-index-compare": "manual",
      "z-index": 10,
    },
  },
  // Contract names run long ("Amazon – Amazon Web Services – UK intelligence services contract"): one line, the panel has the rest.
  { selector: 'node[type = "contract"]', style: { "text-wrap": "ellipsis", "text-max-width": "120px" } },
  { selector: "node[!curated]", style: { "border-style": "dashed", "border-color": "#334155", "border-width": 2 } },
  {
    selector: "edge",
    style: {
      width: "mapData(count, 1, 6, 1.6, 5)",
      "curve-style": "bezier",
      "z-index-compare": "manual",
      "z-index": 0,
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "line-cap": "round",
      opacity: 0.85,
      "font-family": FONT,
      "font-size": 12,
      color: "#334155",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.9,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
  // Added in this browser: a halo, so the new part of the graph stands out from the corpus.
  { selector: "node[?added]", style: { "underlay-color": "#f59e0b", "underlay-padding": 7, "underlay-opacity": 0.5, "underlay-shape": "ellipse" } },
  { selector: "edge[?added]", style: { "underlay-color": "#f59e0b", "underlay-padding": 4, "underlay-opacity": 0.4 } },
  { selector: 'edge[modality = "alleged"]', style: { "line-style": "dashed", "line-dash-pattern": [6, 4], opacity: 0.7 } },
  { selector: 'edge[status = "ended"]', style: { "mid-target-arrow-shape": "tee", "arrow-scale": 1.1, "line-opacity": 0.55 } },
  { selector: 'edge[status = "planned"]', style: { "mid-target-arrow-shape": "circle", "mid-target-arrow-fill": "hollow" } },
];

const byType: StylesheetStyle[] = [
  ...ENTITY_TYPES.map((t) => ({
    selector: `node[type = "${t}"]`,
    style: { "background-color": NODE_LOOK[t].colour, shape: NODE_LOOK[t].shape },
  })),
  ...RELATION_TYPES.map((t) => ({
    selector: `edge[type = "${t}"]`,
    style: { "line-color": EDGE_COLOUR[t], "target-arrow-color": EDGE_COLOUR[t], "mid-target-arrow-color": EDGE_COLOUR[t] },
  })),
];

/** Classes set by classes.ts; later rules win, so emphasis comes last. */
const dynamic: StylesheetStyle[] = [
  // No rule for "hidden": filtered-out elements leave the graph (components/Graph/drawing.ts).
  // Entities with no relation have nothing to explore on the canvas; search and the panels still reach them.
  { selector: "node[degree = 0]", style: { display: "none" } },
  { selector: "node.context", style: { opacity: 0.5 } },
  { selector: ".dimmed", style: { opacity: 0.14, "text-opacity": 0.3 } },
  { selector: "edge.neighbour", style: { label: "data(label)", opacity: 1, "z-index": 20 } },
  { selector: "node.neighbour", style: { opacity: 1 } },
  { selector: "node.focus", style: { "border-width": 4, "border-color": "#0f172a", "border-style": "solid", opacity: 1, "font-weight": 700, "z-index": 30 } },
  { selector: "edge.focus", style: { width: 5, label: "data(label)", opacity: 1, "z-index": 30, "font-weight": 700 } },
  { selector: "edge.onpath", style: { width: 5, opacity: 1, "z-index": 25 } },
  { selector: "node.onpath", style: { "border-width": 4, "border-color": "#0f172a", "border-style": "solid", "z-index": 26 } },
  { selector: "node:active, edge:active", style: { "overlay-opacity": 0.08 } },
];

export const STYLESHEET: StylesheetStyle[] = [...base, ...byType, ...dynamic];

/**
 * Big graphs draw straight edges: a bundled bezier makes Cytoscape gather every edge's parallel
 * edges (a collection per pair) whenever its geometry changes, which was the largest cost of the
 * first frame and of showing filtered elements again. Parallel edges then overlap, as they do at
 * that scale anyway; the panels list each relation.
 */
export const STYLESHEET_LARGE: StylesheetStyle[] = [...STYLESHEET, { selector: "edge", style: { "curve-style": "straight" } }];

export const stylesheetFor = (large: boolean): StylesheetStyle[] => (large ? STYLESHEET_LARGE : STYLESHEET);
