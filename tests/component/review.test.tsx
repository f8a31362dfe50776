// Review in a static deploy (no endpoint answers): decisions stay in the browser and are applied
// to the loaded graph by the extractor's curation module — reject and restore, confirm and the
// review filter, add a relation from a text selection in the reader.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer } from "../../src/app/store/explorer";

// The review UI is lazy-loaded: its first render waits for the module to be transformed.
const LAZY = { timeout: 10_000 };
const summary = () => document.querySelector(".filters-summary")?.textContent ?? "";

describe("review without a local server", () => {
  it("rejects a relation: out of the graph, listed as rejected, restored from there", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|ice" });
    const review = await screen.findByRole("group", { name: "Review this relation" }, LAZY);
    expect(summary()).toContain("of 11 relations");
    await user.click(within(review).getByRole("button", { name: "Reject" }));
    await waitFor(() => expect(summary()).toContain("of 10 relations"), LAZY);
    expect(useExplorer.getState().selection).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Rejected" }));
    const item = (await screen.findByText("Palantir", { selector: ".rejected-item strong" }, LAZY)).closest("li")!;
    expect(item).toHaveTextContent(/Palantir.*ICE.*rejected/);
    expect(await screen.findByText(/reject \{ edge: "palantir\|supplies\|ice" \}/, {}, LAZY)).toBeInTheDocument();
    await user.click(within(item as HTMLElement).getByRole("button", { name: "Restore" }));
    await waitFor(() => expect(summary()).toContain("of 11 relations"), LAZY);
  });

  it("confirms a passage: marked as such, and the review filter appears", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|idf" });
    const buttons = await screen.findAllByRole("button", { name: "Confirm passage" }, LAZY);
    await user.click(buttons[0]!);
    expect(await screen.findByText("confirmed by a person")).toBeInTheDocument();
    expect(await screen.findByText("Reviewed")).toBeInTheDocument();
    const facet = await screen.findByRole("group", { name: "Review" });
    await user.click(within(facet).getByRole("checkbox", { name: /Reviewed by a person/ }));
    await waitFor(() => expect(summary()).toContain("1 of 11 relations"), LAZY);
  });

  it("adds a relation from a selection in the article, between the entities named in it", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?read=a1_fujitsu_fr" });
    await screen.findByRole("region", { name: /Fujitsu approfondit/ });
    const text = await waitFor(() => {
      const el = document.querySelector<HTMLElement>(".article-text");
      if (!el) throw new Error("no article text yet");
      return el;
    });
    // "Fujitsu a signé un accord de licence avec Palantir en 2024."
    const first = text.querySelector<HTMLElement>('[data-start="141"]')!;
    const last = text.querySelector<HTMLElement>('[data-start="191"]')!;
    const range = document.createRange();
    range.setStart(first.firstChild!, 0);
    range.setEnd(last.firstChild!, " en 2024.".length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.mouseUp(text);

    const form = await screen.findByRole("form", { name: "Add a relation" }, LAZY);
    expect(within(form).getByText("Fujitsu a signé un accord de licence avec Palantir en 2024.")).toBeInTheDocument();
    expect((form.querySelector("select[name=source]") as HTMLSelectElement).value).toBe("fujitsu");
    expect((form.querySelector("select[name=target]") as HTMLSelectElement).value).toBe("contract-fujitsu-palantir-2024");
    await user.selectOptions(form.querySelector("select[name=target]")!, "palantir");
    await user.selectOptions(form.querySelector("select[name=type]")!, "client_of");
    await user.click(within(form).getByRole("button", { name: "Add relation" }));
    await waitFor(() => expect(summary()).toContain("of 12 relations"), LAZY);

    useExplorer.getState().closeArticle();
    useExplorer.getState().selectEdge("fujitsu|client_of|palantir");
    await waitFor(() => expect(document.querySelector(".article-view")).toBeNull());
    const panel = await screen.findByRole("region", { name: /Fujitsu.*Palantir/ });
    expect(await within(panel).findByText("added by a person", {}, LAZY)).toBeInTheDocument();
    expect([...panel.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["Fujitsu a signé un accord de licence avec Palantir en 2024."]);
  });

  it("renames an entity, merges another into it, and removes one that is not an entity", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?node=idf" });
    let review = await screen.findByRole("group", { name: "Review this entity" }, LAZY);
    await user.click(within(review).getByRole("button", { name: "Edit…" }));
    const name = within(review).getByRole("textbox", { name: "Name" });
    await user.clear(name);
    await user.type(name, "Tsahal");
    await user.click(within(review).getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Tsahal" }, LAZY)).toBeInTheDocument();

    useExplorer.getState().selectNode("imod");
    await screen.findByRole("heading", { name: "Israeli Ministry of Defense" });
    review = await screen.findByRole("group", { name: "Review this entity" }, LAZY);
    await user.click(within(review).getByRole("button", { name: "Merge into…" }));
    await user.selectOptions(within(review).getByRole("combobox"), "israel");
    await user.click(within(review).getByRole("button", { name: "Merge" }));
    await waitFor(() => expect(useExplorer.getState().selection).toEqual({ kind: "node", id: "israel" }), LAZY);
    await waitFor(() => expect(summary()).toContain("of 8 entities"), LAZY);

    review = await screen.findByRole("group", { name: "Review this entity" }, LAZY);
    await user.click(within(review).getByRole("button", { name: "Not an entity" }));
    await waitFor(() => expect(summary()).toContain("of 7 entities"), LAZY);
    expect(useExplorer.getState().selection).toBeNull();
  });
});
