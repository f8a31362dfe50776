import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { renderWithProviders } from "./render";

async function renderGraph() {
  let cy: Core | null = null;
  renderWithProviders(undefined, { onCy: (instance) => (cy = instance) });
  const filters = await screen.findByRole("complementary", { name: "Filters" });
  if (!cy) throw new Error("test: no Cytoscape instance");
  return { cy: cy as Core, filters };
}

describe("graph canvas", () => {
  it("holds one element per node and relation", async () => {
    const { cy } = await renderGraph();
    expect(cy.nodes()).toHaveLength(9);
    expect(cy.edges()).toHaveLength(11);
  });

  it("takes filtered-out elements out of the graph and brings the same ones back, in place", async () => {
    const user = userEvent.setup();
    const { cy, filters } = await renderGraph();
    const fujitsu = cy.getElementById("fujitsu");
    const position = { ...fujitsu.position() };
    const edges = fujitsu.connectedEdges().map((e) => e.id());
    expect(edges.length).toBeGreaterThan(0);
    const israel = within(filters).getByRole("checkbox", { name: /Israel/ });
    await user.click(israel);
    // Out of the graph, so the renderer never styles, sorts or draws it; not merely made invisible.
    expect(fujitsu.removed()).toBe(true);
    expect(cy.getElementById("fujitsu").empty()).toBe(true);
    expect(edges.every((id) => cy.getElementById(id).empty())).toBe(true);
    expect(cy.getElementById("palantir").hasClass("context")).toBe(true);
    expect(cy.getElementById("idf").classes()).toEqual([]);
    expect(cy.elements(".hidden")).toHaveLength(0);
    await user.click(israel);
    // The same element objects come back where they were, with their relations.
    expect(cy.getElementById("fujitsu")).toBe(fujitsu);
    expect(fujitsu.removed()).toBe(false);
    expect(fujitsu.position()).toEqual(position);
    expect(fujitsu.connectedEdges().map((e) => e.id())).toEqual(edges);
    expect(cy.nodes()).toHaveLength(9);
    expect(cy.edges()).toHaveLength(11);
    expect(cy.getElementById("palantir").classes()).toEqual([]);
  });

  it("selects what is tapped and highlights its neighbourhood", async () => {
    const { cy } = await renderGraph();
    // A tap on the canvas updates the store outside React's event system: act() flushes the render.
    act(() => void cy.getElementById("ice").emit("tap"));
    expect(await screen.findByRole("heading", { level: 2, name: "ICE" })).toBeInTheDocument();
    expect(cy.getElementById("ice").hasClass("focus")).toBe(true);
    expect(cy.getElementById("palantir").hasClass("neighbour")).toBe(true);
    expect(cy.getElementById("fujitsu").hasClass("dimmed")).toBe(true);
    act(() => void cy.getElementById("palantir|supplies|ice").emit("tap"));
    expect(await screen.findByRole("region", { name: /Palantir.*supplies.*ICE/ })).toBeInTheDocument();
  });
});
