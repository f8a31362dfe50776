// From a text selection in the article reader to offsets into the article's text: every run of
// the rendered text carries data-start (its offset), so a DOM position maps back exactly.
import type { Mention, Range as Span } from "../graph/passages";

type DomPoint = { node: Node; offset: number };

/** The text offset of a DOM position inside the reader, or null when it lies outside a run. */
export function offsetOf(root: Element, point: DomPoint, side: "start" | "end"): number | null {
  const { node, offset } = point;
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-start]");
    return run && root.contains(run) ? Number(run.dataset.start) + offset : null;
  }
  // An element boundary: the run just after it (start) or just before it (end).
  const element = node as Element;
  const runs = [...element.querySelectorAll<HTMLElement>("[data-start]")];
  const at = side === "start" ? element.childNodes[offset] : element.childNodes[offset - 1];
  const run = at instanceof HTMLElement ? (at.matches("[data-start]") ? at : at.querySelector<HTMLElement>("[data-start]")) : (runs[0] ?? null);
  if (!run) return null;
  const start = Number(run.dataset.start);
  return side === "start" ? start : start + (run.textContent?.length ?? 0);
}

/** The selected span, without the spaces at its edges; null when nothing (or nothing inside the reader) is selected. */
export function selectedSpan(
  root: Element,
  text: string,
  range: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number },
): Span | null {
  const a = offsetOf(root, { node: range.startContainer, offset: range.startOffset }, "start");
  const b = offsetOf(root, { node: range.endContainer, offset: range.endOffset }, "end");
  if (a === null || b === null) return null;
  let start = Math.max(0, Math.min(a, b));
  let end = Math.min(text.length, Math.max(a, b));
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The entities mentioned inside the span, in the order they appear, each once. */
export function entitiesIn(mentions: readonly Mention[], span: Span): string[] {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((x, y) => x.start - y.start);
  return [...new Set(inside.map((m) => m.nodeId))];
}
