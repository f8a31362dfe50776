// Graph / table tabs (ARIA tabs: arrow keys move between them).
import type { KeyboardEvent } from "react";
import { useExplorer, type View } from "../../store/explorer";

const VIEWS: { id: View; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "table", label: "Table" },
  { id: "rejected", label: "Rejected" },
];

export function ViewTabs() {
  const view = useExplorer((s) => s.view);
  const setView = useExplorer((s) => s.setView);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
    const next = VIEWS[(VIEWS.findIndex((v) => v.id === view) + 1) % VIEWS.length]!;
    setView(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label="View" className="tabs" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          id={`tab-${v.id}`}
          type="button"
          role="tab"
          aria-selected={view === v.id}
          aria-controls={`panel-${v.id}`}
          tabIndex={view === v.id ? 0 : -1}
          onClick={() => setView(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
