// Stage 3: sentences and paragraphs. Intl.Segmenter does the splitting; known abbreviations
// ("U.S.", "Inc.", "PTE. LTD") and initials are glued back so evidence is never cut in two.
import type { Language } from "../../model";

export interface Sentence {
  start: number;
  end: number;
  /** Paragraph number: sentences separated by a blank line or a line break differ. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
const segmenter = (lang: Language) => {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: "sentence" })));
  return s;
};

const INITIAL = /(?:^|[\s(])\p{Lu}\.$/u;

// Intl.Segmenter slows down quadratically on one very long string, so a long line is fed to it
// in windows: every segment but the window's last is final, and the next window starts where
// that last (possibly cut) segment began. A single sentence longer than a window is cut at the
// window's last space, which only happens in text that is not prose.
const WINDOW = 4000;

function* lineSegments(line: string, lang: Language): Generator<{ index: number; segment: string }> {
  if (line.length <= WINDOW) {
    yield* segmenter(lang).segment(line);
    return;
  }
  let from = 0;
  while (from < line.length) {
    const to = Math.min(line.length, from + WINDOW);
    const chunk = line.slice(from, to);
    const segs = Array.from(segmenter(lang).segment(chunk));
    if (to === line.length) {
      for (const s of segs) yield { index: from + s.index, segment: s.segment };
      return;
    }
    if (segs.length > 1) {
      for (const s of segs.slice(0, -1)) yield { index: from + s.index, segment: s.segment };
      from += segs[segs.length - 1]!.index;
    } else {
      const space = chunk.lastIndexOf(" ");
      const cut = space > 0 ? space + 1 : chunk.length;
      yield { index: from, segment: chunk.slice(0, cut) };
      from += cut;
    }
  }
}

export function segment(text: string, lang: Language, abbreviations: readonly string[]): Sentence[] {
  const abbrev = new Set(abbreviations.map((a) => a.toLowerCase()));
  const endsWithAbbreviation = (s: string) => {
    const last = s.slice(s.lastIndexOf(" ") + 1).replace(/^[("«“]+/u, "");
    return abbrev.has(last.toLowerCase()) || INITIAL.test(s);
  };
  const sentences: Sentence[] = [];
  let paragraph = 0;
  // Lines are segmented one at a time: a line break always ends a sentence (titles, headings).
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      let pending: { start: number; end: number } | undefined;
      for (const seg of lineSegments(line, lang)) {
        const lead = seg.segment.length - seg.segment.trimStart().length;
        const body = seg.segment.trim();
        if (!body) continue;
        const start = lineStart + seg.index + lead;
        const end = start + body.length;
        if (pending && endsWithAbbreviation(text.slice(pending.start, pending.end))) {
          pending.end = end;
        } else {
          if (pending) sentences.push({ ...pending, paragraph });
          pending = { start, end };
        }
      }
      if (pending) sentences.push({ ...pending, paragraph });
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}
