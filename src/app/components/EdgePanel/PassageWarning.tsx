// Said wherever a passage's offsets do not point at its quote: the data no longer matches its articles.
import { Trans, useTranslation } from "react-i18next";

export function PassageWarning({ problem }: { problem: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="passage-warning">
      <strong>{t("passageWarning.title")}</strong> {problem}. <Trans i18nKey="passageWarning.advice" components={[<code key="command" />]} />
    </p>
  );
}
