import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer } from "../../src/app/store/explorer";

describe("search", () => {
  it("finds the Israeli military from unaccented French and selects it with Enter", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const box = await screen.findByRole("combobox", { name: "Search entities" });
    await user.type(box, "armee israelienne");
    const option = await screen.findByRole("option", { name: /Israel Defense Forces/ });
    expect(option).toHaveTextContent("l’armée israélienne");
    await user.keyboard("{Enter}");
    expect(useExplorer.getState().selection).toEqual({ kind: "node", id: "idf" });
    expect(useExplorer.getState().centreRequest).toBe(1);
    expect(await screen.findByRole("heading", { level: 2, name: "Israel Defense Forces" })).toBeInTheDocument();
    expect(box).toHaveAttribute("aria-expanded", "false");
  });

  it("moves through results with the arrows and selects with a click", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const box = await screen.findByRole("combobox", { name: "Search entities" });
    await user.type(box, "micro");
    await user.click(await screen.findByRole("option", { name: /Microsoft/ }));
    expect(useExplorer.getState().selection).toEqual({ kind: "node", id: "microsoft" });
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    await user.type(await screen.findByRole("combobox", { name: "Search entities" }), "zzz");
    expect(screen.getByText(/No entity matches/)).toBeInTheDocument();
  });
});
