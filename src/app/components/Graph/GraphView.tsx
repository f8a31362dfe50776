// The canvas: Cytoscape through react-cytoscapejs. Elements are built once per graph; filters and
// selection reach Cytoscape only through drawing.ts: filtered-out elements leave the graph, the
// others get a class diff, all in one batch.
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import CytoscapeComponent from "react-cytoscapejs";
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useIndex, usePathHighlight, useVisible } from "../../derived";
import { directionOf, firstNode, nearestInDirection, type Placed } from "../../graph/keyboard";
import { FocusBar } from "./FocusBar";
import { OverviewNote } from "./OverviewNote";
import { useExplorer } from "../../store/explorer";
import { useCanvasConfig } from "../../config";
import { toElements } from "../../graph/elements";
import { elementClasses } from "../../graph/classes";
import { stylesheetFor } from "../../graph/stylesheet";
import { HEADLESS_LAYOUT, LARGE_LAYOUT, fcoseOptions, spreadScale, withSeededRandom } from "../../graph/layout";
import { GraphToolbar } from "./GraphToolbar";
import { fitNodes, fitTo, selectionContext } from "./camera";
import { Legend } from "../Legend/Legend";
import { EmptyResult } from "../states/EmptyResult";
import { registerCanvas } from "../Export/canvas";
import { LARGE_VIEW, canvasOptions, drawWithWebgl } from "./renderer";
import { createDrawing, type Drawing } from "./drawing";
import { presetPositions } from "../../graph/preset";
import { separateLabels } from "../../graph/separate-labels";

/** Fits as fcose's own `fit` does (labels counted: the graph is small), animated when the layout was. */
function refit(cy: Core, eles: cytoscape.Collection, animate: boolean) {
  if (animate) cy.animate({ fit: { eles, padding: 24 } }, { duration: 250 });
  else cy.fit(eles, 24);
}

let registered = false;
function registerFcose() {
  if (!registered) cytoscape.use(fcose), (registered = true);
}

const LAYOUT_SEED = 20240917;

/** react-cytoscapejs's default diff compares objects key by key; ours are stable, so identity says it all. */
const sameReference = (a: unknown, b: unknown) => a !== b;

export function GraphView({ hidden }: { hidden: boolean }) {
  registerFcose();
  const { t } = useTranslation();
  const config = useCanvasConfig();
  const index = useIndex();
  const visible = useVisible();
  const highlight = usePathHighlight();
  const selection = useExplorer((s) => s.selection);
  const centreRequest = useExplorer((s) => s.centreRequest);
  const elements = useMemo(() => toElements(index), [index]);
  // A large graph comes laid out by the extractor: its nodes are drawn where they were placed.
  const preset = presetPositions(index) !== null;
  const classes = useMemo(() => elementClasses(index, visible, selection, highlight), [index, visible, selection, highlight]);
  const latestClasses = useRef(classes);
  latestClasses.current = classes;
  const cyRef = useRef<Core | null>(null);

  const drawing = useRef<Drawing | null>(null);
  const synced = useRef(elements);

  const runLayout = useCallback(
    (cy: Core, animate: boolean, usePreset = false) => {
      // The positions are in the elements already: only the camera moves, to what is shown.
      if (usePreset) return void fitNodes(cy, cy.nodes(), 24);
      // Filtered-out elements are not in the graph (drawing.ts): the layout places what is shown.
      const eles = cy.elements().not("node[degree = 0]");
      const nodes = eles.nodes();
      const options = config.headless ? HEADLESS_LAYOUT : fcoseOptions({ animate, nodes: nodes.length });
      const layout = eles.layout(options);
      // fcose only discourages overlap: labels it left on each other are moved apart once it stops (then refit).
      if (!config.headless && nodes.length <= LARGE_LAYOUT) layout.one("layoutstop", () => (separateLabels(cy, nodes), refit(cy, eles, animate)));
      withSeededRandom(LAYOUT_SEED, () => layout.run());
      if (config.headless || nodes.length <= LARGE_LAYOUT) return;
      // The draft layout is synchronous and not animated: spread it out now, then fit.
      const bb = nodes.boundingBox({ includeLabels: false });
      const scale = spreadScale(nodes.length, bb.w, bb.h);
      const cx = (bb.x1 + bb.x2) / 2;
      const cy0 = (bb.y1 + bb.y2) / 2;
      nodes.positions((n) => {
        const p = n.position();
        return { x: cx + (p.x - cx) * scale, y: cy0 + (p.y - cy0) * scale };
      });
      fitNodes(cy, nodes, 24);
    },
    [config.headless],
  );

  // react-cytoscapejs calls this after every update; listeners and the first layout happen once per instance.
  const onCy = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cyRef.current = cy;
      drawing.current = createDrawing(cy);
      // Big graphs are drawn by WebGL where the browser allows it; the seed-sized one stays on the 2D canvas.
      const large = cy.elements().length > LARGE_VIEW;
      const webgl = !config.headless && large && drawWithWebgl(cy, canvasOptions(large));
      cy.on("tap", "node", (e) => useExplorer.getState().selectNode(e.target.id()));
      cy.on("tap", "edge", (e) => useExplorer.getState().selectEdge(e.target.id()));
      cy.on("tap", (e) => {
        if (e.target === cy) useExplorer.getState().clearSelection();
      });
      const container = cy.container();
      cy.on("mouseover", "node, edge", () => container && (container.style.cursor = "pointer"));
      cy.on("mouseout", "node, edge", () => container && (container.style.cursor = ""));
      config.onCy?.(cy);
      registerCanvas(cy);
      // A preset view fits what is shown (a large graph's overview), not every node: classes first.
      // Not before a layout, which must place the hidden nodes too, for when a filter shows them.
      if (preset) drawing.current.apply(latestClasses.current);
      const t0 = performance.now();
      runLayout(cy, false, preset);
      performance.measure("entangle:first-layout", { start: t0, end: performance.now() });
      // A shared link with a selection opens on that selection, not on the whole graph.
      const { selection: initial } = useExplorer.getState();
      const around = initial && selectionContext(cy, initial);
      if (around) fitTo(cy, around, false);
      if (config.headless) window.__entangleReady = performance.now();
      else {
        const drawn = () => requestAnimationFrame(() => (window.__entangleReady ??= performance.now()));
        // The WebGL renderer draws in the same frame loop but emits no "render" event: wait a frame for it.
        if (webgl) requestAnimationFrame(drawn);
        else cy.one("render", drawn);
      }
    },
    [config, runLayout, preset],
  );

  useEffect(() => {
    const current = drawing.current;
    if (!current) return;
    // react-cytoscapejs has patched the new elements in before this parent effect runs.
    if (synced.current !== elements) current.sync(elements), (synced.current = elements);
    const t0 = performance.now();
    current.apply(classes);
    performance.measure("entangle:apply-classes", { start: t0, end: performance.now() });
  }, [classes, elements]);

  // Articles added in the browser change the elements: lay the graph out again so the new ones get a place.
  const laidOut = useRef(elements);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || laidOut.current === elements) return;
    laidOut.current = elements;
    if (!preset) return runLayout(cy, config.animate);
    // Preset: the new nodes were placed beside their neighbours (preset.ts); the others stay put.
    cy.batch(() => {
      for (const el of elements) if (el.group === "nodes" && el.position) cy.getElementById(el.data.id!).position(el.position);
    });
  }, [elements, runLayout, config.animate, preset]);

  // A filter change moves the camera to what is left, never the nodes: positions stay put.
  // Compared with the last one seen, not the first: the unfiltered graph is one shared object, and
  // going back to it must fit again.
  const lastVisible = useRef(visible);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || visible === lastVisible.current) return;
    lastVisible.current = visible;
    if (visible.nodes.size === 0) return;
    // On big graphs the bounding box (labels included) and an animated redraw cost more than they help.
    if (visible.nodes.size + visible.edges.size > LARGE_VIEW) return;
    fitTo(cy, cy.elements(), config.animate);
  }, [visible, config.animate]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new centre request moves the view, not a new selection
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !selection || centreRequest === 0) return;
    const around = selectionContext(cy, selection);
    if (around) fitTo(cy, around, config.animate);
    // Only a new request moves the view; a selection made on the canvas itself leaves it alone.
  }, [centreRequest]);

  useEffect(() => {
    if (!hidden && cyRef.current) cyRef.current.resize();
  }, [hidden]);

  // The canvas element is memoised: a filter or selection change re-renders this view but never
  // reaches react-cytoscapejs, whose update would walk every element to compare it.
  const large = elements.length > LARGE_VIEW;
  const options = useMemo(() => canvasOptions(large), [large]);
  const canvas = useMemo(
    () => (
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheetFor(large)}
        cy={onCy}
        diff={sameReference}
        headless={config.headless}
        className="graph-canvas"
        minZoom={0.15}
        maxZoom={4}
        hideEdgesOnViewport={options.hideEdgesOnViewport}
        textureOnViewport={options.textureOnViewport}
        motionBlur={options.motionBlur}
        pixelRatio={options.pixelRatio}
        boxSelectionEnabled={false}
        autounselectify
      />
    ),
    [elements, onCy, config.headless, options, large],
  );

  const fitVisible = useCallback(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.resize();
    fitTo(cy, cy.elements(), config.animate);
  }, [config.animate]);

  // Keyboard mode: arrows walk from the selected node to the nearest drawn node that way; Enter centres it.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || e.target !== e.currentTarget) return;
    const dir = directionOf(e.key);
    if (!dir && e.key !== "Enter") return;
    e.preventDefault();
    const placed: Placed[] = cy.nodes(":visible").map((n) => ({ id: n.id(), ...n.renderedPosition() }));
    const current = selection?.kind === "node" ? placed.find((p) => p.id === selection.id) : undefined;
    const { selectNode } = useExplorer.getState();
    if (e.key === "Enter") {
      if (current) selectNode(current.id, { centre: true });
      return;
    }
    const next = current ? nearestInDirection(placed, current, dir!) : firstNode(placed);
    if (next) selectNode(next);
  };

  const empty = visible.nodes.size === 0;
  return (
    <div className="graph" hidden={hidden}>
      <div
        className="graph-area"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas has a keyboard mode (arrows move between nodes, Enter selects), so it takes focus.
        tabIndex={0}
        role="application"
        aria-roledescription={t("graph.role")}
        aria-label={t("graph.keyboard")}
        onKeyDown={onKeyDown}
      >
        {canvas}
        <FocusBar />
        <OverviewNote />
        <GraphToolbar
          onFit={fitVisible}
          onZoom={(factor) => {
            const cy = cyRef.current;
            if (!cy) return;
            const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
            cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
          }}
          onRelayout={() => cyRef.current && runLayout(cyRef.current, config.animate)}
        />
      </div>
      {/* Folding the legend gives the canvas more room: use it. */}
      <Legend onToggle={fitVisible} />
      {empty && <EmptyResult />}
    </div>
  );
}
