// The export formats read back by their ecosystem's own parsers: CSV with papaparse, GEXF and
// GraphML with graphology's parsers, JGF as JSON; plus determinism and view subsets.
import Papa from "papaparse";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { SYMMETRIC_RELATIONS } from "../../src/model";
import { exportGraph, FORMATS, subgraph, toCsv, type ExportFile } from "../../src/export";
import { exportFixture, HOSTILE_LABEL, HOSTILE_QUOTE } from "./export-fixture";

const graph = exportFixture();
const file = (files: ExportFile[], name: string) => {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`no ${name} among ${files.map((x) => x.name).join(", ")}`);
  return f.content;
};
const parseCsv = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

describe("CSV export", () => {
  const files = exportGraph(graph, "csv");

  it("writes nodes.csv, edges.csv and evidence.csv", () => {
    expect(files.map((f) => f.name)).toEqual(["nodes.csv", "edges.csv", "evidence.csv"]);
  });

  it("reads back every node and edge with its fields", () => {
    const nodes = parseCsv(file(files, "nodes.csv"));
    expect(nodes.errors).toEqual([]);
    expect(nodes.data.map((r) => r.id)).toEqual(graph.nodes.map((n) => n.id));
    const contract = nodes.data.find((r) => r.id === "contract-fujitsu-palantir-2024");
    expect(contract).toMatchObject({ type: "contract", date: "2024", scope: "licence of Palantir AIP", curated: "true" });
    const edges = parseCsv(file(files, "edges.csv"));
    expect(edges.data.map((r) => [r.id, r.source, r.target, r.type, r.status])).toEqual(graph.edges.map((e) => [e.id, e.source, e.target, e.type, e.status]));
    expect(edges.data.find((r) => r.id === "palantir|supplies|idf")).toMatchObject({ modality: "alleged", passages: "2" });
  });

  it("writes one evidence row per passage, quotes with quotes and line breaks intact", () => {
    const rows = parseCsv(file(files, "evidence.csv"));
    expect(rows.errors).toEqual([]);
    const passages = graph.edges.flatMap((e) => e.evidence.map((ev) => [e.id, ev.articleId, ev.quote, ev.modality, String(ev.start), String(ev.end)]));
    expect(rows.data.map((r) => [r.edge_id, r.article_id, r.quote, r.modality, r.start, r.end])).toEqual(passages);
    expect(rows.data[0]?.quote).toBe(HOSTILE_QUOTE);
    const cited = rows.data.find((r) => r.article_id === "a3_microsoft_fr");
    expect(cited).toMatchObject({ outlet: "Le Monde", date: "2025-09-26", url: "https://example.org/microsoft" });
  });

  it("keeps a spreadsheet from running a cell as a formula, and leaves numbers alone", () => {
    const g = { ...graph, nodes: graph.nodes.map((n) => (n.id === "ice" ? { ...n, label: '=HYPERLINK("http://x","y")' } : n)) };
    const nodes = parseCsv(file(exportGraph(g, "csv"), "nodes.csv"));
    expect(nodes.data.find((r) => r.id === "ice")?.label).toBe('\'=HYPERLINK("http://x","y")');
    expect(nodes.data.find((r) => r.id === "ice")?.mentions).toMatch(/^\d+$/);
    expect(toCsv(["a"], [["-1"], [-1]])).toBe("a\n-1\n-1\n");
    expect(toCsv(["a"], [["-1"], [-1]], true)).toBe('a\n"\'-1"\n-1\n');
  });

  it("writes a table of any rows, empty cells for null", () => {
    const text = toCsv(
      ["a", "b"],
      [
        ["x,y", null],
        [1, true],
      ],
    );
    expect(Papa.parse(text, { skipEmptyLines: true }).data).toEqual([
      ["a", "b"],
      ["x,y", ""],
      ["1", "true"],
    ]);
  });
});

describe("GEXF export", () => {
  const text = file(exportGraph(graph, "gexf"), "entangle.gexf");
  const parsed = parseGexf(MultiGraph, text);

  it("parses back with graphology with the same nodes and edges", () => {
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.edges.length);
    expect(new Set(parsed.edges())).toEqual(new Set(graph.edges.map((e) => e.id)));
  });

  it("keeps typed attributes, weight = passages, symmetric relations undirected", () => {
    expect(parsed.getNodeAttributes("palantir")).toMatchObject({ label: "Palantir", type: "company", curated: true });
    expect(parsed.getNodeAttribute("palantir", "sectors")).toEqual(graph.nodes.find((n) => n.id === "palantir")?.sectors);
    expect(parsed.getNodeAttribute("top10vpn", "curated")).toBe(false);
    expect(parsed.getNodeAttribute("top10vpn", "label")).toBe(HOSTILE_LABEL);
    for (const e of graph.edges) {
      expect(parsed.getEdgeAttribute(e.id, "weight")).toBe(e.evidence.length);
      expect(parsed.getEdgeAttribute(e.id, "passages")).toBe(e.evidence.length);
      expect(parsed.isUndirected(e.id)).toBe(SYMMETRIC_RELATIONS.has(e.type));
    }
    expect(parsed.getEdgeAttributes("palantir|supplies|idf")).toMatchObject({ relation: "supplies", modality: "alleged", status: "active" });
  });
});

describe("GraphML export", () => {
  const parsed = parseGraphml(MultiGraph, file(exportGraph(graph, "graphml"), "entangle.graphml"));

  it("parses back with graphology with the same nodes, edges and attributes", () => {
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.edges.length);
    expect(parsed.getNodeAttributes("microsoft")).toMatchObject({ label: "Microsoft", type: "company", curated: true });
    expect(parsed.getEdgeAttributes("imod|client_of|microsoft")).toMatchObject({ relation: "client_of", status: "ended", weight: 1 });
    expect(parsed.getNodeAttribute("top10vpn", "label")).toBe(HOSTILE_LABEL);
    expect(parsed.isUndirected("fujitsu|partnership|palantir")).toBe(true);
    expect(parsed.isDirected("palantir|supplies|ice")).toBe(true);
  });
});

describe("JGF export", () => {
  it("keeps every node, edge and passage", () => {
    const doc = JSON.parse(file(exportGraph(graph, "jgf"), "entangle.jgf.json"));
    expect(Object.keys(doc.graph.nodes)).toEqual(graph.nodes.map((n) => n.id));
    expect(doc.graph.edges.map((e: { id: string }) => e.id)).toEqual(graph.edges.map((e) => e.id));
    expect(doc.graph.edges[0].metadata.evidence[0].quote).toBe(HOSTILE_QUOTE);
    expect(doc.graph.edges[0].directed).toBe(false);
  });
});

describe("Neo4j admin import CSV", () => {
  const files = exportGraph(graph, "neo4j");

  it("has the headers neo4j-admin reads and one row per node and relation", () => {
    const entities = parseCsv(file(files, "entities.csv"));
    expect(entities.meta.fields).toContain("id:ID(Entity)");
    expect(entities.meta.fields).toContain(":LABEL");
    expect(entities.data.find((r) => r["id:ID(Entity)"] === "ice")?.[":LABEL"]).toBe("Entity;Agency");
    const relations = parseCsv(file(files, "relations.csv"));
    expect(relations.meta.fields?.slice(0, 3)).toEqual([":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]);
    expect(relations.data.map((r) => r[":TYPE"])).toEqual(graph.edges.map((e) => e.type.toUpperCase()));
    expect(JSON.parse(relations.data[0]?.evidence ?? "[]")[0].quote).toBe(HOSTILE_QUOTE);
    const mentions = parseCsv(file(files, "mentions.csv"));
    const articles = new Set(parseCsv(file(files, "articles.csv")).data.map((r) => r["id:ID(Article)"]));
    for (const m of mentions.data) expect(articles.has(m[":END_ID(Article)"])).toBe(true);
  });
});

describe("every format", () => {
  it("gives the same bytes for the same graph", () => {
    for (const format of FORMATS) expect(exportGraph(exportFixture(), format)).toEqual(exportGraph(graph, format));
  });
});

describe("subgraph", () => {
  it("keeps the given nodes, the edges between them and only the articles they cite", () => {
    const sub = subgraph(
      graph,
      new Set(["microsoft", "imod", "palantir"]),
      new Set(["microsoft|suspension|imod", "palantir|supplies|ice", "imod|client_of|microsoft"]),
    );
    expect(sub.nodes.map((n) => n.id)).toEqual(["palantir", "imod", "microsoft"]);
    expect(sub.edges.map((e) => e.id)).toEqual(["microsoft|suspension|imod", "imod|client_of|microsoft"]);
    const cited = new Set([...sub.edges.flatMap((e) => e.evidence.map((ev) => ev.articleId)), ...sub.nodes.flatMap((n) => n.mentions.map((m) => m.articleId))]);
    expect(sub.articles.map((a) => a.id)).toEqual(graph.articles.filter((a) => cited.has(a.id)).map((a) => a.id));
  });
});
