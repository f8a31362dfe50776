// Text geometry for the evidence panel and the article reader: the sentences around a quote,
// and an article cut into plain, mentioned and highlighted runs. Offsets are UTF-16, as in the data.

import { formatNumber, t } from "../i18n";

export type Range = { start: number; end: number };
export type Context = { before: string; quote: string; after: string; clippedStart: boolean; clippedEnd: boolean };

const MAX_SIDE = 320;

/**
 * The quote inside the sentences that contain it. When the quote is a whole sentence already,
 * one sentence on each side is added so the reader sees what it answers or leads to.
 */
export function quoteContext(text: string, sentences: readonly (readonly [number, number])[], span: Range): Context {
  const overlapping = sentences.filter(([s, e]) => s < span.end && e > span.start);
  let from = Math.min(span.start, ...overlapping.map(([s]) => s));
  let to = Math.max(span.end, ...overlapping.map(([, e]) => e));
  if (text.slice(from, to).trim() === text.slice(span.start, span.end).trim()) {
    const prev = sentences.filter(([, e]) => e <= from).at(-1);
    const next = sentences.find(([s]) => s >= to);
    if (prev) from = prev[0];
    if (next) to = next[1];
  }
  let before = text.slice(from, span.start);
  let after = text.slice(span.end, to);
  const clippedStart = before.length > MAX_SIDE;
  const clippedEnd = after.length > MAX_SIDE;
  if (clippedStart) before = before.slice(before.length - MAX_SIDE).replace(/^\S*\s/, "");
  if (clippedEnd) after = after.slice(0, MAX_SIDE).replace(/\s\S*$/, "");
  return { before, quote: text.slice(span.start, span.end), after, clippedStart, clippedEnd };
}

const clip = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max)}…` : s);

/**
 * Why a passage cannot be shown where its offsets point, or null when they are sound. Stale or damaged
 * data would otherwise highlight another passage without a word. Without a quote only the bounds are checked.
 */
export function passageProblem(text: string, p: Range & { quote?: string }): string | null {
  if (!(p.start >= 0 && p.start < p.end && p.end <= text.length)) {
    return t("passageWarning.outside", { start: p.start, end: p.end, count: text.length, length: formatNumber(text.length) });
  }
  const found = text.slice(p.start, p.end);
  if (p.quote !== undefined && found !== p.quote) return t("passageWarning.mismatch", { start: p.start, end: p.end, found: clip(found) });
  return null;
}

export type Mention = Range & { nodeId: string };
export type Segment = Range & { text: string; nodeId: string | null; inPassage: boolean };

/** Mentions that do not overlap, the longest winning where two start together or overlap. */
export function nonOverlapping(mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.start === last.start && m.end > last.end) kept[kept.length - 1] = m;
  }
  return kept;
}

/** Cuts the text at every mention and passage boundary; joined, the segments give back the text. */
export function articleSegments(text: string, mentions: readonly Mention[], passage: Range | null): Segment[] {
  const kept = nonOverlapping(mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end));
  const cuts = new Set<number>([0, text.length]);
  for (const m of kept) cuts.add(m.start).add(m.end);
  if (passage) cuts.add(Math.max(0, Math.min(text.length, passage.start))).add(Math.max(0, Math.min(text.length, passage.end)));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let mi = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (mi < kept.length && kept[mi]!.end <= start) mi++;
    const m = kept[mi];
    const nodeId = m && m.start <= start && end <= m.end ? m.nodeId : null;
    const inPassage = passage !== null && start >= passage.start && end <= passage.end;
    segments.push({ start, end, text: text.slice(start, end), nodeId, inPassage });
  }
  return segments;
}

/** Consecutive segments grouped by whether they lie in the passage, so one <mark> wraps it. */
export function groupByPassage(segments: readonly Segment[]): { inPassage: boolean; segments: Segment[] }[] {
  const groups: { inPassage: boolean; segments: Segment[] }[] = [];
  for (const s of segments) {
    const last = groups.at(-1);
    if (last && last.inPassage === s.inPassage) last.segments.push(s);
    else groups.push({ inPassage: s.inPassage, segments: [s] });
  }
  return groups;
}
