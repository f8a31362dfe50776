// The minimum confidence: hides relations whose every passage comes from a rule that was right less
// often than this on the tune set. Shown only when the data carries confidences.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { CONFIDENCE_STEPS, hasConfidence } from "../../graph/confidence";

export function ConfidenceFilter() {
  const { t } = useTranslation();
  const id = useId();
  const index = useIndex();
  const min = useExplorer((s) => s.minConfidence);
  const setMin = useExplorer((s) => s.setMinConfidence);
  if (!hasConfidence(index) && min === null) return null;
  const steps: number[] =
    min === null || (CONFIDENCE_STEPS as readonly number[]).includes(min) ? [...CONFIDENCE_STEPS] : [...CONFIDENCE_STEPS, min].sort((a, b) => a - b);
  return (
    <div className="facet confidence-filter">
      <label htmlFor={id} className="facet-title">
        {t("filters.confidence")}
      </label>
      <select id={id} value={min ?? ""} aria-describedby={`${id}-hint`} onChange={(e) => setMin(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t("filters.confidenceAny")}</option>
        {steps.map((v) => (
          <option key={v} value={v}>
            {t("filters.confidenceAtLeast", { value: Math.round(v * 100) })}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`}>{t("filters.confidenceHint")}</small>
    </div>
  );
}
