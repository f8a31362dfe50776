// Graph / table / key-players tabs (ARIA tabs: arrow keys move between them).
import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer, type View } from "../../store/explorer";

const VIEWS: readonly View[] = ["graph", "table", "players", "rejected"];

export function ViewTabs() {
  const { t } = useTranslation();
  const view = useExplorer((s) => s.view);
  const setView = useExplorer((s) => s.setView);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const step = e.key === "ArrowRight" ? 1 : VIEWS.length - 1;
    const next = VIEWS[(VIEWS.indexOf(view) + step) % VIEWS.length]!;
    setView(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t("tabs.label")} className="tabs" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v}
          id={`tab-${v}`}
          type="button"
          role="tab"
          aria-selected={view === v}
          aria-controls={`panel-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => setView(v)}
        >
          {t(`tabs.${v}`)}
        </button>
      ))}
    </div>
  );
}
