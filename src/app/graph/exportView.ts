// What the Export menu hands to the export module: the graph of the current view or the whole
// graph, the table's rows as cells, and file names that say which. Pure; the export code itself is
// loaded only when a format is chosen.
import type { Graph } from "../../model";
import { subgraph } from "../../export/common";
import type { GraphIndex } from "./graphIndex";
import type { VisibleGraph } from "./filterGraph";
import type { RelationRow } from "./relations";
import { modalityLabel, relationLabel, statusLabel } from "../labels";
import { t } from "../i18n";

export type ExportScope = "view" | "all";

/** The graph restricted to the visible nodes and edges or all of it. */
export function graphInScope(index: GraphIndex, visible: VisibleGraph, scope: ExportScope): Graph {
  const { graph } = index;
  if (scope === "all" || (visible.nodes.size === graph.nodes.length && visible.edges.size === graph.edges.length)) return graph;
  return subgraph(graph, visible.nodes, visible.edges);
}

const HEADER_KEYS = ["source", "relation", "target", "status", "modality", "sources"] as const;

/** The CSV's header in the interface's language, as the table's cells are. */
export function tableHeader(): string[] {
  return HEADER_KEYS.map((k) => t(`export.header.${k}`));
}

/** The table's rows as the table shows them (labels, not codes), in its order. */
export function tableCells(rows: readonly RelationRow[]): (string | number)[][] {
  return rows.map((r) => [r.source, relationLabel(r.type), r.target, statusLabel(r.status, r.type), modalityLabel(r.modality), r.sources]);
}

export function exportFileName(scope: ExportScope, suffix: string): string {
  return `${t("export.fileBase")}${scope === "view" ? `-${t("export.fileView")}` : ""}${suffix}`;
}
