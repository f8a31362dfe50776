// The investigator's moves in the app: paths, focus, key players, language, and the defects of issue 11.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Core } from "cytoscape";
import { renderWithProviders } from "./render";
import { useExplorer, INITIAL_SNAPSHOT } from "../../src/app/store/explorer";
import { fromQuery, toQuery } from "../../src/app/store/url";
import { statusLabel } from "../../src/app/labels";

async function renderApp(url = "/") {
  let cy: Core | null = null;
  renderWithProviders(undefined, { url, onCy: (instance) => (cy = instance) });
  await screen.findByRole("complementary", { name: /Filters|Filtres/ });
  return () => cy as unknown as Core;
}

describe("paths between two entities", () => {
  it("lists the shortest chain with a quote per relation and highlights it on the canvas", async () => {
    const cy = await renderApp("/?from=fujitsu&to=ice");
    const panel = await screen.findByRole("region", { name: "How is A connected to B?" });
    expect(within(panel).getByText("1 shortest path of 2 relations")).toBeInTheDocument();
    const steps = within(panel)
      .getAllByRole("listitem")
      .filter((li) => li.classList.contains("step"));
    expect(steps.map((s) => s.querySelector(".step-statement")?.textContent)).toEqual(["Fujitsu —partnership— Palantir", "Palantir —supplies→ ICE"]);
    expect(steps[1]!.querySelector("blockquote")?.textContent).toMatch(/^“.+”$/);
    expect(cy().getElementById("palantir|supplies|ice").hasClass("onpath")).toBe(true);
    expect(cy().getElementById("microsoft").hasClass("dimmed")).toBe(true);
  });

  it("says so when the filters leave no path", async () => {
    await renderApp("/?from=fujitsu&to=ice&relation=sanction,criticism");
    expect(await screen.findByText(/No chain of at most 6 relations joins Fujitsu and ICE/)).toBeInTheDocument();
  });

  it("picks both ends with the accent-insensitive search", async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole("button", { name: "How is A connected to B?" }));
    await user.type(screen.getByRole("combobox", { name: "From" }), "fujitsu");
    await user.keyboard("{Enter}");
    await user.type(screen.getByRole("combobox", { name: "To" }), "ice");
    await user.keyboard("{Enter}");
    expect(useExplorer.getState().path).toEqual({ from: "fujitsu", to: "ice" });
    expect(window.location.search).toBe("?from=fujitsu&to=ice");
  });
});

describe("focus", () => {
  it("isolates a node's 1-hop neighbourhood from its panel and goes back to the whole graph", async () => {
    const user = userEvent.setup();
    const cy = await renderApp("/?node=palantir");
    await user.click(await screen.findByRole("button", { name: "1 hop" }));
    expect(window.location.search).toContain("focus=palantir&hops=1");
    expect(cy().getElementById("ice").empty()).toBe(false);
    expect(cy().getElementById("microsoft").empty()).toBe(true);
    await user.click(screen.getByRole("button", { name: "Back to the whole graph" }));
    expect(cy().getElementById("microsoft").empty()).toBe(false);
  });

  it("hides a node inside the focus, and does not walk through it", async () => {
    const user = userEvent.setup();
    const cy = await renderApp("/?focus=palantir&hops=3&node=idf");
    await user.click(await screen.findByRole("button", { name: "Hide this node" }));
    expect(useExplorer.getState().focus?.hidden).toEqual(["idf"]);
    expect(cy().getElementById("idf").empty()).toBe(true);
    // imod was reached only through idf (or through microsoft, 4 hops away).
    expect(cy().getElementById("imod").empty()).toBe(true);
  });
});

describe("key players", () => {
  it("ranks the visible entities and a row opens the entity", async () => {
    const user = userEvent.setup();
    await renderApp("/?view=players");
    const table = await screen.findByRole("table");
    const first = within(table).getAllByRole("row")[1]!;
    // Palantir lies between Fujitsu, ICE, the IDF and the contract: the highest betweenness of the fixture.
    expect(first).toHaveTextContent("Palantir");
    await user.click(within(first).getByRole("button", { name: "Palantir" }));
    expect(useExplorer.getState().selection).toEqual({ kind: "node", id: "palantir" });
    await user.click(within(table).getByRole("button", { name: /Relations/ }));
    expect(within(table).getAllByRole("columnheader")[2]).toHaveAttribute("aria-sort", "descending");
  });
});

describe("French interface", () => {
  it("follows ?lang=fr, sets <html lang> and switches back from the header", async () => {
    const user = userEvent.setup();
    await renderApp("/?lang=fr&node=palantir");
    expect(await screen.findByRole("heading", { level: 2, name: "Filtres" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("fr");
    expect(screen.getByRole("tab", { name: "Graphe" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "1 saut" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /English/ }));
    expect(await screen.findByRole("heading", { level: 2, name: "Filters" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
    expect(window.location.search).toContain("lang=en");
  });
});

describe("defects of issue 11", () => {
  it("keeps path, focus, time range and language in the URL", () => {
    const s = {
      ...INITIAL_SNAPSHOT,
      path: { from: "a", to: "b" },
      focus: { root: "a", hops: 2 as const, expanded: ["c"], hidden: ["d"] },
      time: { from: 2019, to: 2021, undated: false },
      language: "fr" as const,
    };
    expect(toQuery(s)).toBe("?from=a&to=b&focus=a&hops=2&expand=c&hide=d&years=2019-2021&undated=0&lang=fr");
    expect(fromQuery(toQuery(s))).toEqual(s);
  });

  it("drops an unknown country code instead of showing '1 chosen' over an empty graph", () => {
    expect(fromQuery("?country=XX,ZZ,IL").filters.countries).toEqual(["IL"]);
  });

  it("'Clear all' leaves no neighbours=0 behind", async () => {
    const user = userEvent.setup();
    await renderApp("/?country=IL&neighbours=0");
    await user.click(screen.getByRole("button", { name: "Clear all" }));
    expect(window.location.search).toBe("");
  });

  it("shows a symmetric relation without an arrow, as 'with'", async () => {
    await renderApp("/?node=fujitsu");
    const group = await screen.findByRole("region", { name: "partnership" });
    // The dash is what is seen; "with" is what is read out (visually hidden text, not an aria-label on a span).
    const direction = within(group).getByText("with").closest(".direction");
    expect(direction).toHaveTextContent("—");
    expect(direction).not.toHaveTextContent("→");
  });

  it("words the status of a suspension as an act in force or carried out, not as a relation that ended", async () => {
    await renderApp("/?edge=microsoft|suspension|imod");
    const panel = await screen.findByRole("region", { name: /Microsoft.*suspension/ });
    expect(within(panel).getByText("In force")).toBeInTheDocument();
    expect(within(panel).queryByText("Active")).toBeNull();
    expect(statusLabel("ended", "suspension")).toBe("Carried out");
    expect(statusLabel("ended", "divestment")).toBe("Carried out");
    expect(statusLabel("ended", "partnership")).toBe("Ended");
  });

  it("says '1 relation', not '1 relations'", async () => {
    await renderApp("/?view=table&relation=sanction,criticism");
    expect(await screen.findByText(/^1 relation matches the filters/)).toBeInTheDocument();
  });

  it("Esc closes the selection", async () => {
    const user = userEvent.setup();
    await renderApp("/?node=ice");
    await screen.findByRole("heading", { level: 2, name: "ICE" });
    await user.keyboard("{Escape}");
    expect(useExplorer.getState().selection).toBeNull();
  });

  it("moves between nodes with the arrow keys on the canvas", async () => {
    const user = userEvent.setup();
    await renderApp();
    const canvas = screen.getByRole("application");
    canvas.focus();
    await user.keyboard("{ArrowRight}");
    expect(useExplorer.getState().selection?.kind).toBe("node");
  });

  it("has one h1", async () => {
    await renderApp();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });
});

describe("corroboration", () => {
  it("counts an article and its translation once", async () => {
    await renderApp("/?edge=palantir|supplies|idf");
    expect(await screen.findByText(/2 passages in 1 article and its translation/)).toBeInTheDocument();
  });
});
