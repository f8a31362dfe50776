// How the extractor came to a passage: its rule (the kind of sentence it read), that rule's
// confidence, and the ends the quote names only through an anaphor, a list or a carried-over subject
// ("Palantir — via “the company”"), each with a way to see where that entity is named.
// Loaded on first use (./lazy.tsx), so it stays out of the initial bundle.
import { useTranslation } from "react-i18next";
import type { Evidence, Inferred } from "../../../model";
import { useExplorer } from "../../store/explorer";
import "../../i18n/provenance";

export interface Ends {
  source: { id: string; label: string };
  target: { id: string; label: string };
}

export function Provenance({ evidence, ends }: { evidence: Evidence; ends?: Ends }) {
  const { t } = useTranslation();
  const openArticle = useExplorer((s) => s.openArticle);
  const selectNode = useExplorer((s) => s.selectNode);
  const inferred = ends ? (["source", "target"] as const).flatMap((end) => (evidence.via?.[end] ? [{ end: ends[end], via: evidence.via[end]! }] : [])) : [];
  if (!evidence.rule && inferred.length === 0) return null;
  const viaLine = ({ end, via }: { end: Ends["source"]; via: Inferred }) => (
    <li key={`${end.id}:${via.start}`} className="via">
      <button type="button" className="node-link" onClick={() => selectNode(end.id, { centre: true })}>
        {end.label}
      </button>{" "}
      — <span title={t(`provenance.how.${via.how}`)}>{t("provenance.via", { text: via.text })}</span>{" "}
      <button
        type="button"
        className="link small"
        onClick={() => openArticle(evidence.articleId, { start: via.antecedentStart, end: via.antecedentEnd })}
        aria-label={t("provenance.whereNamedLabel", { entity: end.label })}
      >
        {t("provenance.whereNamed")}
      </button>
    </li>
  );
  return (
    <div className="provenance">
      {evidence.rule && (
        <p className="rule" title={t("provenance.ruleTitle")}>
          {t("provenance.rule", { rule: t(`provenance.rules.${evidence.rule}`, { defaultValue: evidence.rule }) })}
          {" · "}
          <span className="confidence" title={t("provenance.confidenceTitle")}>
            {evidence.confidence === undefined ? t("provenance.unmeasured") : t("provenance.confidence", { value: Math.round(evidence.confidence * 100) })}
          </span>
        </p>
      )}
      {inferred.length > 0 && <ul className="vias">{inferred.map(viaLine)}</ul>}
    </div>
  );
}
