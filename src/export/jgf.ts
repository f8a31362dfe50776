// JSON Graph Format (version 2: nodes keyed by id, edges as a list), with every passage kept in
// the edge's metadata and the articles in the graph's.
import type { Graph } from "../model";
import { isSymmetric, modalityOf, type ExportFile } from "./common";

export function jgf(graph: Graph): string {
  const nodes: Record<string, unknown> = {};
  for (const n of graph.nodes) {
    nodes[n.id] = {
      label: n.label,
      metadata: {
        type: n.type,
        country: n.country,
        sectors: n.sectors,
        aliases: n.aliases,
        curated: n.curated,
        attributes: n.attributes,
        mentions: n.mentions,
      },
    };
  }
  const edges = graph.edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    relation: e.type,
    directed: !isSymmetric(e),
    metadata: { status: e.status, modality: modalityOf(e), weight: e.evidence.length, evidence: e.evidence },
  }));
  const doc = {
    graph: {
      id: "entangle",
      type: "entangle",
      label: "Entangle",
      directed: true,
      metadata: { schemaVersion: graph.schemaVersion, articles: graph.articles },
      nodes,
      edges,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function jgfFiles(graph: Graph): ExportFile[] {
  return [{ name: "entangle.jgf.json", mime: "application/json", content: jgf(graph) }];
}
