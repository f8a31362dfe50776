// One line in the header while decisions are saved and the graph rebuilt, or why saving failed.
import { useIsMutating, useMutationState } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { SAVE_KEY, useCuration } from "../../review/api";

export function ReviewStatus() {
  // Loaded at start: it tells where decisions go, and applies this browser's ones in a static deploy.
  useCuration();
  const { t } = useTranslation();
  const saving = useIsMutating({ mutationKey: SAVE_KEY });
  const errors = useMutationState({ filters: { mutationKey: SAVE_KEY }, select: (m) => (m.state.status === "error" ? String(m.state.error) : null) });
  const error = errors.at(-1);
  return (
    <p className="review-status" role="status" aria-live="polite">
      {saving > 0 ? t("review.savingRebuilding") : error ? <span className="error-inline">{t("review.notSaved", { error })}</span> : null}
    </p>
  );
}
