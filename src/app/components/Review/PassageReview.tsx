// Review buttons for one passage of a relation: confirm that it states the relation, or reject it.
import { useTranslation } from "react-i18next";
import type { Evidence } from "../../../model";
import { passageRef } from "../../review/decisions";
import { useDecide } from "../../review/api";

const CURATED_KEY = { added: "review.curatedAdded", confirmed: "review.curatedConfirmed" } as const;

export function PassageReview({ edgeId, evidence }: { edgeId: string; evidence: Evidence }) {
  const { t } = useTranslation();
  const { decide, isPending } = useDecide();
  const ref = passageRef(edgeId, evidence);
  return (
    <span className="review passage-review">
      {evidence.curated && <span className={`badge curated ${evidence.curated}`}>{t(CURATED_KEY[evidence.curated])}</span>}
      {evidence.curated !== "confirmed" && (
        <button type="button" className="link" disabled={isPending} onClick={() => void decide({ confirm: ref })}>
          {t("review.confirmPassage")}
        </button>
      )}
      <button type="button" className="link" disabled={isPending} onClick={() => void decide({ reject: ref })}>
        {t("review.rejectPassage")}
      </button>
    </span>
  );
}
