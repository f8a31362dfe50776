// Entangle's canvas as the app sets it up (GraphView.tsx): the same element definitions,
// stylesheet, viewport options, WebGL swap and drawing of filters, on preset positions.
import cytoscape, { type ElementDefinition } from "cytoscape";
import { buildIndex } from "../../src/app/graph/graphIndex";
import { toElements } from "../../src/app/graph/elements";
import { stylesheetFor } from "../../src/app/graph/stylesheet";
import { elementClasses } from "../../src/app/graph/classes";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { LARGE_VIEW, canvasOptions, drawWithWebgl } from "../../src/app/components/Graph/renderer";
import { createDrawing } from "../../src/app/components/Graph/drawing";
import { fitNodes } from "../../src/app/components/Graph/camera";
import { hiddenHalf, loadPayload, markDrawn, paintedAfter, sinceMove, timed } from "./painted";

const steps: [string, number][] = [];
let last = performance.now();
steps.push(["navigation → script", last]);
/** Where the first frame's time goes: each setup step's duration, printed by the bench. */
const step = (name: string) => {
  const now = performance.now();
  steps.push([name, now - last]);
  last = now;
};
const { graph, positions } = await loadPayload();
step("fetch+JSON");
const index = buildIndex(graph);
const elements: ElementDefinition[] = toElements(index).map((d) => {
  const p = d.group === "nodes" ? positions[String(d.data.id)] : undefined;
  return p ? { ...d, position: { x: p[0], y: p[1] } } : d;
});
step("index+elements");
const large = elements.length > LARGE_VIEW;
const options = canvasOptions(large);
// As react-cytoscapejs does: an empty instance, then elements and stylesheet in one batch.
const cy = cytoscape({ container: document.getElementById("graph"), minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false, autounselectify: true, ...options });
cy.batch(() => {
  cy.add(elements);
  cy.style().fromJson(stylesheetFor(large)).update();
});
step("cytoscape+add+style");
// ?renderer=2d keeps the 2D canvas, to check the choice of WebGL at the sizes measured.
const webgl = large && new URLSearchParams(location.search).get("renderer") !== "2d" && drawWithWebgl(cy, options);
step(webgl ? "WebGL renderer" : "renderer");
fitNodes(cy, cy.nodes(), 24);
step("fit");
const drawing = createDrawing(cy);
const all = filterGraph(index, EMPTY_FILTERS, true);
drawing.apply(elementClasses(index, all, null));
step("classes");

// Stamp every draw: the renderer's render() runs only when Cytoscape has something to draw.
type Drawn = { render(options?: unknown): void };
const renderer = (cy as unknown as { renderer(): Drawn }).renderer();
const render = renderer.render;
renderer.render = function (this: Drawn, o?: unknown) {
  render.call(this, o);
  markDrawn();
};

const evenNodes = new Set(graph.nodes.filter((_, i) => !hiddenHalf(i)).map((n) => n.id));
const half = {
  nodes: evenNodes,
  edges: new Set(graph.edges.filter((e) => evenNodes.has(e.source) && evenNodes.has(e.target)).map((e) => e.id)),
  matched: evenNodes,
};

// bench/profile-canvas.ts times the renderer's frames on this instance.
Object.assign(window, { cy });
window.bench = {
  toggleHalf: (hide) => timed(() => drawing.apply(elementClasses(index, hide ? half : all, null))),
  afterMove: sinceMove,
  describe: () =>
    `Cytoscape ${webgl ? "WebGL" : "canvas 2D"}, ${cy.elements().length} elements in the graph (first frame: ${steps.map(([n, d]) => `${n} ${d.toFixed(0)} ms`).join(", ")})`,
};
window.bench.firstFrame = await paintedAfter(0);
step("first draw+paint");
