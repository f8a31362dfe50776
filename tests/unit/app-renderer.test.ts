import {
  WEBGL_ATTRIBUTES,
  canvasOptions,
  drawWithWebgl,
  labelsFollowZoom,
  linesAtLeast,
  webglAvailable,
  withContextAttributes,
} from "../../src/app/components/Graph/renderer";
import type { Core } from "cytoscape";

describe("canvas renderer choice", () => {
  it("drops motion blur always, and edges, full redraws and dense pixels while moving only on big graphs", () => {
    expect(canvasOptions(false)).toEqual({ hideEdgesOnViewport: false, textureOnViewport: false, motionBlur: false, pixelRatio: "auto" });
    expect(canvasOptions(true)).toEqual({ hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: false, pixelRatio: 1 });
  });

  it("says whether the browser gives a WebGL context", () => {
    const doc = (context: unknown) => ({ createElement: () => ({ getContext: () => context }) }) as unknown as Document;
    expect(webglAvailable(doc(null))).toBe(false);
    expect(webglAvailable(doc({}))).toBe(true);
    const throwing = {
      createElement: () => ({
        getContext: () => {
          throw new Error("blocked");
        },
      }),
    } as unknown as Document;
    expect(webglAvailable(throwing)).toBe(false);
  });

  function fakeCy(context: unknown) {
    const calls: string[] = [];
    const container = { ownerDocument: { createElement: () => ({ getContext: () => context }) }, _cyreg: { cy: "registered" } };
    const cy = {
      container: () => container,
      options: () => ({ minZoom: 0.15 }),
      stopAnimationLoop: () => calls.push("stop"),
      destroyRenderer: () => (calls.push("destroy"), (container._cyreg = null as never)),
      initRenderer: (o: Record<string, unknown>) => calls.push(`init ${JSON.stringify(o)}`),
      startAnimationLoop: () => calls.push("start"),
      renderer: () => ({}),
    };
    return { cy: cy as unknown as Core, calls, container };
  }

  it("swaps in the WebGL renderer with the same options, keeping the container's registration", () => {
    const { cy, calls, container } = fakeCy({});
    expect(drawWithWebgl(cy, canvasOptions(true))).toBe(true);
    expect(calls[0]).toBe("stop");
    expect(calls[1]).toBe("destroy");
    expect(JSON.parse(calls[2]!.slice(5))).toEqual({ minZoom: 0.15, ...canvasOptions(true), name: "canvas", webgl: true });
    expect(calls[3]).toBe("start");
    expect(container._cyreg).toEqual({ cy: "registered" });
  });

  it("asks for WebGL contexts without multisampling while the renderer is created, and only then", () => {
    const asked: [string, unknown][] = [];
    const proto = {
      getContext(this: unknown, type: string, attributes?: object) {
        asked.push([type, attributes]);
        return null;
      },
    };
    const original = proto.getContext;
    const view = { HTMLCanvasElement: { prototype: proto } };
    const canvas = proto as unknown as HTMLCanvasElement;
    const cases: [type: string, given: object | undefined, expected: unknown][] = [
      ["webgl2", undefined, { antialias: false }],
      ["webgl", { alpha: true }, { alpha: true, antialias: false }],
      ["2d", { alpha: false }, { alpha: false }],
    ];
    const made = withContextAttributes(view, WEBGL_ATTRIBUTES, () => {
      for (const [type, given] of cases) canvas.getContext(type as "2d", given);
      return "made";
    });
    expect(made).toBe("made");
    expect(asked).toEqual(cases.map(([type, , expected]) => [type, expected]));
    expect(proto.getContext).toBe(original);
    expect(() =>
      withContextAttributes(view, WEBGL_ATTRIBUTES, () => {
        throw new Error("no context");
      }),
    ).toThrow("no context");
    expect(proto.getContext).toBe(original);
    // No window (a test double, a worker): the renderer is created as asked.
    expect(withContextAttributes(null, WEBGL_ATTRIBUTES, () => 1)).toBe(1);
  });

  it("leaves the 2D canvas renderer alone where WebGL is refused", () => {
    const { cy, calls } = fakeCy(null);
    expect(drawWithWebgl(cy, canvasOptions(true))).toBe(false);
    expect(calls).toEqual([]);
  });

  it("makes the WebGL renderer's labels follow min-zoomed-font-size, as the 2D renderer's do", () => {
    const opts = new Map<string, { isVisible?: (ele: unknown) => boolean }>([
      ["label", { isVisible: (ele) => (ele as { label: string }).label !== "" }],
      ["edge-source-label", { isVisible: () => true }],
      ["edge-target-label", {}],
    ]);
    let zoomedSize = 4;
    const renderer = {
      drawing: { atlasManager: { getRenderTypeOpts: (type: string) => opts.get(type) } },
      eleTextBiggerThanMin(this: unknown) {
        expect(this).toBe(renderer);
        return zoomedSize >= 8;
      },
    };
    const cy = { renderer: () => renderer } as unknown as Core;
    expect(labelsFollowZoom(cy)).toBe(2);
    const label = opts.get("label")!.isVisible!;
    expect(label({ label: "ICE" })).toBe(false);
    zoomedSize = 9;
    expect(label({ label: "ICE" })).toBe(true);
    expect(label({ label: "" })).toBe(false);
    // A renderer without these internals (another Cytoscape version) is left alone.
    expect(labelsFollowZoom({ renderer: () => ({}) } as unknown as Core)).toBe(0);
  });

  describe("widens lines thinner than a screen pixel in the WebGL instance data", () => {
    /** A stand-in for the WebGL renderer's element drawing: each edge adds instances with its model width. */
    function fakeDrawing(zoom: number, pixelRatio: number) {
      const widths: Float32Array[] = [];
      const drawing = {
        instanceCount: 0,
        lineWidthBuffer: { getView: (i: number) => (widths[i] ??= new Float32Array(2)) },
        drawEdgeLine(edge: unknown, _index: number) {
          const { width, segments } = edge as { width: number; segments: number };
          for (let k = 0; k < segments; k++) drawing.lineWidthBuffer.getView(drawing.instanceCount++)[0] = width;
        },
      };
      const cy = { zoom: () => zoom, renderer: () => ({ drawing, pixelRatio }) } as unknown as Core;
      return { cy, drawing, widths };
    }
    const cases: [name: string, zoom: number, pixelRatio: number, width: number, segments: number, expected: number][] = [
      ["a straight line at an overview's zoom", 0.2, 1, 1.6, 1, 5],
      ["a curved line, every segment", 0.25, 1, 2, 3, 4],
      ["a line already wide enough", 1, 1, 3, 1, 3],
      ["a dense screen counts its device pixels", 0.25, 2, 1, 1, 2],
    ];
    it.each(cases)("%s", (_, zoom, pixelRatio, width, segments, expected) => {
      const { cy, drawing, widths } = fakeDrawing(zoom, pixelRatio);
      expect(linesAtLeast(cy, 1)).toBe(true);
      drawing.drawEdgeLine({ width, segments }, 0);
      expect(drawing.instanceCount).toBe(segments);
      for (const view of widths) expect(view[0]).toBeCloseTo(expected, 5);
    });
    it("leaves a renderer without these internals alone", () => {
      expect(linesAtLeast({ renderer: () => ({}) } as unknown as Core, 1)).toBe(false);
    });
  });
});
