// Graph → Cytoscape element definitions. Built once per graph: filters and selection never
// rebuild them, they only change classes (see classes.ts).
import type { ElementDefinition } from "cytoscape";
import { SYMMETRIC_RELATIONS } from "../../model";
import type { GraphIndex } from "./graphIndex";
import { relationLabel } from "../labels";
import { presetPositions } from "./preset";

/** Node size grows with the square root of its relations so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(84, 24 + 10 * Math.sqrt(degree)));
}

/** Nodes carry their build-time position when the graph has them (see preset.ts); else the canvas lays them out. */
export function toElements(index: GraphIndex): ElementDefinition[] {
  const { graph } = index;
  const preset = presetPositions(index);
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: "nodes",
    ...(preset?.has(n.id) ? { position: { ...preset.get(n.id)! } } : {}),
    data: {
      id: n.id,
      label: n.label,
      type: n.type,
      curated: n.curated,
      degree: index.degree.get(n.id) ?? 0,
      size: nodeSize(index.degree.get(n.id) ?? 0),
      added: index.added?.nodes.has(n.id) === true,
    },
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: "edges",
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: relationLabel(e.type),
      status: e.status,
      modality: index.edgeModality.get(e.id) ?? "asserted",
      symmetric: SYMMETRIC_RELATIONS.has(e.type),
      count: e.evidence.length,
      added: index.added?.edges.has(e.id) === true,
    },
  }));
  return [...nodes, ...edges];
}
