// Said wherever a passage's offsets do not point at its quote: the data no longer matches its articles.
import { useTranslation } from "react-i18next";
import { CodeMarkup } from "../../i18n/CodeMarkup";

export function PassageWarning({ problem }: { problem: string }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="passage-warning">
      <strong>{t("passageWarning.title")}</strong> {problem}. <CodeMarkup text={t("passageWarning.advice")} />
    </p>
  );
}
