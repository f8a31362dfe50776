// Review buttons for one passage of a relation: confirm that it states the relation, or reject it.
import type { Evidence } from "../../../model";
import { passageRef } from "../../review/decisions";
import { useDecide } from "../../review/api";

const CURATED_LABEL = { added: "added by a person", confirmed: "confirmed by a person" } as const;

export function PassageReview({ edgeId, evidence }: { edgeId: string; evidence: Evidence }) {
  const { decide, isPending } = useDecide();
  const ref = passageRef(edgeId, evidence);
  return (
    <span className="review passage-review">
      {evidence.curated && <span className={`badge curated ${evidence.curated}`}>{CURATED_LABEL[evidence.curated]}</span>}
      {evidence.curated !== "confirmed" && (
        <button type="button" className="link" disabled={isPending} onClick={() => void decide({ confirm: ref })}>
          Confirm passage
        </button>
      )}
      <button type="button" className="link" disabled={isPending} onClick={() => void decide({ reject: ref })}>
        Reject passage
      </button>
    </span>
  );
}
