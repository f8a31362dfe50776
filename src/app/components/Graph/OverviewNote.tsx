// Over the canvas while a big graph shows only its most connected entities: says so, and how to reach the rest.
import { useTranslation } from "react-i18next";
import { useIndex, useOverview, useVisible } from "../../derived";
import { useExplorer } from "../../store/explorer";

export function OverviewNote() {
  const { t } = useTranslation();
  const index = useIndex();
  const visible = useVisible();
  const overview = useOverview();
  const setShowAll = useExplorer((s) => s.setShowAll);
  if (!overview) return null;
  return (
    <div className="focus-bar overview-note" role="status">
      <span>{t("scale.note", { shown: visible.nodes.size, total: index.graph.nodes.length })}</span>
      <button type="button" className="chip" onClick={() => setShowAll(true)}>
        {t("scale.showAll")}
      </button>
    </div>
  );
}
