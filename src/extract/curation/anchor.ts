// Finding a decision's quote again in the article texts of this run. A decision names its
// passage by article id + exact quote, never by offsets, so it survives edits above the
// passage; spacing and typographic quotes may change too, and a renamed article is searched for.

export type Anchor = { articleId: string; start: number; end: number; moved: boolean };

const EQUIVALENT: Record<string, string> = { "\u2019": "'", "\u2018": "'", "\u201C": '"', "\u201D": '"', "\u00AB": '"', "\u00BB": '"', "\u00A0": " " };

/** The text with whitespace runs collapsed and quote marks unified, and where each char came from. */
function loosen(text: string): { loose: string; origin: number[] } {
  let loose = "";
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = EQUIVALENT[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      loose += " ";
    } else {
      inSpace = false;
      loose += ch;
    }
    origin.push(i);
  }
  origin.push(text.length);
  return { loose, origin };
}

/** Every start of needle in haystack, in order. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function findIn(text: string, quote: string, hint: number | undefined): { start: number; end: number } | null {
  const closest = (starts: number[]) => (hint === undefined ? starts[0]! : starts.reduce((a, b) => (Math.abs(b - hint) < Math.abs(a - hint) ? b : a)));
  const exact = occurrences(text, quote);
  if (exact.length) {
    const start = closest(exact);
    return { start, end: start + quote.length };
  }
  const needle = loosen(quote.trim()).loose;
  if (!needle) return null;
  const { loose, origin } = loosen(text);
  const starts = occurrences(loose, needle);
  if (!starts.length) return null;
  const at = closest(starts.map((s) => origin[s]!));
  const s = starts.find((x) => origin[x] === at)!;
  return { start: origin[s]!, end: origin[s + needle.length - 1]! + 1 };
}

/**
 * The quote's place: in its own article first (the occurrence nearest `hint` when there are
 * several), else in the first other article that contains it (the article was renamed).
 */
export function anchorQuote(texts: ReadonlyMap<string, string>, articleId: string, quote: string, hint?: number): Anchor | null {
  const own = texts.get(articleId);
  const here = own === undefined ? null : findIn(own, quote, hint);
  if (here) return { articleId, ...here, moved: false };
  for (const id of [...texts.keys()].sort()) {
    if (id === articleId) continue;
    const there = findIn(texts.get(id)!, quote, undefined);
    if (there) return { articleId: id, ...there, moved: true };
  }
  return null;
}
