import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { renderWithProviders, stubData } from "./render";
import { bigGraphJson } from "../fixtures/big-graph";
import { OVERVIEW_ABOVE, OVERVIEW_SIZE } from "../../src/app/graph/overview";
import { PLACE_DISTANCE } from "../../src/layout/place";

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
    for (const i of [0, 1, 75, OVERVIEW_ABOVE + 99]) {
      const n = nodes[i]!;
      expect(cy!.getElementById(n.id as string).position()).toEqual(n.position);
    }
    // The entity without a position is placed beside its neighbours (hubs among gen-0 … gen-49): at
    // PLACE_DISTANCE from their centre.
    const placed = cy!.getElementById("gen-60");
    const around = placed.neighborhood().nodes();
    expect(around.length).toBeGreaterThan(0);
    const cx = around.map((m) => m.position("x")).reduce((a, b) => a + b, 0) / around.length;
    const cy0 = around.map((m) => m.position("y")).reduce((a, b) => a + b, 0) / around.length;
    expect(Math.hypot(placed.position("x") - cx, placed.position("y") - cy0)).toBeCloseTo(PLACE_DISTANCE, -1);
  }, 90_000);
});
