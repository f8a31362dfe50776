// Everything the Export menu does, loaded on first use (a dynamic import) so the export formats,
// the CSV and zip libraries and the SVG renderer stay out of the initial bundle.
import cytoscape, { type Core } from "cytoscape";
import svgExtension from "cytoscape-svg";
import { zipSync, strToU8 } from "fflate";
import type { QueryClient } from "@tanstack/react-query";
import type { ArticleDoc, Graph } from "../../../model";
import { exportGraph, FORMAT_INFO, toCsv, type ExportFile, type ExportFormat } from "../../../export";
import { citedArticleIds, snapshotHtml } from "../../../export/snapshot";
import { articleOptions } from "../../api/data";
import { t } from "../../i18n";

/** Zip entries carry this date so the same export gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2000, 0, 1));

let svgRegistered = false;

export type Download = { name: string; blob: Blob };

export function formatDownload(graph: Graph, format: ExportFormat, baseName: string): Download {
  const files = exportGraph(graph, format);
  if (!FORMAT_INFO[format].folder && files.length === 1) {
    const [file] = files as [ExportFile];
    const ext = file.name.slice(file.name.indexOf("."));
    return { name: `${baseName}${ext}`, blob: new Blob([file.content], { type: file.mime }) };
  }
  const entries = Object.fromEntries(files.map((f) => [f.name, [strToU8(f.content), { mtime: ZIP_DATE }] as const]));
  const bytes = zipSync(entries as Parameters<typeof zipSync>[0]);
  return { name: `${baseName}-${format}.zip`, blob: new Blob([bytes as BlobPart], { type: "application/zip" }) };
}

export function tableDownload(header: string[], cells: (string | number)[][], name: string): Download {
  return { name, blob: new Blob([toCsv(header, cells, true)], { type: "text/csv" }) };
}

function background(cy: Core): string {
  const container = cy.container();
  const colour = container ? getComputedStyle(container).backgroundColor : "";
  return colour && colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent" ? colour : "#ffffff";
}

/** The canvas as drawn, at twice its size on screen. */
export async function pngDownload(cy: Core, name: string): Promise<Download> {
  const blob = await cy.png({ output: "blob-promise", scale: 2, full: false, bg: background(cy) });
  return { name, blob };
}

export function svgDownload(cy: Core, name: string): Download {
  if (!svgRegistered) cytoscape.use(svgExtension), (svgRegistered = true);
  const svg = (cy as Core & { svg: (o: object) => string }).svg({ full: false, scale: 1, bg: background(cy) });
  return { name, blob: new Blob([svg], { type: "image/svg+xml" }) };
}

/** "Share as a file": the built app's snapshot shell with this graph, its cited articles and the view. */
export async function snapshotDownload(graph: Graph, view: string, queryClient: QueryClient, shellUrl: string, name: string): Promise<Download> {
  const response = await fetch(shellUrl).catch(() => null);
  const shell = response?.ok ? await response.text() : "";
  if (!shell.includes('name="entangle-snapshot-shell"')) {
    throw new Error(t("export.needsBuild"));
  }
  const articles: Record<string, ArticleDoc> = {};
  for (const id of citedArticleIds(graph)) articles[id] = await queryClient.fetchQuery(articleOptions(id));
  const html = snapshotHtml(shell, { graph, articles, view });
  return { name, blob: new Blob([html], { type: "text/html" }) };
}

export function save({ name, blob }: Download): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
