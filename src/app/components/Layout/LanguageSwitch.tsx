// The interface language, chosen in the header and kept in the URL (?lang=fr).
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../../model";
import { useExplorer } from "../../store/explorer";
import { locale } from "../../i18n";

const NAMES = { en: "English", fr: "Français" } as const;

export function LanguageSwitch() {
  const { t } = useTranslation();
  const setLanguage = useExplorer((s) => s.setLanguage);
  const current = locale();
  return (
    <div className="lang-switch" role="group" aria-label={t("app.language")}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={current === l}
          title={NAMES[l]}
          aria-label={`${l.toUpperCase()} ${NAMES[l]}`}
          onClick={() => setLanguage(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
