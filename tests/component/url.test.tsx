import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithProviders } from "./render";
import { useExplorer, INITIAL_SNAPSHOT } from "../../src/app/store/explorer";
import { fromQuery, toQuery } from "../../src/app/store/url";

describe("URL state", () => {
  it("round-trips every part of the view through the query string", () => {
    const snapshot = {
      ...INITIAL_SNAPSHOT,
      filters: { ...INITIAL_SNAPSHOT.filters, countries: ["IL", "US"], relations: ["supplies" as const], articles: ["a1_fujitsu_fr"] },
      keepNeighbours: false,
      selection: { kind: "edge" as const, id: "palantir|supplies|idf" },
      search: "armée israélienne",
      view: "table" as const,
      reading: { articleId: "a1_fujitsu_fr", start: 10, end: 40 },
    };
    const query = toQuery(snapshot);
    expect(query).toContain("country=IL,US");
    expect(query).toContain("edge=palantir|supplies|idf");
    expect(fromQuery(query)).toEqual(snapshot);
    expect(toQuery(INITIAL_SNAPSHOT)).toBe("");
  });

  it("drops values it does not know instead of failing", () => {
    const s = fromQuery("?sector=defense,bogus&country=il,IL&status=gone&at=x");
    expect(s.filters.sectors).toEqual(["defense"]);
    expect(s.filters.countries).toEqual(["IL"]);
    expect(s.filters.statuses).toEqual([]);
  });

  it("restores the exact view from a shared URL", async () => {
    renderWithProviders(undefined, { url: "/?country=IL&neighbours=0&view=table&edge=idf|member_of|imod" });
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row")).toHaveLength(1 + 2);
    expect(screen.getByRole("tab", { name: "Table" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("checkbox", { name: /Israel/ })).toBeChecked();
    expect(screen.getByRole("region", { name: /Israel Defense Forces.*member of.*Israeli Ministry of Defense/ })).toBeInTheDocument();
  });

  it("mirrors changes into the URL and walks back through them", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    await user.click(await screen.findByRole("checkbox", { name: /Japan/ }));
    expect(window.location.search).toBe("?country=JP");
    await user.click(screen.getByRole("tab", { name: "Table" }));
    expect(window.location.search).toBe("?country=JP&view=table");
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener("popstate", r, { once: true }));
    });
    expect(useExplorer.getState().view).toBe("graph");
    expect(useExplorer.getState().filters.countries).toEqual(["JP"]);
  });

  it("replaces rather than stacks history entries while typing a search", async () => {
    const user = userEvent.setup();
    renderWithProviders();
    const before = window.history.length;
    await user.type(await screen.findByRole("combobox", { name: "Search entities" }), "pal");
    expect(window.location.search).toBe("?q=pal");
    expect(window.history.length).toBe(before);
  });
});
