// The filtered graph as a sortable table of relations: the keyboard-only twin of the canvas.
// Each row opens the relation's evidence.
import { useMemo, useState } from "react";
import { useIndex, useVisible } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { relationRows, sortRows, type SortDir, type SortKey } from "../../graph/relations";
import { EDGE_COLOUR, relationLabel } from "../../graph/palette";
import { MODALITY_LABEL, STATUS_LABEL } from "../../labels";
import { EmptyResult } from "../states/EmptyResult";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "source", label: "Source" },
  { key: "type", label: "Relation" },
  { key: "target", label: "Target" },
  { key: "status", label: "Status" },
  { key: "modality", label: "Modality" },
  { key: "sources", label: "Sources" },
];

export function TableView() {
  const index = useIndex();
  const visible = useVisible();
  const selection = useExplorer((s) => s.selection);
  const selectEdge = useExplorer((s) => s.selectEdge);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "sources", dir: "desc" });
  const rows = useMemo(() => sortRows(relationRows(index, visible.edges), sort.key, sort.dir), [index, visible, sort]);
  if (rows.length === 0) return <EmptyResult />;
  const sortBy = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: key === "sources" ? "desc" : "asc" }));
  return (
    <div className="table-wrap">
      <table className="relations-table">
        <caption>
          {rows.length} relation{rows.length === 1 ? "" : "s"} match the filters — select one to read its evidence
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
                <button type="button" onClick={() => sortBy(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === c.key ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const current = selection?.kind === "edge" && selection.id === r.id;
            return (
              <tr key={r.id} className={current ? "current" : undefined} aria-current={current ? "true" : undefined} onClick={() => selectEdge(r.id)}>
                <td>{r.source}</td>
                <td>
                  <span className="swatch bar" style={{ background: EDGE_COLOUR[r.type] }} aria-hidden="true" />{" "}
                  <button type="button" className="row-open" aria-label={`${r.source} ${relationLabel(r.type)} ${r.target}: open the evidence`} onClick={(e) => (e.stopPropagation(), selectEdge(r.id))}>
                    {relationLabel(r.type)}
                  </button>
                </td>
                <td>{r.target}</td>
                <td>
                  <span className={`badge ${r.status}`}>{STATUS_LABEL[r.status]}</span>
                </td>
                <td>
                  <span className={`badge ${r.modality}`}>{MODALITY_LABEL[r.modality]}</span>
                </td>
                <td className="num">{r.sources}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
