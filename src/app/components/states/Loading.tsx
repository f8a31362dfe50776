// Shown while graph.json loads.
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="screen-state" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>{t("app.loading")}</p>
    </div>
  );
}
