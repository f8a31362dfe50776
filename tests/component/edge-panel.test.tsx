import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer } from "../../src/app/store/explorer";

describe("edge panel", () => {
  it("shows source, type, target, status, modality and every passage in its sentences", async () => {
    renderWithProviders(undefined, { url: "/?edge=palantir|supplies|idf" });
    const panel = await screen.findByRole("region", { name: /Palantir.*supplies.*Israel Defense Forces/ });
    expect(within(panel).getByText("Active")).toBeInTheDocument();
    expect(within(panel).getAllByText(/Alleged/i).length).toBeGreaterThan(0);
    expect(within(panel).getByText(/2 passages in 1 article and its translation/)).toBeInTheDocument();
    const marks = panel.querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual([
      "Palantir fournirait des outils à l’armée israélienne",
      "Palantir reportedly supplies tools to the Israeli military",
    ]);
    expect(await within(panel).findByText(/Selon des experts,/)).toBeInTheDocument();
    expect(within(panel).getByText("Fujitsu approfondit sa collaboration avec Palantir")).toBeInTheDocument();
    expect(within(panel).getByText(/ICTjournal · 2024-03-12/)).toBeInTheDocument();
  });

  it("opens the article at the passage from “Read in article”", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?edge=imod|client_of|microsoft" });
    await user.click(await screen.findByRole("button", { name: "Read in article" }));
    const reader = await screen.findByRole("region", { name: /Microsoft suspend des services/ });
    const mark = await within(reader).findByText((_, el) => el?.tagName === "MARK" && el.classList.contains("passage-mark"));
    expect(mark).toHaveTextContent("Le ministère utilisait jusqu’ici Azure, le cloud de Microsoft");
    expect(useExplorer.getState().reading).toMatchObject({ articleId: "a3_microsoft_fr" });
  });

  it("is opened from a relation in the node panel", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?node=ice" });
    await user.click(await screen.findByRole("button", { name: /Palantir/ }));
    expect(useExplorer.getState().selection).toEqual({ kind: "edge", id: "palantir|supplies|ice" });
  });
});
