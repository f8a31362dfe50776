import cytoscape, { type Core } from "cytoscape";
import { createDrawing, HIDDEN } from "../../src/app/components/Graph/drawing";

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
