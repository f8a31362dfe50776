// Key players: the entities of the filtered (and focused) graph ranked by degree, betweenness or
// PageRank; a column header sorts, a row opens the entity.
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useIndex, useRankings } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { MEASURES, sortRankings, type Measure } from "../../graph/rankings";
import { NODE_LOOK } from "../../graph/palette";
import { typeLabel } from "../../labels";
import { formatNumber } from "../../i18n";
import { EmptyResult } from "../states/EmptyResult";

const DIGITS: Record<Measure, Intl.NumberFormatOptions> = {
  degree: { maximumFractionDigits: 0 },
  betweenness: { maximumFractionDigits: 1 },
  pagerank: { minimumFractionDigits: 3, maximumFractionDigits: 3 },
};

export function KeyPlayers() {
  const { t } = useTranslation();
  const index = useIndex();
  const rows = useRankings();
  const selection = useExplorer((s) => s.selection);
  const selectNode = useExplorer((s) => s.selectNode);
  const [by, setBy] = useState<Measure>("betweenness");
  const labelOf = (id: string) => index.nodeById.get(id)?.label ?? id;
  const sorted = useMemo(() => sortRankings(rows, by, (id) => index.nodeById.get(id)?.label ?? id), [rows, by, index]);
  if (sorted.length === 0) return <EmptyResult />;
  return (
    <div className="table-wrap">
      <table className="relations-table players-table">
        <caption>{t("players.caption", { measure: t(`players.${by}`) })}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("players.entity")}</th>
            {MEASURES.map((m) => (
              <th key={m} scope="col" className="num" aria-sort={by === m ? "descending" : "none"} title={t(`players.${m}Help`)}>
                <button type="button" onClick={() => setBy(m)}>
                  {t(`players.${m}`)}
                  <span aria-hidden="true">{by === m ? " ▼" : ""}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => {
            const node = index.nodeById.get(r.id);
            const current = selection?.kind === "node" && selection.id === r.id;
            return (
              <tr
                key={r.id}
                className={current ? "current" : undefined}
                aria-current={current ? "true" : undefined}
                onClick={() => selectNode(r.id, { centre: true })}
              >
                <td className="num">{i + 1}</td>
                <td>
                  {node && <span className="swatch dot" style={{ background: NODE_LOOK[node.type].colour }} aria-hidden="true" />}{" "}
                  <button
                    type="button"
                    className="row-open"
                    onClick={(e) => {
                      e.stopPropagation();
                      selectNode(r.id, { centre: true });
                      requestAnimationFrame(() => document.getElementById("node-heading")?.focus());
                    }}
                  >
                    {labelOf(r.id)}
                  </button>{" "}
                  {node && <span className="muted">{typeLabel(node.type)}</span>}
                </td>
                {MEASURES.map((m) => (
                  <td key={m} className="num">
                    {formatNumber(r[m], DIGITS[m])}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
