// Canvas controls: fit, zoom in/out, re-layout.

import { useTranslation } from "react-i18next";

type Props = { onFit: () => void; onZoom: (factor: number) => void; onRelayout: () => void };

export function GraphToolbar({ onFit, onZoom, onRelayout }: Props) {
  const { t } = useTranslation();
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t("toolbar.label")}>
      <button type="button" onClick={() => onZoom(1.25)} aria-label={t("toolbar.zoomIn")} title={t("toolbar.zoomIn")}>
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} aria-label={t("toolbar.zoomOut")} title={t("toolbar.zoomOut")}>
        −
      </button>
      <button type="button" onClick={onFit} title={t("toolbar.fitTitle")}>
        {t("toolbar.fit")}
      </button>
      <button type="button" onClick={onRelayout} title={t("toolbar.relayoutTitle")}>
        {t("toolbar.relayout")}
      </button>
    </div>
  );
}
