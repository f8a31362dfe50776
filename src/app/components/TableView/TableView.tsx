// The filtered graph as a sortable table of relations: the keyboard-only twin of the canvas.
// Each row opens the relation's evidence. Only the rows near the screen are in the DOM (useRowWindow);
// aria-rowcount and aria-rowindex tell assistive technology where they stand in the whole table.
import { useMemo, useRef, useState } from "react";
import { useIndex, useVisible } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { relationRows, sortRows, type SortDir, type SortKey } from "../../graph/relations";
import { EDGE_COLOUR } from "../../graph/palette";
import { modalityLabel, relationLabel, statusLabel } from "../../labels";
import { useTranslation } from "react-i18next";
import { EmptyResult } from "../states/EmptyResult";
import { useRowWindow } from "./useRowWindow";

const COLUMNS: readonly SortKey[] = ["source", "type", "target", "status", "modality", "sources"];

export function TableView() {
  const { t } = useTranslation();
  const index = useIndex();
  const visible = useVisible();
  const selection = useExplorer((s) => s.selection);
  const selectEdge = useExplorer((s) => s.selectEdge);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "sources", dir: "desc" });
  const rows = useMemo(() => sortRows(relationRows(index, visible.edges), sort.key, sort.dir), [index, visible, sort]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { virtualizer, padTop, padBottom } = useRowWindow(rows.length, scrollRef, bodyRef);
  if (rows.length === 0) return <EmptyResult />;
  // Keyboard users land on the evidence they asked for, not back at the top of the table.
  const openRow = (id: string) => {
    selectEdge(id);
    requestAnimationFrame(() => document.getElementById("edge-heading")?.focus());
  };
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: key === "sources" ? "desc" : "asc" }));
  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="relations-table" aria-rowcount={rows.length + 1}>
        <caption>{t("table.caption", { count: rows.length })}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
                <button type="button" onClick={() => sortBy(key)}>
                  {t(`table.${key}`)}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {padTop > 0 && <Spacer height={padTop} />}
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const current = selection?.kind === "edge" && selection.id === r.id;
            return (
              <tr
                key={r.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={current ? "current" : undefined}
                aria-current={current ? "true" : undefined}
                onClick={() => openRow(r.id)}
              >
                <td>{r.source}</td>
                <td>
                  <span className="swatch bar" style={{ background: EDGE_COLOUR[r.type] }} aria-hidden="true" />{" "}
                  <button
                    type="button"
                    className="row-open"
                    aria-label={t("table.open", { source: r.source, relation: relationLabel(r.type), target: r.target })}
                    onClick={(e) => (e.stopPropagation(), openRow(r.id))}
                  >
                    {relationLabel(r.type)}
                  </button>
                </td>
                <td>{r.target}</td>
                <td>
                  <span className={`badge ${r.status}`}>{statusLabel(r.status, r.type)}</span>
                </td>
                <td>
                  <span className={`badge ${r.modality}`}>{modalityLabel(r.modality)}</span>
                </td>
                <td className="num">{r.sources}</td>
              </tr>
            );
          })}
          {padBottom > 0 && <Spacer height={padBottom} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands for the rows not drawn, so the scroll height is the whole table's. */
function Spacer({ height }: { height: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, with no handler and nothing in it to focus.
    <tr className="row-spacer" aria-hidden="true">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}
