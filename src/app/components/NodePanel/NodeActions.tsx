// What an investigator can do from an entity: isolate its neighbourhood at 1–3 hops, grow or
// trim a focus one node at a time, and start a path search from it.
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../store/explorer";
import type { FocusSpec } from "../../graph/focus";

const HOPS: readonly FocusSpec["hops"][] = [1, 2, 3];

export function NodeActions({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const focus = useExplorer((s) => s.focus);
  const { focusOn, expandNode, hideNode, setPath } = useExplorer.getState();
  const isRoot = focus?.root === nodeId;
  return (
    <div className="node-actions">
      <div role="group" aria-label={t("node.focus")} className="hop-group">
        <span className="hop-title">{t("node.focus")}</span>
        {HOPS.map((h) => (
          <button key={h} type="button" className="chip" aria-pressed={isRoot && focus?.hops === h} onClick={() => focusOn(nodeId, h)}>
            {t("node.hops", { count: h })}
          </button>
        ))}
      </div>
      {focus && !isRoot && (
        <div className="hop-group">
          <button type="button" className="chip" disabled={focus.expanded.includes(nodeId)} onClick={() => expandNode(nodeId)}>
            {t("node.expand")}
          </button>
          <button type="button" className="chip" onClick={() => hideNode(nodeId)}>
            {t("node.hide")}
          </button>
        </div>
      )}
      <button type="button" className="link small" onClick={() => setPath({ from: nodeId, to: "" })}>
        {t("node.pathFrom")}
      </button>
    </div>
  );
}
