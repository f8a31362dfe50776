import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer } from "../../src/app/store/explorer";

async function ready() {
  return screen.findByRole("complementary", { name: "Filters" });
}

describe("filters", () => {
  it("shows a count beside each option, from Intl country names", async () => {
    renderWithProviders();
    const filters = await ready();
    const country = within(filters).getByRole("group", { name: /Country/ });
    const israel = within(country).getByRole("checkbox", { name: /Israel/ });
    expect(israel.closest("label")).toHaveTextContent(/Israel\s*3/);
    expect(within(country).getByRole("checkbox", { name: /Japan/ })).toBeInTheDocument();
    expect(screen.getByText(/Showing 9 of 9 entities, 11 of 11 relations/)).toBeInTheDocument();
  });

  it("filters by country and keeps the neighbours of matches unless the toggle is off", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const filters = await ready();
    await user.click(within(filters).getByRole("checkbox", { name: /Israel/ }));
    expect(screen.getByText(/Showing 5 of 9 entities, 6 of 11 relations/)).toBeInTheDocument();
    await user.click(within(filters).getByRole("checkbox", { name: /Keep neighbours of matches/ }));
    expect(screen.getByText(/Showing 3 of 9 entities, 2 of 11 relations/)).toBeInTheDocument();
    expect(useExplorer.getState().filters.countries).toEqual(["IL"]);
  });

  it("says when nothing matches and clears every filter from there", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const filters = await ready();
    await user.click(within(filters).getByRole("checkbox", { name: /Japan/ }));
    await user.click(within(within(filters).getByRole("group", { name: /Entity type/ })).getByRole("checkbox", { name: /State/ }));
    expect(screen.getByText("No relation matches these filters.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByText(/Showing 9 of 9 entities/)).toBeInTheDocument();
    expect(screen.queryByText("No relation matches these filters.")).not.toBeInTheDocument();
  });

  it("filters relations by modality and source article", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const filters = await ready();
    await user.click(within(filters).getByRole("checkbox", { name: /^Alleged/ }));
    expect(screen.getByText(/2 of 11 relations/)).toBeInTheDocument();
    await user.click(within(filters).getByRole("checkbox", { name: /^Alleged/ }));
    await user.click(within(filters).getByRole("checkbox", { name: /Microsoft suspend/ }));
    expect(screen.getByText(/6 of 11 relations/)).toBeInTheDocument();
  });
});
