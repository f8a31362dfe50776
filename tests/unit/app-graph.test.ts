import cytoscape from "cytoscape";
import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { neighbourhood } from "../../src/app/graph/neighbourhood";
import { nodeSize, toElements } from "../../src/app/graph/elements";
import { diffClasses, elementClasses } from "../../src/app/graph/classes";
import { STYLESHEET, stylesheetFor } from "../../src/app/graph/stylesheet";
import { relationRows, relationsOf, sortRows } from "../../src/app/graph/relations";
import { countryName } from "../../src/app/graph/countries";
import { spreadScale } from "../../src/app/graph/layout";
import { fixtureGraph } from "../fixtures/load";

const index = buildIndex(fixtureGraph());

describe("buildIndex", () => {
  it("counts relations per node and calls an edge alleged only when every passage hedges", () => {
    expect(index.degree.get("palantir")).toBe(4);
    expect(index.edgeModality.get("palantir|supplies|idf")).toBe("alleged");
    expect(index.edgeModality.get("fujitsu|partnership|palantir")).toBe("asserted");
    expect(index.edgeArticles.get("fujitsu|partnership|palantir")).toEqual(["a1_fujitsu_fr", "a2_fujitsu_en"]);
  });
});

describe("neighbourhood", () => {
  it("returns the node, its relations and their other ends", () => {
    const n = neighbourhood(index, "ice");
    expect([...n.nodes].sort()).toEqual(["ice", "palantir"]);
    expect([...n.edges]).toEqual(["palantir|supplies|ice"]);
  });

  it("stays within the visible relations when asked", () => {
    const n = neighbourhood(index, "palantir", { edges: new Set(["palantir|supplies|ice"]) });
    expect([...n.nodes].sort()).toEqual(["ice", "palantir"]);
  });
});

describe("toElements", () => {
  it("makes one element per node and edge with the data the stylesheet reads", () => {
    const els = toElements(index);
    expect(els).toHaveLength(20);
    const idf = els.find((e) => e.data.id === "palantir|supplies|idf");
    expect(idf?.data).toMatchObject({ source: "palantir", target: "idf", modality: "alleged", status: "active", count: 2, symmetric: false });
    expect(els.find((e) => e.data.id === "fujitsu|partnership|palantir")?.data.symmetric).toBe(true);
    expect(els.find((e) => e.data.id === "palantir")?.data.size).toBe(nodeSize(4));
  });

  it("loads into a headless Cytoscape with the stylesheet, every selector valid", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(index), style: STYLESHEET });
    expect(cy.nodes()).toHaveLength(9);
    expect(cy.edges()).toHaveLength(11);
    expect(cy.getElementById("ice").visible()).toBe(true);
    expect(cy.edges()[0]!.style("curve-style")).toBe("bezier");
    cy.destroy();
  });

  it("draws straight edges on big graphs, the rest of the look unchanged", () => {
    expect(stylesheetFor(false)).toBe(STYLESHEET);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(index), style: stylesheetFor(true) });
    expect(cy.edges().map((e) => e.style("curve-style"))).toEqual(cy.edges().map(() => "straight"));
    const small = cytoscape({ headless: true, styleEnabled: true, elements: toElements(index), style: STYLESHEET });
    expect(cy.getElementById("ice").style("background-color")).toBe(small.getElementById("ice").style("background-color"));
    small.destroy();
    cy.destroy();
  });

  it("grows node size with relations, capped", () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(84);
  });
});

describe("elementClasses and diffClasses", () => {
  it("hides filtered-out elements and fades kept neighbours", () => {
    const visible = filterGraph(index, { ...EMPTY_FILTERS, sectors: ["immigration"] }, true);
    const classes = elementClasses(index, visible, null);
    expect(classes.get("fujitsu")).toBe("hidden");
    expect(classes.get("palantir")).toBe("context");
    expect(classes.get("ice")).toBe("");
    expect(classes.get("palantir|supplies|ice")).toBe("");
  });

  it("marks the focused node, its neighbourhood, and dims the rest", () => {
    const all = filterGraph(index, EMPTY_FILTERS, false);
    const classes = elementClasses(index, all, { kind: "node", id: "ice" });
    expect(classes.get("ice")).toBe("focus");
    expect(classes.get("palantir")).toBe("neighbour");
    expect(classes.get("palantir|supplies|ice")).toBe("neighbour");
    expect(classes.get("fujitsu")).toBe("dimmed");
  });

  it("reports only the elements whose classes changed", () => {
    const all = filterGraph(index, EMPTY_FILTERS, false);
    const before = elementClasses(index, all, null);
    expect(diffClasses(null, before)).toEqual([]);
    const after = elementClasses(index, filterGraph(index, { ...EMPTY_FILTERS, countries: ["JP"] }, false), null);
    const changes = diffClasses(before, after);
    expect(changes.every((c) => c.classes === "hidden")).toBe(true);
    expect(changes).toHaveLength(8 + 11);
    expect(diffClasses(after, after)).toEqual([]);
  });
});

describe("relationsOf and relation rows", () => {
  it("groups a node's relations by type in vocabulary order", () => {
    const groups = relationsOf(index, "palantir");
    expect(groups.map((g) => g.type)).toEqual(["partnership", "contract", "supplies"]);
    const supplies = groups[2]!.relations;
    expect(supplies.map((r) => r.other.id)).toEqual(["idf", "ice"]);
    // Its two passages come from an article and its translation: one independent source.
    expect(supplies[0]).toMatchObject({ outgoing: true, passages: 2, articles: 1 });
  });

  it("sorts rows by any column, with a stable tie-break", () => {
    const rows = relationRows(index, index.edgeById.keys());
    // The fixture's only two-article relations cite an article and its translation: one source each.
    expect(sortRows(rows, "sources", "desc")[0]!.sources).toBe(1);
    const bySource = sortRows(rows, "source", "asc").map((r) => r.source);
    expect(bySource[0]).toBe("Fujitsu");
    expect(sortRows(rows, "source", "desc").map((r) => r.source)[0]).toBe("Top10VPN");
  });
});

describe("spreadScale", () => {
  it("spreads a blob until each node has its room, and never shrinks a layout", () => {
    // 2,500 nodes in 500 × 500: 50 nodes a side need 50 × 56 = 2,800 px, so × 5.6.
    expect(spreadScale(2_500, 500, 500)).toBeCloseTo(5.6);
    expect(spreadScale(10, 1_000, 1_000)).toBe(1);
    expect(spreadScale(100, 0, 0)).toBe(560);
  });
});

describe("countryName", () => {
  it("names countries in English and survives a missing code", () => {
    expect(countryName("IL")).toBe("Israel");
    expect(countryName("JP")).toBe("Japan");
    expect(countryName(null)).toBe("—");
  });
});
