import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer } from "../../src/app/store/explorer";

describe("table view", () => {
  it("lists the filtered relations, sorts by a column, and opens one with the keyboard alone", async () => {
    const user = userEvent.setup();
    renderWithProviders(undefined, { url: "/?view=table" });
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 11);
    const sourceHeader = within(table).getByRole("columnheader", { name: /^Source$/ });
    await user.click(within(sourceHeader).getByRole("button"));
    expect(sourceHeader).toHaveAttribute("aria-sort", "ascending");
    const firstRow = within(table).getAllByRole("row")[1]!;
    expect(firstRow).toHaveTextContent(/^Fujitsu/);
    const open = within(firstRow).getByRole("button");
    open.focus();
    await user.keyboard("{Enter}");
    const selection = useExplorer.getState().selection;
    expect(selection?.kind).toBe("edge");
    expect(screen.getByRole("region", { name: /^Fujitsu/ })).toBeInTheDocument();
  });

  it("switches between graph and table with the arrow keys on the tabs", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const graphTab = await screen.findByRole("tab", { name: "Graph" });
    graphTab.focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("table")).toBeInTheDocument();
  });
});
