// The date a passage states: "en octobre 2019" → "2019-10", "since 2020" → "2020". Month names come
// from data/language.yaml; the first month-and-year wins, else the first plausible year. Linear: one
// pass of a regex without nested quantifiers.

const YEAR = "(19[5-9]\\d|20\\d\\d)";

/** Lower case without accents, same length as the input (accents are single combining marks once decomposed). */
export function plain(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export type DateReader = (passage: string) => string | null;

/** Builds a reader for the month names of every language; months[lang][0] is January. */
export function dateReader(months: Readonly<Record<string, readonly string[]>>): DateReader {
  const monthOf = new Map<string, number>();
  for (const list of Object.values(months)) {
    list.forEach((m, i) => {
      monthOf.set(plain(m), i + 1);
    });
  }
  const names = [...monthOf.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // "octobre 2019", "October 2019", "March 3, 2021", "3 mars 2021".
  const monthYear = names.length ? new RegExp(`\\b(${names.join("|")})\\s+(?:\\d{1,2},?\\s+)?${YEAR}(?!\\d)`, "u") : null;
  const year = new RegExp(`(?<![\\d,.])${YEAR}(?![\\d%]|[,.]\\d)`, "u");
  return (passage) => {
    const text = plain(passage);
    const m = monthYear?.exec(text);
    if (m) return `${m[2]}-${String(monthOf.get(m[1]!)).padStart(2, "0")}`;
    const y = year.exec(text);
    return y ? y[1]! : null;
  };
}
