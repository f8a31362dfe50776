// Shown when the filters leave nothing: says so and offers the way out.
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../store/explorer";

export function EmptyResult() {
  const { t } = useTranslation();
  const clearFilters = useExplorer((s) => s.clearFilters);
  return (
    <div className="empty-result" role="status">
      <p>{t("empty.noMatch")}</p>
      <button type="button" className="primary" onClick={clearFilters}>
        {t("empty.clear")}
      </button>
    </div>
  );
}
