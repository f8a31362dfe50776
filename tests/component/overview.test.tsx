import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { renderWithProviders, stubData } from "./render";
import { bigGraphJson } from "../fixtures/big-graph";
import { OVERVIEW_ABOVE, OVERVIEW_SIZE } from "../../src/app/graph/overview";

describe("first view of a big graph", () => {
  it("opens on the most connected entities with a note saying so, and shows everything when asked", async () => {
    const graph = bigGraphJson(OVERVIEW_ABOVE + 100, 3_000);
    stubData((url) => (url.endsWith("data/graph.json") ? { status: 200, body: JSON.stringify(graph) } : undefined));
    let cy: Core | undefined;
    renderWithProviders(undefined, { stub: false, onCy: (c) => (cy = c) });
    const note = await screen.findByText(new RegExp(`most connected of ${graph.nodes.length} entities`), undefined, { timeout: 30_000 });
    expect(note).toHaveTextContent(`Showing the ${OVERVIEW_SIZE} most connected`);
    await vi.waitFor(() => expect(cy!.nodes().length).toBe(OVERVIEW_SIZE));
    // The hubs of the generated graph are its first entities: they are in, the last one is out.
    expect(cy!.getElementById("gen-0").empty()).toBe(false);
    expect(cy!.getElementById(`gen-${OVERVIEW_ABOVE + 99}`).empty()).toBe(true);

    await userEvent.setup().click(screen.getByRole("button", { name: "Show all" }));
    expect(screen.queryByText(/most connected of/)).toBeNull();
    await vi.waitFor(() => expect(cy!.getElementById(`gen-${OVERVIEW_ABOVE + 99}`).empty()).toBe(false));
  }, 90_000);

  it("opens a graph laid out at build time on its positions (no layout run), with the same overview", async () => {
    const graph = bigGraphJson(OVERVIEW_ABOVE + 100, 3_000);
    // Positions as the extractor writes them (schema version 3), but for one entity it did not know.
    const nodes = graph.nodes.map((n, i) => (n.id === "gen-60" ? n : { ...n, position: { x: (i % 40) * 90, y: Math.floor(i / 40) * 90 } }));
    const laid = { ...graph, schemaVersion: 3, nodes };
    stubData((url) => (url.endsWith("data/graph.json") ? { status: 200, body: JSON.stringify(laid) } : undefined));
    let cy: Core | undefined;
    renderWithProviders(undefined, { stub: false, onCy: (c) => (cy = c) });
    await screen.findByText(new RegExp(`most connected of ${graph.nodes.length} entities`), undefined, { timeout: 30_000 });
    await vi.waitFor(() => expect(cy!.nodes().not(".hidden").length).toBe(OVERVIEW_SIZE));
    expect(cy!.getElementById("gen-0").hasClass("hidden")).toBe(false);
    // Headless, the canvas would otherwise lay every node out on a grid of 1000 × 1000.
    const drawn = nodes.filter((n) => !cy!.getElementById(n.id as string).empty());
    expect(drawn.length).toBe(OVERVIEW_SIZE);
    for (const n of drawn) if (n.position) expect(cy!.getElementById(n.id as string).position()).toEqual(n.position);
    // Outside the overview an entity is not drawn at all (drawing.ts keeps it aside, position included).
    expect(cy!.getElementById(nodes[OVERVIEW_ABOVE + 99]!.id as string).empty()).toBe(true);
    // The entity without a position got one beside its neighbours (tests/unit/layout-build.test.ts
    // measures where); outside the overview it is kept aside, not drawn.
    expect(cy!.getElementById("gen-60").empty()).toBe(true);
  }, 90_000);
});
