// Full dates (day, month and year) written in a text, as YYYY-MM-DD: "26 septembre 2025", "1er oct.
// 2025", "September 26, 2025", "Sept. 26 2025", "2025-09-26", "26/09/2025". Month names, short names,
// day suffixes and the numeric orders each language writes come from data/language.yaml. A numeric
// date that reads as two valid days in the article's language ("03/04/2025" in English) is found but
// left unread, so that it can make a head ambiguous. Linear: a few regexes without nested quantifiers.
import { plain } from "./dates";

export type NumericOrder = "dmy" | "mdy";

export interface FullDateWords {
  /** Month names per language, January first. */
  months: Readonly<Record<string, readonly string[]>>;
  /** Short month names per language: for each month, January first, its short forms. */
  abbreviations?: Readonly<Record<string, readonly (readonly string[])[]>>;
  daySuffixes?: Readonly<Record<string, readonly string[] | undefined>>;
  numericOrders?: Readonly<Record<string, readonly NumericOrder[] | undefined>>;
}

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when a numeric date reads two ways in the article's language. */
  iso: string | null;
  raw: string;
}

export type FullDateFinder = (text: string, language: string) => FoundDate[];

const YEAR = "(19[5-9]\\d|20\\d\\d)";
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD, or null when there is no such day. */
function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function fullDateFinder(words: FullDateWords): FullDateFinder {
  const monthOf = new Map<string, number>();
  for (const list of Object.values(words.months)) for (const [i, m] of list.entries()) monthOf.set(plain(m), i + 1);
  for (const perMonth of Object.values(words.abbreviations ?? {}))
    for (const [i, forms] of perMonth.entries()) for (const f of forms) monthOf.set(plain(f), i + 1);
  const suffixes = alternation(Object.values(words.daySuffixes ?? {}).flatMap((s) => (s ?? []).map(plain)));
  const month = `(?<![a-z])(${alternation(monthOf.keys())})(?![a-z])\\.?`;
  const day = `(?<![\\d.,/-])(0?[1-9]|[12]\\d|3[01])${suffixes ? `(?:${suffixes})?` : ""}(?![a-z\\d])`;
  const dayMonthYear = monthOf.size ? new RegExp(`${day}\\s+${month},?\\s+${YEAR}(?!\\d)`, "g") : null;
  const monthDayYear = monthOf.size ? new RegExp(`${month}\\s+${day},?\\s+${YEAR}(?!\\d)`, "g") : null;
  const isoLike = new RegExp(`(?<![\\d/.-])${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, "g");
  const numeric = new RegExp(`(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}(?![\\d/.-]\\d|\\d)`, "g");

  const numericIso = (a: number, b: number, year: number, language: string): string | null | undefined => {
    const orders = words.numericOrders?.[language] ?? ["dmy"];
    const readings = new Set(orders.map((o) => (o === "dmy" ? isoOf(year, b, a) : isoOf(year, a, b))).filter((d) => d !== null));
    if (readings.size === 0) return undefined; // not a date at all
    return readings.size === 1 ? [...readings][0]! : null;
  };

  return (text, language) => {
    const low = plain(text);
    // Offsets are the lowered text's; they are the input's too unless a letter decomposed into more than a base and its marks.
    const shown = low.length === text.length ? text : low;
    const found: FoundDate[] = [];
    const add = (m: RegExpExecArray, iso: string | null | undefined) => {
      const end = m.index + m[0].length;
      if (iso !== undefined) found.push({ start: m.index, end, iso, raw: shown.slice(m.index, end) });
    };
    for (const m of low.matchAll(dayMonthYear ?? /$^/g)) add(m, isoOf(Number(m[3]), monthOf.get(m[2]!)!, Number(m[1])) ?? undefined);
    for (const m of low.matchAll(monthDayYear ?? /$^/g)) add(m, isoOf(Number(m[3]), monthOf.get(m[1]!)!, Number(m[2])) ?? undefined);
    for (const m of low.matchAll(isoLike)) add(m, isoOf(Number(m[1]), Number(m[3]), Number(m[4])) ?? undefined);
    for (const m of low.matchAll(numeric)) add(m, numericIso(Number(m[1]), Number(m[3]), Number(m[4]), language));
    found.sort((a, b) => a.start - b.start);
    // Two forms can claim overlapping text ("3 September 26, 2025"): the first one read wins.
    const kept: FoundDate[] = [];
    for (const f of found) if (!kept.length || f.start >= kept[kept.length - 1]!.end) kept.push(f);
    return kept;
  };
}
