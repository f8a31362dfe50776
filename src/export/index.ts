// The export module: graph in, files out. Pure and deterministic (same graph, same bytes), ids
// kept as they are in graph.json; used by the CLI (`npm run export`) and lazily by the app.
import type { Graph } from "../model";
import type { ExportFile } from "./common";
import { csvFiles } from "./csv";
import { gexfFiles } from "./gexf";
import { graphmlFiles } from "./graphml";
import { ftmFiles } from "./ftm";
import { neo4jFiles } from "./neo4j";
import { cypherFiles } from "./cypher";
import { jgfFiles } from "./jgf";

export type { ExportFile } from "./common";
export { subgraph } from "./common";
export { toCsv } from "./csv";

export const FORMATS = ["csv", "gexf", "graphml", "ftm", "neo4j", "cypher", "jgf"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const FORMAT_INFO: Record<ExportFormat, { label: string; folder: boolean }> = {
  csv: { label: "CSV (nodes, edges, evidence) — spreadsheets", folder: true },
  gexf: { label: "GEXF 1.3 — Gephi", folder: false },
  graphml: { label: "GraphML — Gephi, yEd, NetworkX", folder: false },
  ftm: { label: "FollowTheMoney — Aleph", folder: false },
  neo4j: { label: "Neo4j admin import CSV", folder: true },
  cypher: { label: "Cypher MERGE script — Neo4j", folder: false },
  jgf: { label: "JSON Graph Format", folder: false },
};

const WRITERS: Record<ExportFormat, (graph: Graph) => ExportFile[]> = {
  csv: csvFiles,
  gexf: gexfFiles,
  graphml: graphmlFiles,
  ftm: ftmFiles,
  neo4j: neo4jFiles,
  cypher: cypherFiles,
  jgf: jgfFiles,
};

export function isExportFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

export function exportGraph(graph: Graph, format: ExportFormat): ExportFile[] {
  return WRITERS[format](graph);
}
