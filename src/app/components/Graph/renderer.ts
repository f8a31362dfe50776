// Which Cytoscape renderer draws a graph: the WebGL one (Cytoscape ≥ 3.31) for big graphs where the
// browser gives a WebGL context, the 2D canvas otherwise. react-cytoscapejs does not forward the
// `renderer` option, so the swap happens on the fresh instance, before its first layout and frame.
import type { Core } from "cytoscape";

/** Beyond this many elements the canvas drops per-frame niceties (auto-fit, edges while panning) and draws with WebGL. */
export const LARGE_VIEW = 2_000;

/** Options the renderer reads at creation; they must be given again when it is replaced. */
export type CanvasOptions = {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  motionBlur: boolean;
  pixelRatio: number | "auto";
};

/** Big graphs drop what costs a frame: edges and full redraws while moving, motion blur, high-density pixels. */
export function canvasOptions(large: boolean): CanvasOptions {
  return {
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    // On a high-density screen a big graph would draw four times the pixels for labels it hides anyway.
    pixelRatio: large ? 1 : "auto",
  };
}

/** True when the page can get a WebGL context (not in jsdom, not with WebGL disabled or blocklisted). */
export function webglAvailable(doc: Document): boolean {
  try {
    const canvas = doc.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

/**
 * The WebGL context Cytoscape asks for takes the browser's defaults, multisampling included. Where
 * WebGL runs in software (no GPU, or a blocklisted one) multisampling multiplies the cost of every
 * frame: measured 2.4× on a 10,000-element frame in headless Chromium. Nodes are smoothed by their
 * own shader; thin edges lose their smoothing, which at a big graph's zoom is a fair price. sigma.js
 * asks for the same.
 */
export const WEBGL_ATTRIBUTES: WebGLContextAttributes = { antialias: false };

type GetContext = (this: HTMLCanvasElement, type: string, attributes?: object) => RenderingContext | null;
type CanvasWindow = { HTMLCanvasElement?: { prototype: { getContext: GetContext } } };

/**
 * Runs `create` with every WebGL context requested meanwhile given `attributes` (Cytoscape creates
 * its canvases and contexts inside initRenderer, with no way to pass them). The page's getContext is
 * put back before returning, even on a throw.
 */
export function withContextAttributes<T>(view: CanvasWindow | null | undefined, attributes: WebGLContextAttributes, create: () => T): T {
  const proto = view?.HTMLCanvasElement?.prototype;
  if (!proto) return create();
  const original = proto.getContext;
  proto.getContext = function (type, given) {
    return original.call(this, type, type.startsWith("webgl") ? { ...given, ...attributes } : given);
  };
  try {
    return create();
  } finally {
    proto.getContext = original;
  }
}

/** What `cy.mount()` does to replace a renderer, which the typings leave out. */
type Rendering = Core & {
  destroyRenderer(): void;
  initRenderer(options: Record<string, unknown>): void;
  startAnimationLoop(): void;
  stopAnimationLoop(): void;
  options(): Record<string, unknown>;
};

type Registered = HTMLElement & { _cyreg?: unknown };

/**
 * Replaces the instance's 2D renderer by the WebGL one. Returns false, leaving the instance as it was,
 * when there is no container or the browser refuses a context.
 */
export function drawWithWebgl(cy: Core, options: CanvasOptions): boolean {
  const container = cy.container() as Registered | null;
  if (!container || !webglAvailable(container.ownerDocument)) return false;
  const rendering = cy as Rendering;
  // destroyRenderer forgets the container's registration, which tools read the instance through.
  const registration = container._cyreg;
  rendering.stopAnimationLoop();
  rendering.destroyRenderer();
  withContextAttributes(container.ownerDocument.defaultView, WEBGL_ATTRIBUTES, () =>
    rendering.initRenderer({ ...rendering.options(), ...options, name: "canvas", webgl: true }),
  );
  container._cyreg = registration;
  labelsFollowZoom(cy);
  linesAtLeast(cy, MIN_LINE_PX);
  rendering.startAnimationLoop();
  return true;
}

type LabelType = { isVisible?: (ele: unknown) => boolean };
type WebglRenderer = {
  drawing?: { atlasManager?: { getRenderTypeOpts(type: string): LabelType | undefined } };
  /** The 2D renderer's rule for min-zoomed-font-size, which the WebGL renderer inherits but does not call. */
  eleTextBiggerThanMin?(ele: unknown): boolean;
};

/** The label kinds the WebGL renderer draws as textures. */
const LABELS = ["label", "edge-source-label", "edge-target-label"];

/**
 * Cytoscape's WebGL renderer (3.34) draws every label at every zoom: min-zoomed-font-size is only
 * read by the 2D renderer. Without it, the first frame of a big graph rasterises thousands of
 * unreadable labels into textures and every frame draws them. Returns how many label kinds now
 * follow the zoom (0 when the renderer's internals are not where this expects them).
 */
export function labelsFollowZoom(cy: Core): number {
  const r = (cy as unknown as { renderer(): WebglRenderer | undefined }).renderer();
  const bigEnough = r?.eleTextBiggerThanMin;
  if (!r || !bigEnough) return 0;
  let patched = 0;
  for (const type of LABELS) {
    const opts = r.drawing?.atlasManager?.getRenderTypeOpts(type);
    const shown = opts?.isVisible;
    if (!opts || !shown) continue;
    opts.isVisible = (ele) => shown(ele) && bigEnough.call(r, ele);
    patched++;
  }
  return patched;
}

/** Thinner than this on screen, a line drawn without multisampling breaks into dots: it would read as "alleged". */
export const MIN_LINE_PX = 1;

type LineWidths = { getView(instance: number): Float32Array };
type EdgeDrawing = {
  instanceCount: number;
  lineWidthBuffer?: LineWidths;
  drawEdgeLine?(edge: unknown, index: number): void;
};
type ZoomedRenderer = { drawing?: EdgeDrawing; pixelRatio?: number };

/**
 * Edge widths are model units, so a big graph's overview draws them a fraction of a pixel wide; with
 * no multisampling (WEBGL_ATTRIBUTES) such a line is drawn as scattered pixels. This widens, in the
 * WebGL renderer's per-frame instance data only, every line thinner than `minPx` screen pixels to
 * `minPx`; styles and the 2D renderer (used when zoomed in close) are untouched. Returns false when
 * the renderer's internals are not where this expects them (another Cytoscape version).
 */
export function linesAtLeast(cy: Core, minPx: number): boolean {
  const r = (cy as unknown as { renderer(): ZoomedRenderer | undefined }).renderer();
  const drawing = r?.drawing;
  const draw = drawing?.drawEdgeLine;
  if (!r || !drawing || !draw || !drawing.lineWidthBuffer) return false;
  drawing.drawEdgeLine = function (this: EdgeDrawing, edge, index) {
    const before = this.instanceCount;
    draw.call(this, edge, index);
    // A full batch is flushed (count back to 0) inside the call: its last line keeps its width.
    const widths = this.lineWidthBuffer;
    if (!widths || this.instanceCount <= before) return;
    const least = minPx / (cy.zoom() * (r.pixelRatio ?? 1));
    for (let i = before; i < this.instanceCount; i++) {
      const view = widths.getView(i);
      if (view[0]! < least) view[0] = least;
    }
  };
  return true;
}
