// The Export button in the header. Its panel (and, behind it, the exporters) is code-split: the
// initial bundle carries only this button.
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

const ExportPanel = lazy(() => import("./ExportPanel"));

export function ExportMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false), button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t("export.toggle")}
      </button>
      {open && (
        <Suspense fallback={<div className="export-panel">{t("export.loading")}</div>}>
          <ExportPanel id={panelId} />
        </Suspense>
      )}
    </div>
  );
}
