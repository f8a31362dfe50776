// The interface language: i18next, English bundled (it is the fallback), other catalogues fetched
// on first use to keep the first load small. Plurals come from Intl.PluralRules through _one/_other keys.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { LANGUAGES, type Language } from "../../model";
import en from "./en.json";

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  // English is in memory: initialise now, so the first render is already translated.
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

const CATALOGUES: Record<Exclude<Language, "en">, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import("./fr.json"),
};

// Tracked apart from i18next's bundles: a lazily loaded view may add its own few words to a language
// whose main catalogue has not arrived yet.
const loaded = new Set<Language>(["en"]);

/** Loads a language's catalogue once; resolves at once for English or a catalogue already loaded. */
export async function loadCatalogue(language: Language): Promise<Language> {
  if (language !== "en" && !loaded.has(language)) {
    const { default: messages } = await CATALOGUES[language]();
    i18n.addResourceBundle(language, "translation", messages, true, false);
    loaded.add(language);
  }
  return language;
}

export function isCatalogueLoaded(language: Language): boolean {
  return loaded.has(language);
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

const DATE_PARTS: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: "numeric" },
  2: { year: "numeric", month: "long" },
  3: { year: "numeric", month: "long", day: "numeric" },
};

/**
 * A date of the data ("2025-09-26", "2025-09", "2025") in the active language: "September 26,
 * 2025", "26 septembre 2025". Read in UTC, so that no time zone moves it to the day before. A
 * value of another shape (a front matter's "printemps 2025") is shown as written.
 */
export function formatDate(value: string, language: Language = locale()): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const parts = m
    .slice(1)
    .filter((p) => p !== undefined)
    .map(Number);
  const [year, month = 1, day = 1] = parts;
  const date = new Date(Date.UTC(year!, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return value;
  return new Intl.DateTimeFormat(language, { ...DATE_PARTS[parts.length], timeZone: "UTC" }).format(date);
}
