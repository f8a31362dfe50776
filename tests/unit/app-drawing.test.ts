import cytoscape, { type Core } from "cytoscape";
import { createDrawing, HIDDEN } from "../../src/app/components/Graph/drawing";
import { fitNodes } from "../../src/app/components/Graph/camera";

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset" },
    elements: [
      { data: { id: "a" }, position: { x: 1, y: 2 } },
      { data: { id: "b" }, position: { x: 3, y: 4 } },
      { data: { id: "c" }, position: { x: 5, y: 6 } },
      { data: { id: "ab", source: "a", target: "b" } },
      { data: { id: "bc", source: "b", target: "c", count: 1 } },
    ],
  });
}

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("drawing filters on the canvas", () => {
  it("removes hidden elements from the graph and restores the same ones with their new classes", () => {
    const cy = graph();
    const drawing = createDrawing(cy);
    const c = cy.getElementById("c");
    const bc = cy.getElementById("bc");
    expect(drawing.apply(map({ a: "", b: "context", c: HIDDEN, ab: "", bc: HIDDEN }))).toEqual({ removed: 2, restored: 0, restyled: 1 });
    expect(cy.nodes().map((n) => n.id())).toEqual(["a", "b"]);
    expect(cy.edges().map((e) => e.id())).toEqual(["ab"]);
    expect(cy.getElementById("b").classes()).toEqual(["context"]);
    expect(cy.elements(`.${HIDDEN}`)).toHaveLength(0);
    expect(drawing.removedCount()).toBe(2);

    expect(drawing.apply(map({ a: "", b: "", c: "focus", ab: "dimmed", bc: "neighbour" }))).toEqual({ removed: 0, restored: 2, restyled: 4 });
    expect(cy.getElementById("c")).toBe(c);
    expect(c.position()).toEqual({ x: 5, y: 6 });
    expect(c.classes()).toEqual(["focus"]);
    expect(bc.inside()).toBe(true);
    expect(bc.source().id()).toBe("b");
    expect(cy.getElementById("b").connectedEdges()).toHaveLength(2);
    expect(drawing.removedCount()).toBe(0);
  });

  it("touches nothing when the classes did not change", () => {
    const cy = graph();
    const drawing = createDrawing(cy);
    const next = map({ a: "", b: "", c: HIDDEN, ab: "", bc: HIDDEN });
    drawing.apply(next);
    const events = vi.fn();
    cy.on("add remove style", events);
    expect(drawing.apply(new Map(next))).toEqual({ removed: 0, restored: 0, restyled: 0 });
    expect(events).not.toHaveBeenCalled();
  });

  it("restores an edge whose node was removed with it, when both show again", () => {
    const cy = graph();
    const drawing = createDrawing(cy);
    // Only the node is named hidden in this map; its edge goes with it, as Cytoscape removes a node's edges.
    drawing.apply(map({ a: "", b: HIDDEN, c: "", ab: HIDDEN, bc: HIDDEN }));
    expect(cy.edges()).toHaveLength(0);
    drawing.apply(map({ a: "", b: "", c: "", ab: "", bc: "" }));
    expect(cy.edges().map((e) => e.id())).toEqual(["ab", "bc"]);
  });

  it("after the elements change, forgets removed elements that are gone and updates the data of those kept aside", () => {
    const cy = graph();
    const drawing = createDrawing(cy);
    const bc = cy.getElementById("bc");
    const ab = cy.getElementById("ab");
    drawing.apply(map({ a: "", b: "", c: HIDDEN, ab: HIDDEN, bc: HIDDEN }));
    expect(ab.removed()).toBe(true);
    // What react-cytoscapejs does for a new element list: removes gone elements that are in the graph, adds new ones.
    cy.add({ data: { id: "d" } });
    drawing.sync([
      { data: { id: "a" } },
      { data: { id: "b" } },
      { data: { id: "c" } },
      { data: { id: "d" } },
      { data: { id: "bc", source: "b", target: "c", count: 2 } },
    ]);
    expect(bc.data("count")).toBe(2);
    drawing.apply(map({ a: "", b: "", c: "", d: "context", ab: "", bc: "" }));
    expect(ab.removed()).toBe(true);
    expect(cy.getElementById("d").classes()).toEqual(["context"]);
    expect(cy.edges().map((e) => e.id())).toEqual(["bc"]);
  });
});

describe("elements shown again keep the style computed before they were removed, unless it may have changed", () => {
  const STYLE = [
    { selector: "node", style: { width: "data(size)", height: 10 } },
    { selector: "node.focus", style: { height: 30 } },
  ];
  function styled(): Core {
    return cytoscape({
      headless: true,
      styleEnabled: true,
      style: STYLE,
      elements: [{ data: { id: "a", size: 5 } }, { data: { id: "b", size: 7 } }, { data: { id: "ab", source: "a", target: "b" } }],
    });
  }
  const dirty = (cy: Core, id: string) => (cy.getElementById(id) as unknown as { _private: { styleDirty: boolean } })._private.styleDirty;
  type Case = [
    name: string,
    meanwhile: (cy: Core, drawing: ReturnType<typeof createDrawing>) => void,
    bClasses: string,
    kept: boolean,
    width: number,
    height: number,
  ];
  const cases: Case[] = [
    ["same classes, same data, same stylesheet: kept", () => {}, "", true, 7, 10],
    ["new classes: restyled", () => {}, "focus", false, 7, 30],
    [
      "new data from a sync: restyled",
      (_cy, drawing) => {
        drawing.sync([{ data: { id: "a", size: 5 } }, { data: { id: "b", size: 9 } }, { data: { id: "ab", source: "a", target: "b" } }]);
      },
      "",
      false,
      9,
      10,
    ],
    [
      "a new stylesheet: restyled",
      (cy) => {
        cy.style()
          .fromJson([...STYLE, { selector: "node", style: { height: 12 } }])
          .update();
      },
      "",
      false,
      7,
      12,
    ],
  ];
  it.each(cases)("%s", (_, meanwhile, bClasses, kept, width, height) => {
    const cy = styled();
    const drawing = createDrawing(cy);
    const b = cy.getElementById("b");
    // Drawn once: its style is computed.
    expect(b.width()).toBe(7);
    drawing.apply(map({ a: "", b: HIDDEN, ab: HIDDEN }));
    meanwhile(cy, drawing);
    drawing.apply(map({ a: "", b: bClasses, ab: "" }));
    expect(b.inside()).toBe(true);
    expect(dirty(cy, "b")).toBe(!kept);
    expect(b.width()).toBe(width);
    expect(b.height()).toBe(height);
  });

  it("restyles an element removed before its style was ever computed", () => {
    const cy = styled();
    const drawing = createDrawing(cy);
    drawing.apply(map({ a: "", b: HIDDEN, ab: HIDDEN }));
    drawing.apply(map({ a: "", b: "", ab: "" }));
    expect(dirty(cy, "b")).toBe(true);
    expect(cy.getElementById("b").width()).toBe(7);
  });
});

describe("fitting a big graph by its nodes", () => {
  it("shows every node body whole, centred, from positions and sizes alone", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: "preset" },
      style: [{ selector: "node", style: { width: "data(size)", height: "data(size)", "border-width": 0, label: "data(id)" } }],
      elements: [
        { data: { id: "a", size: 20 }, position: { x: -1000, y: 0 } },
        { data: { id: "b", size: 80 }, position: { x: 1000, y: 400 } },
        { data: { id: "ab", source: "a", target: "b" } },
      ],
    });
    (cy as unknown as { width(): number; height(): number }).width = () => 1000;
    (cy as unknown as { width(): number; height(): number }).height = () => 500;
    fitNodes(cy, cy.nodes(), 25);
    // Spans x from -1010 to 1040 (2,050 units) into 950 px: width decides the zoom.
    expect(cy.zoom()).toBeCloseTo(950 / 2050, 6);
    const left = cy.getElementById("a").renderedPosition().x - 10 * cy.zoom();
    const right = cy.getElementById("b").renderedPosition().x + 40 * cy.zoom();
    expect(left).toBeCloseTo(25, 6);
    expect(right).toBeCloseTo(975, 6);
    const top = cy.getElementById("a").renderedPosition().y - 10 * cy.zoom();
    const bottom = cy.getElementById("b").renderedPosition().y + 40 * cy.zoom();
    expect((top + bottom) / 2).toBeCloseTo(250, 6);
  });
});
