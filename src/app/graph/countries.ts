// Country names from ISO codes via Intl.DisplayNames, in the interface language.
import { locale } from "../i18n";

const byLocale = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null): string {
  if (!code) return "—";
  const lang = locale();
  let names = byLocale.get(lang);
  if (!names) byLocale.set(lang, (names = new Intl.DisplayNames([lang], { type: "region" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
