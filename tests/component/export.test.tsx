// The Export menu in jsdom: formats for the filtered view or the whole graph, what it saves, and
// the canvas images offered only when the canvas is on screen.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";

/** Captures what the menu saves: jsdom has no object URLs and does not download. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.set(`blob:${++n}`, b), `blob:${n}`), revokeObjectURL: () => {} }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute("href") ?? "")! });
  });
  return saved;
}

/** jsdom's Blob has no text(); FileReader it has. */
function text(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

describe("export menu", () => {
  it("exports the filtered view in a chosen format, and the whole graph on request", async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderWithProviders(undefined, { url: "/?relation=supplies" });
    await user.click(await screen.findByRole("button", { name: "Export" }));
    const panel = await screen.findByRole("group", { name: "Export" }, { timeout: 15_000 });
    const viewOption = within(panel).getByRole("radio", { name: /Current view/ });
    expect(viewOption).toBeChecked();
    expect(viewOption.parentElement).toHaveTextContent("Current view (5 entities, 3 relations)");
    await user.click(within(panel).getByRole("button", { name: /^GEXF/ }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 30_000 });
    expect(saved[0]!.name).toBe("entangle-view.gexf");
    expect((await text(saved[0]!.blob)).match(/<edge /g)).toHaveLength(3);
    expect(within(panel).getByRole("status")).toHaveTextContent("Saved entangle-view.gexf");

    await user.click(within(panel).getByRole("radio", { name: /Whole graph/ }));
    await user.click(within(panel).getByRole("button", { name: /^JSON Graph Format/ }));
    await waitFor(() => expect(saved).toHaveLength(2), { timeout: 30_000 });
    expect(saved[1]!.name).toBe("entangle.jgf.json");
    expect(JSON.parse(await text(saved[1]!.blob)).graph.edges).toHaveLength(11);
    // The first export loads the exporters' chunk, which jsdom's transform makes slow.
  }, 60_000);

  it("offers the canvas images only with the graph on screen, and closes on Escape", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?view=table" });
    const toggle = await screen.findByRole("button", { name: "Export" });
    await user.click(toggle);
    const panel = await screen.findByRole("group", { name: "Export" }, { timeout: 15_000 });
    expect(within(panel).getByRole("button", { name: /^PNG/ })).toBeDisabled();
    expect(within(panel).getByRole("button", { name: /^SVG/ })).toBeDisabled();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Export" })).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(toggle).toHaveAttribute("aria-expanded", "false");
  });
});
