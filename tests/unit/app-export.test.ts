// What the Export menu hands the exporters: the view's graph or the whole graph, and the table's
// rows as the table shows them.
import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { relationRows, sortRows } from "../../src/app/graph/relations";
import { exportFileName, graphInScope, tableCells, tableHeader } from "../../src/app/graph/exportView";
import { i18n, loadCatalogue } from "../../src/app/i18n";
import { fixtureGraph } from "../fixtures/load";
import { statusLabel } from "../../src/app/labels";

const index = buildIndex(fixtureGraph());

describe("graphInScope", () => {
  it("keeps the visible entities, the visible relations and the articles they cite", () => {
    const visible = filterGraph(index, { ...EMPTY_FILTERS, relations: ["suspension"] }, false);
    const g = graphInScope(index, visible, "view");
    expect(g.nodes.map((n) => n.id).sort()).toEqual(["imod", "microsoft"]);
    expect(g.edges.map((e) => e.id)).toEqual(["microsoft|suspension|imod"]);
    const cited = new Set([...g.edges.flatMap((e) => e.evidence.map((ev) => ev.articleId)), ...g.nodes.flatMap((n) => n.mentions.map((m) => m.articleId))]);
    expect(g.articles.map((a) => a.id).sort()).toEqual([...cited].sort());
  });

  it("gives the whole graph when asked, or when nothing is filtered out", () => {
    const visible = filterGraph(index, { ...EMPTY_FILTERS, relations: ["suspension"] }, false);
    expect(graphInScope(index, visible, "all")).toBe(index.graph);
    expect(graphInScope(index, filterGraph(index, EMPTY_FILTERS, false), "view")).toBe(index.graph);
  });
});

describe("tableCells", () => {
  it("writes the rows with the labels the table shows, in its order", () => {
    const visible = filterGraph(index, { ...EMPTY_FILTERS, relations: ["supplies"] }, false);
    const cells = tableCells(sortRows(relationRows(index, visible.edges), "sources", "desc"));
    // Palantir → IDF is stated in an article and in its translation: one independent source.
    expect(cells).toEqual([
      ["Microsoft", "supplies", "Israel", "Planned", "Asserted", 1],
      ["Palantir", "supplies", "ICE", "Active", "Asserted", 1],
      ["Palantir", "supplies", "Israel Defense Forces", "Active", "Alleged", 1],
    ]);
  });
});

describe("tableCells of acts that end something", () => {
  it("words a suspension's status as the table does, not as a relation that ended", () => {
    const visible = filterGraph(index, { ...EMPTY_FILTERS, relations: ["suspension"] }, false);
    const [row] = tableCells(relationRows(index, visible.edges));
    const edge = index.edgeById.get("microsoft|suspension|imod")!;
    expect(row![3]).toBe(statusLabel(edge.status, "suspension"));
    expect(row![3]).not.toBe(statusLabel(edge.status));
  });
});

describe("exportFileName", () => {
  it("says when a file holds only the view", () => {
    expect(exportFileName("view", ".html")).toBe("entangle-view.html");
    expect(exportFileName("all", ".gexf")).toBe("entangle.gexf");
  });
});

describe("in the interface's language", () => {
  afterEach(async () => {
    await i18n.changeLanguage("en");
  });

  it("names the files and heads the CSV's columns in French when the interface is French", async () => {
    expect(tableHeader()).toEqual(["Source", "Relation", "Target", "Status", "Modality", "Sources"]);
    await i18n.changeLanguage(await loadCatalogue("fr"));
    expect(exportFileName("view", ".html")).toBe("entangle-vue.html");
    expect(exportFileName("all", ".gexf")).toBe("entangle.gexf");
    expect(tableHeader()).toEqual(["Source", "Relation", "Cible", "Statut", "Modalité", "Sources"]);
  });
});
