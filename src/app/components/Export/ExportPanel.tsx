// The Export menu's panel: every export format for the current view or the whole graph, the canvas
// as PNG (2×) or SVG, the table as CSV, and "Share as a file" (a snapshot that opens offline). The
// panel is loaded when the menu first opens; the work happens in ./actions, loaded on first use.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQueryClient } from "@tanstack/react-query";
import { useIndex, useVisible } from "../../derived";
import { snapshotOf, useExplorer } from "../../store/explorer";
import { toQuery } from "../../store/url";
import { exportFileName, graphInScope, tableHeader, tableCells, type ExportScope } from "../../graph/exportView";
import { relationRows, sortRows } from "../../graph/relations";
import { FORMATS, FORMAT_INFO } from "../../../export/formats";
import { currentCanvas } from "./canvas";
import type { Download } from "./actions";
import { formatNumber, t as translate } from "../../i18n";

type Actions = typeof import("./actions");

/** "12 entities, 30 relations" in the active language, for the scope choices. */
function counts(nodes: number, edges: number) {
  return {
    entities: `${formatNumber(nodes)} ${translate("words.entity", { count: nodes })}`,
    relations: `${formatNumber(edges)} ${translate("words.relation", { count: edges })}`,
  };
}

/** A file name in the interface's language: entangle-table.csv, entangle-tableau.csv… */
function fileName(part: "fileTable" | "fileCanvas", ext: string): string {
  return `${translate("export.fileBase")}-${translate(`export.${part}`)}${ext}`;
}

export default function ExportPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<ExportScope>("view");
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);
  const index = useIndex();
  const visible = useVisible();
  const view = useExplorer((s) => s.view);
  const queryClient = useQueryClient();

  const run = async (what: string, make: (a: Actions) => Download | Promise<Download>) => {
    setBusy(true);
    setStatus(t("export.preparing", { what }));
    try {
      const actions = await import("./actions");
      const download = await make(actions);
      actions.save(download);
      setStatus(t("export.saved", { name: download.name }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const graph = () => graphInScope(index, visible, scope);
  const canvas = view === "graph" ? currentCanvas() : null;

  return (
    <div id={id} className="export-panel" role="group" aria-label={t("export.panel")}>
      <fieldset>
        <legend>{t("export.what")}</legend>
        <label>
          <input type="radio" name="export-scope" checked={scope === "view"} onChange={() => setScope("view")} />{" "}
          {t("export.view", counts(visible.nodes.size, visible.edges.size))}
        </label>
        <label>
          <input type="radio" name="export-scope" checked={scope === "all"} onChange={() => setScope("all")} />{" "}
          {t("export.all", counts(index.graph.nodes.length, index.graph.edges.length))}
        </label>
      </fieldset>
      <h3>{t("export.data")}</h3>
      <ul>
        {FORMATS.map((format) => (
          <li key={format}>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(t("export.theFormat", { format: format.toUpperCase() }), (a) => a.formatDownload(graph(), format, exportFileName(scope, "")))
              }
            >
              {t(`export.formats.${format}`, { defaultValue: FORMAT_INFO[format].label })}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(t("export.theTable"), (a) =>
                a.tableDownload(tableHeader(), tableCells(sortRows(relationRows(index, visible.edges), "sources", "desc")), fileName("fileTable", ".csv")),
              )
            }
          >
            {t("export.table")}
          </button>
        </li>
      </ul>
      <h3>{t("export.image")}</h3>
      <ul>
        <li>
          <button
            type="button"
            disabled={busy || !canvas}
            onClick={() => canvas && void run(t("export.thePng"), (a) => a.pngDownload(canvas, fileName("fileCanvas", ".png")))}
          >
            {t("export.png")}
          </button>
        </li>
        <li>
          <button
            type="button"
            disabled={busy || !canvas}
            onClick={() => canvas && void run(t("export.theSvg"), (a) => a.svgDownload(canvas, fileName("fileCanvas", ".svg")))}
          >
            {t("export.svg")}
          </button>
        </li>
      </ul>
      <h3>{t("export.share")}</h3>
      <ul>
        <li>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(t("export.theFile"), (a) =>
                a.snapshotDownload(
                  graph(),
                  toQuery(snapshotOf(useExplorer.getState())),
                  queryClient,
                  `${import.meta.env.BASE_URL}snapshot.html`,
                  exportFileName(scope, ".html"),
                ),
              )
            }
          >
            {t("export.shareFile")}
          </button>
        </li>
      </ul>
      <p role="status" className="export-status">
        {status}
      </p>
    </div>
  );
}
