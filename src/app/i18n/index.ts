// The interface language: i18next with both catalogues bundled (they are small), so switching is
// synchronous and no request can fail. Plurals come from Intl.PluralRules through i18next's _one/_other keys.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, type Language } from "../../model";
import en from "./en.json";
import fr from "./fr.json";

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  // Resources are in memory: initialise now, so the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** The first of the browser's languages that the interface speaks; English otherwise. */
export function browserLanguage(languages: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0] as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return "en";
}

/** Switches the catalogue and <html lang>; cheap when nothing changes. */
export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (typeof document !== "undefined" && document.documentElement.lang !== language) document.documentElement.lang = language;
}

export const t = i18n.t.bind(i18n);

/** The active language, for Intl formatters. */
export function locale(): Language {
  return (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : "en";
}

export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(n);
}
