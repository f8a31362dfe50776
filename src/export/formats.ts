// The export formats and how the menu and the CLI name them; no code, so the app can list them
// without loading the exporters.
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

export function isExportFormat(value: string): value is ExportFormat {
  return (FORMATS as readonly string[]).includes(value);
}
