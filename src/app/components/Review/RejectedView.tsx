// The relations a person rejected, kept out of the graph but listed here with their passages,
// each with a way to restore it; below, every decision made so far.
import { useTranslation } from "react-i18next";
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { useCuration, useSaveDecisions } from "../../review/api";
import { decisionsBehind, without } from "../../review/decisions";
import { DecisionsPanel } from "./DecisionsPanel";
import { relationLabel } from "../../labels";

export function RejectedView() {
  const { t } = useTranslation();
  const index = useIndex();
  const curation = useCuration();
  const save = useSaveDecisions();
  const openArticle = useExplorer((s) => s.openArticle);
  const rejected = index.graph.rejected ?? [];
  const label = (id: string) => index.nodeById.get(id)?.label ?? id;
  return (
    <section className="rejected-view" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">{t("review.rejectedHeading")}</h2>
      {rejected.length === 0 && <p className="muted">{t("review.nothingRejected")}</p>}
      <ul className="rejected-list">
        {rejected.map((r) => {
          const behind = decisionsBehind(curation.data?.decisions ?? [], r);
          return (
            <li key={`${r.id}:${r.scope}`} className="rejected-item">
              <p>
                <strong>{label(r.source)}</strong> —{relationLabel(r.type)}→ <strong>{label(r.target)}</strong>{" "}
                <span className="badge">
                  {t(r.reason === "not_entity" ? "review.badgeNotEntity" : r.scope === "passage" ? "review.badgePassages" : "review.badgeRejected")}
                </span>
              </p>
              <ul className="rejected-passages">
                {r.evidence.map((ev) => (
                  <li key={`${ev.articleId}:${ev.start}`}>
                    <q>{ev.quote}</q>{" "}
                    <button type="button" className="link" onClick={() => openArticle(ev.articleId, ev)}>
                      {t("review.readInArticle")}
                    </button>
                  </li>
                ))}
              </ul>
              {behind.length > 0 && (
                <button type="button" disabled={save.isPending} onClick={() => save.mutate(without(curation.data!.decisions, behind))}>
                  {t("review.restore")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <DecisionsPanel />
    </section>
  );
}
