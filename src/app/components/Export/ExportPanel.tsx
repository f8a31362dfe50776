// The Export menu's panel: every export format for the current view or the whole graph, the canvas
// as PNG (2×) or SVG, the table as CSV, and "Share as a file" (a snapshot that opens offline). The
// panel is loaded when the menu first opens; the work happens in ./actions, loaded on first use.
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useIndex, useVisible } from "../../derived";
import { snapshotOf, useExplorer } from "../../store/explorer";
import { toQuery } from "../../store/url";
import { exportFileName, graphInScope, TABLE_HEADER, tableCells, type ExportScope } from "../../graph/exportView";
import { relationRows, sortRows } from "../../graph/relations";
import { FORMATS, FORMAT_INFO } from "../../../export/formats";
import { currentCanvas } from "./canvas";
import type { Download } from "./actions";

type Actions = typeof import("./actions");

export default function ExportPanel({ id }: { id: string }) {
  const [scope, setScope] = useState<ExportScope>("view");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const index = useIndex();
  const visible = useVisible();
  const view = useExplorer((s) => s.view);
  const queryClient = useQueryClient();

  const run = async (what: string, make: (a: Actions) => Download | Promise<Download>) => {
    setBusy(true);
    setStatus(`Preparing ${what}…`);
    try {
      const actions = await import("./actions");
      const download = await make(actions);
      actions.save(download);
      setStatus(`Saved ${download.name}`);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const graph = () => graphInScope(index, visible, scope);
  const canvas = view === "graph" ? currentCanvas() : null;

  return (
    <div id={id} className="export-panel" role="group" aria-label="Export">
        <fieldset>
          <legend>What</legend>
          <label>
            <input type="radio" name="export-scope" checked={scope === "view"} onChange={() => setScope("view")} /> Current view ({visible.nodes.size} entities,{" "}
            {visible.edges.size} relations)
          </label>
          <label>
            <input type="radio" name="export-scope" checked={scope === "all"} onChange={() => setScope("all")} /> Whole graph ({index.graph.nodes.length} entities,{" "}
            {index.graph.edges.length} relations)
          </label>
        </fieldset>
        <h3>Data</h3>
        <ul>
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" disabled={busy} onClick={() => void run(format, (a) => a.formatDownload(graph(), format, exportFileName(scope, "")))}>
                {FORMAT_INFO[format].label}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              disabled={busy}
              onClick={() => void run("the table", (a) => a.tableDownload(TABLE_HEADER, tableCells(sortRows(relationRows(index, visible.edges), "sources", "desc")), "entangle-table.csv"))}
            >
              Table of relations (current view) — CSV
            </button>
          </li>
        </ul>
        <h3>Image of the canvas</h3>
        <ul>
          <li>
            <button type="button" disabled={busy || !canvas} onClick={() => canvas && void run("the PNG", (a) => a.pngDownload(canvas, "entangle-canvas.png"))}>
              PNG (2× resolution)
            </button>
          </li>
          <li>
            <button type="button" disabled={busy || !canvas} onClick={() => canvas && void run("the SVG", (a) => a.svgDownload(canvas, "entangle-canvas.svg"))}>
              SVG
            </button>
          </li>
        </ul>
        <h3>Share</h3>
        <ul>
          <li>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run("the file", (a) => a.snapshotDownload(graph(), toQuery(snapshotOf(useExplorer.getState())), queryClient, `${import.meta.env.BASE_URL}snapshot.html`, exportFileName(scope, ".html")))
              }
            >
              Share as a file (opens offline)
            </button>
          </li>
        </ul>
        <p role="status" className="export-status">
          {status}
        </p>
    </div>
  );
}
