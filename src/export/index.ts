// The export module: graph in, files out. Pure and deterministic (same graph, same bytes), ids
// kept as they are in graph.json; used by the CLI (`npm run export`) and lazily by the app.
import type { Graph } from "../model";
import type { ExportFile } from "./common";
import type { ExportFormat } from "./formats";
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
export { FORMATS, FORMAT_INFO, isExportFormat, type ExportFormat } from "./formats";

const WRITERS: Record<ExportFormat, (graph: Graph) => ExportFile[]> = {
  csv: csvFiles,
  gexf: gexfFiles,
  graphml: graphmlFiles,
  ftm: ftmFiles,
  neo4j: neo4jFiles,
  cypher: cypherFiles,
  jgf: jgfFiles,
};

export function exportGraph(graph: Graph, format: ExportFormat): ExportFile[] {
  return WRITERS[format](graph);
}
