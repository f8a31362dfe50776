// Country names from ISO codes via Intl.DisplayNames, in the UI language (English).
const names = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string | null): string {
  if (!code) return "—";
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
