// Review buttons for a relation: confirm it, reject it, or change its type, direction or status.
// Each click is one decision appended to data/curation.yaml (or this browser's copy).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { edgeEndpoints, RELATION_TYPES, STATUSES, SYMMETRIC_RELATIONS, type GraphEdge, type RelationType, type Status } from "../../../model";
import { useExplorer } from "../../store/explorer";
import { useDecide } from "../../review/api";
import { relationLabel, statusLabel } from "../../labels";
import { ChoiceSelect } from "./ChoiceSelect";

export function EdgeReview({ edge }: { edge: GraphEdge }) {
  const { t } = useTranslation();
  const { decide, isPending } = useDecide();
  const { clearSelection, selectEdge } = useExplorer.getState();
  const [editing, setEditing] = useState(false);
  const [type, setType] = useState<RelationType>(edge.type);
  const [status, setStatus] = useState<Status>(edge.status);
  const [reverse, setReverse] = useState(false);

  const onReject = async () => {
    await decide({ reject: { edge: edge.id } });
    clearSelection();
  };
  const onRetype = async () => {
    await decide({
      retype: { edge: edge.id, ...(type !== edge.type ? { type } : {}), ...(reverse ? { reverse } : {}), ...(status !== edge.status ? { status } : {}) },
    });
    setEditing(false);
    const [from, to] = reverse ? [edge.target, edge.source] : [edge.source, edge.target];
    selectEdge(edgeEndpoints(from, type, to).id);
  };
  const unchanged = type === edge.type && status === edge.status && !reverse;
  return (
    <div className="review edge-review" role="group" aria-label={t("review.reviewRelation")}>
      {edge.reviewed && <span className="badge reviewed">{t("review.badgeReviewed")}</span>}
      <button type="button" disabled={isPending} onClick={() => void decide({ confirm: { edge: edge.id } })}>
        {t("review.confirm")}
      </button>
      <button type="button" disabled={isPending} onClick={() => void onReject()}>
        {t("review.reject")}
      </button>
      <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {t("review.change")}
      </button>
      {editing && (
        <div className="review-form">
          <ChoiceSelect label={t("review.type")} values={RELATION_TYPES} value={type} onChange={setType} labelOf={relationLabel} />
          <ChoiceSelect label={t("review.status")} values={STATUSES} value={status} onChange={setStatus} labelOf={(s) => statusLabel(s)} />
          {!SYMMETRIC_RELATIONS.has(type) && (
            <label>
              <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} /> {t("review.reverse")}
            </label>
          )}
          <button type="button" disabled={isPending || unchanged} onClick={() => void onRetype()}>
            {t("review.apply")}
          </button>
        </div>
      )}
    </div>
  );
}
