// Over the canvas while a focus is on: what is isolated, and the way back to the whole graph.
import { useTranslation } from "react-i18next";
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";

export function FocusBar() {
  const { t } = useTranslation();
  const index = useIndex();
  const focus = useExplorer((s) => s.focus);
  const clearFocus = useExplorer((s) => s.clearFocus);
  if (!focus) return null;
  const label = index.nodeById.get(focus.root)?.label ?? focus.root;
  const extra = [
    focus.expanded.length ? t("focus.expanded", { count: focus.expanded.length }) : "",
    focus.hidden.length ? t("focus.hidden", { count: focus.hidden.length }) : "",
  ].filter(Boolean);
  return (
    <div className="focus-bar" role="status">
      <span>
        {t("focus.bar", { label, hops: t("node.hops", { count: focus.hops }) })}
        {extra.length > 0 && <span className="muted"> · {extra.join(" · ")}</span>}
      </span>
      <button type="button" className="chip" onClick={clearFocus}>
        {t("focus.back")}
      </button>
    </div>
  );
}
