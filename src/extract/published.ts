// An article's publication date when its front matter gives none, read in its head only: the byline
// and date lines between the title and the body, a dateline opening the first paragraph
// ("WASHINGTON, Sept. 26, 2025 — "), and "Publié le / Updated" lines in the first characters. A
// date in the body is an event's date, not the article's, and is never read. Unambiguous only: two
// different dates that are not a published/updated pair give no date, and an update date is used
// only when the head states no other. Cue words come from data/language.yaml.
import { plain } from "./dates";
import { escapeRegex, fullDateFinder, type FoundDate, type FullDateWords, type NumericOrder } from "./full-dates";

/** The head is read in the article's first characters only. */
const HEAD_CHARS = 600;
/** A line this long is a paragraph of the body. */
const BODY_LINE_CHARS = 200;
/** A line ending like a sentence with this many words is a paragraph of the body. */
const SENTENCE_WORDS = 8;
/** A byline or date line holds few words besides its date; a subtitle that states a date holds more. */
const DATE_LINE_WORDS = 10;
/** A title is a date line only when the date is nearly all of it ("Vendredi 26 septembre 2025"). */
const TITLE_DATE_WORDS = 2;
/** A dateline's place and date end with a dash this close to the paragraph's start… */
const DATELINE_CHARS = 100;
/** …and hold a place and an agency, not a clause ("D'après un rapport du 3 mars 2024, plusieurs … -"). */
const DATELINE_WORDS = 5;

/** The keys of data/language.yaml this reader uses. */
export interface PublishedWords {
  months?: Readonly<Record<string, readonly string[]>>;
  month_abbreviations?: Readonly<Record<string, readonly (readonly string[])[]>>;
  day_suffixes?: Readonly<Record<string, readonly string[] | undefined>>;
  numeric_date_orders?: Readonly<Record<string, readonly NumericOrder[] | undefined>>;
  published_cues?: Readonly<Record<string, readonly string[] | undefined>>;
  updated_cues?: Readonly<Record<string, readonly string[] | undefined>>;
}

export type PublishedResult = {
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** The dates that made the head ambiguous, as written, when there were several. */
  conflict?: string[];
};

export interface PublishedReader {
  /** The date the article's head states. */
  fromHead(text: string, language: string): PublishedResult;
  /** A front-matter date as YYYY-MM-DD when it is one full date ("26/09/2025", "2025-09-26T08:00Z"); else as given. */
  normalize(value: string, language: string): string;
}

type Role = "published" | "updated" | "plain";
type Line = { start: number; end: number; text: string; body: boolean };

const wordCount = (s: string) => s.match(/\p{L}+/gu)?.length ?? 0;

function isBodyLine(text: string): boolean {
  const t = text.trim();
  return t.length >= BODY_LINE_CHARS || (/[.!?…][”"»')]?$/u.test(t) && wordCount(t) >= SENTENCE_WORDS);
}

/** The non-empty lines that start within the head, with whole-line lengths for telling the body apart. */
function headLines(low: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start < HEAD_CHARS && start < low.length; ) {
    const nl = low.indexOf("\n", start);
    const end = nl < 0 ? low.length : nl;
    const text = low.slice(start, end);
    if (text.trim()) lines.push({ start, end, text, body: isBodyLine(text) });
    start = end + 1;
  }
  return lines;
}

function cueMatcher(words: PublishedWords): { re: RegExp; roleOf: Map<string, Role> } | null {
  const roleOf = new Map<string, Role>();
  const collect = (lists: PublishedWords["published_cues"], role: Role) => {
    for (const list of Object.values(lists ?? {})) for (const c of list ?? []) roleOf.set(plain(c).replace(/\s+/g, " ").trim(), role);
  };
  collect(words.updated_cues, "updated");
  collect(words.published_cues, "published");
  if (!roleOf.size) return null;
  const alternation = [...roleOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((c) => escapeRegex(c).replace(/ /g, "\\s+"))
    .join("|");
  return { re: new RegExp(`(?<![\\p{L}\\d])(?:${alternation})(?![\\p{L}\\d])`, "gu"), roleOf };
}

export function publishedReader(words: PublishedWords): PublishedReader {
  const dateWords: FullDateWords = {
    months: words.months ?? {},
    abbreviations: words.month_abbreviations,
    daySuffixes: words.day_suffixes,
    numericOrders: words.numeric_date_orders,
  };
  const findDates = fullDateFinder(dateWords);
  const cues = cueMatcher(words);

  const fromHead = (text: string, language: string): PublishedResult => {
    // A little past the head, so that its last line is measured whole.
    const head = text.slice(0, HEAD_CHARS + BODY_LINE_CHARS);
    const low = plain(head);
    const lines = headLines(low);
    if (!lines.length) return { date: null };
    const found = findDates(head, language);
    if (!found.length) return { date: null };
    const cueRoles = cues ? cueSpans(low, lines, cues) : [];
    const roles = found.flatMap((d) => {
      const role = roleOf(d, lines, cueRoles);
      return role ? [{ ...d, role }] : [];
    });
    return resolve(roles);
  };
  const normalize = (value: string, language: string): string => {
    const found = findDates(value, language);
    return found.length === 1 && found[0]!.iso ? found[0]!.iso : value;
  };
  return { fromHead, normalize };
}

type CueSpan = { end: number; role: Role; line: number; carries: boolean };

/**
 * The cues that may label a date: at the start of their line, or after a separator on a line of the
 * head ("Par J. Dupont | Publié le …"). In a body paragraph, "un rapport publié le 3 mars" names
 * another publication. A cue alone on its line labels the next line.
 */
function cueSpans(low: string, lines: readonly Line[], cues: NonNullable<ReturnType<typeof cueMatcher>>): CueSpan[] {
  const spans: CueSpan[] = [];
  for (const [i, line] of lines.entries()) {
    // A line that opens with a cue is a date line, however long: "Publié le …, mis à jour le …".
    let cueLine = !line.body;
    for (const m of line.text.matchAll(cues.re)) {
      const before = line.text.slice(0, m.index).trimEnd();
      const atStart = !/[\p{L}\d]/u.test(before);
      const afterSeparator = before === "" || /[^\p{L}\d\s]$/u.test(before);
      if (atStart) cueLine = true;
      else if (!cueLine || !afterSeparator) continue;
      const end = line.start + m.index + m[0].length;
      const rest = low.slice(end, line.end);
      const role = cues.roleOf.get(m[0].replace(/\s+/g, " "));
      if (role) spans.push({ end, role, line: i, carries: !/[\p{L}\d]/u.test(rest) });
    }
  }
  return spans;
}

function lineIndexOf(pos: number, lines: readonly Line[]): number {
  return lines.findIndex((l) => pos >= l.start && pos < l.end);
}

function roleOf(d: FoundDate, lines: readonly Line[], cues: readonly CueSpan[]): Role | null {
  const i = lineIndexOf(d.start, lines);
  if (i < 0) return null;
  let cue: CueSpan | undefined;
  for (const c of cues) if (c.end <= d.start && (c.line === i || (c.carries && c.line === i - 1))) cue = c;
  if (cue) return cue.role;
  const line = lines[i]!;
  const firstBody = lines.findIndex((l, j) => j > 0 && l.body);
  const others = line.text.slice(0, d.start - line.start) + line.text.slice(d.end - line.start);
  if (i === 0) return wordCount(others) <= TITLE_DATE_WORDS ? "plain" : null;
  if (firstBody < 0 || i < firstBody) return wordCount(others) <= DATE_LINE_WORDS ? "plain" : null;
  if (i === firstBody) {
    const dash = /\s[—–-]\s|—/u.exec(line.text);
    const datelineWords = dash ? wordCount(line.text.slice(0, d.start - line.start) + line.text.slice(d.end - line.start, dash.index)) : Infinity;
    if (dash && dash.index <= DATELINE_CHARS && d.end - line.start <= dash.index && datelineWords <= DATELINE_WORDS) return "plain";
  }
  return null;
}

/** One date, or none: update dates count only when nothing else is dated. */
function resolve(dates: readonly (FoundDate & { role: Role })[]): PublishedResult {
  const main = dates.filter((d) => d.role !== "updated");
  const pool = main.length ? main : dates;
  if (!pool.length) return { date: null };
  const distinct = new Map<string, string>();
  for (const d of pool) distinct.set(d.iso ?? `?${d.raw}`, d.raw);
  if (distinct.size === 1 && pool[0]!.iso) return { date: pool[0]!.iso };
  return { date: null, conflict: [...distinct.values()] };
}
