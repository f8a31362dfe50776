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
});
