// CSV for spreadsheets: nodes.csv, edges.csv and evidence.csv (one row per passage), written with
// papaparse so quotes, commas and line breaks inside a cell survive.
import Papa from "papaparse";
import type { Graph } from "../model";
import { articleIdsOf, articlesById, modalityOf, type ExportFile } from "./common";

export type Cell = string | number | boolean | null;

/**
 * A header and rows as CSV text; `null` is an empty cell. With `forSpreadsheets`, a text cell that
 * a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: the cells hold
 * quoted article text, which nobody should be able to turn into a formula on a reader's machine.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], forSpreadsheets = false): string {
  const data = rows.map((r) => r.map((c) => (c === null ? "" : c)));
  return `${Papa.unparse({ fields: [...header], data }, { newline: "\n", escapeFormulae: forSpreadsheets ? /^[=+\-@\t\r]/ : false })}\n`;
}

export const LIST_SEPARATOR = "; ";

export function nodesCsv(graph: Graph): string {
  const header = ["id", "label", "type", "country", "sectors", "aliases", "curated", "mentions", "value_min", "value_max", "currency", "date", "scope"];
  const rows = graph.nodes.map((n) => [
    n.id,
    n.label,
    n.type,
    n.country,
    n.sectors.join(LIST_SEPARATOR),
    n.aliases.join(LIST_SEPARATOR),
    n.curated,
    n.mentions.length,
    n.attributes.value?.min ?? null,
    n.attributes.value?.max ?? null,
    n.attributes.value?.currency ?? null,
    n.attributes.date ?? null,
    n.attributes.scope ?? null,
  ]);
  return toCsv(header, rows, true);
}

export function edgesCsv(graph: Graph): string {
  const header = ["id", "source", "target", "type", "status", "modality", "passages", "articles"];
  const rows = graph.edges.map((e) => [e.id, e.source, e.target, e.type, e.status, modalityOf(e), e.evidence.length, articleIdsOf(e).join(LIST_SEPARATOR)]);
  return toCsv(header, rows, true);
}

export function evidenceCsv(graph: Graph): string {
  const articles = articlesById(graph);
  const header = ["edge_id", "article_id", "title", "outlet", "date", "url", "quote", "modality", "start", "end", "trigger"];
  const rows: Cell[][] = [];
  for (const e of graph.edges) {
    for (const ev of e.evidence) {
      const a = articles.get(ev.articleId);
      rows.push([
        e.id,
        ev.articleId,
        a?.title ?? null,
        a?.outlet ?? null,
        a?.published ?? null,
        a?.url ?? null,
        ev.quote,
        ev.modality,
        ev.start,
        ev.end,
        ev.trigger ?? null,
      ]);
    }
  }
  return toCsv(header, rows, true);
}

export function csvFiles(graph: Graph): ExportFile[] {
  const mime = "text/csv";
  return [
    { name: "nodes.csv", mime, content: nodesCsv(graph) },
    { name: "edges.csv", mime, content: edgesCsv(graph) },
    { name: "evidence.csv", mime, content: evidenceCsv(graph) },
  ];
}
