import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders, stubData } from "./render";
import { fixtureGraphJson } from "../fixtures/load";

/** The fixture graph plus `extra` relations among generated entities, all schema-valid. */
function bigGraph(extra: number) {
  const base = fixtureGraphJson() as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
  const [node, edge] = [base.nodes[0]!, base.edges[0]!];
  const size = Math.ceil(Math.sqrt(extra)) + 1;
  const nodes = Array.from({ length: size }, (_, i) => ({ ...node, id: `gen-${i}`, label: `Generated ${i}`, aliases: [`Generated ${i}`] }));
  const edges: Record<string, unknown>[] = [];
  for (let i = 0; edges.length < extra; i++) {
    const s = i % size;
    const t = (s + 1 + Math.floor(i / size)) % size;
    if (s === t) continue;
    edges.push({ ...edge, id: `gen-${s}|${edge.type}|gen-${t}|${i}`, source: `gen-${s}`, target: `gen-${t}` });
  }
  return { ...base, nodes: [...base.nodes, ...nodes], edges: [...base.edges, ...edges] };
}

describe("table view at scale", () => {
  it("keeps only a window of 30,000 relations in the DOM, follows the scroll, and still opens a row with the keyboard", async () => {
    const graph = bigGraph(30_000);
    const total = graph.edges.length;
    stubData((url) => (url.endsWith("data/graph.json") ? { status: 200, body: JSON.stringify(graph) } : undefined));
    renderWithProviders(undefined, { url: "/?view=table", stub: false });
    const table = await screen.findByRole("table", undefined, { timeout: 50_000 });
    expect(table).toHaveAttribute("aria-rowcount", String(total + 1));
    const drawn = () => within(table).getAllByRole("row").slice(1);
    expect(drawn().length).toBeGreaterThan(10);
    expect(drawn().length).toBeLessThan(100);
    expect(drawn()[0]).toHaveAttribute("aria-rowindex", "2");

    // Scrolled halfway, the rows around the middle are drawn and the first ones are gone.
    const box = table.closest(".table-wrap") as HTMLDivElement;
    // jsdom has no layout: the scroll box's geometry is given, as a browser would report it.
    const geometry = { scrollTop: 37 * 15_000, scrollHeight: 37 * (total + 1), clientHeight: 800 };
    for (const [key, value] of Object.entries(geometry)) Object.defineProperty(box, key, { configurable: true, value });
    fireEvent.scroll(box);
    await vi.waitFor(() => {
      const first = Number(drawn()[0]!.getAttribute("aria-rowindex"));
      expect(first).toBeGreaterThan(14_000);
      expect(first).toBeLessThan(15_100);
    });
    expect(drawn().length).toBeLessThan(100);
    expect(table.querySelector('tr[aria-rowindex="2"]')).toBeNull();

    const user = userEvent.setup();
    const open = within(drawn()[5]!).getByRole("button");
    open.focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("region", { name: /Generated/ })).toBeInTheDocument();
  }, 90_000);
});
