// "Read the other version" lands on the sentence that matches the passage being read: a
// translation keeps the order of sentences, so the same position in the other text is the best guess
// when no evidence of the selected relation points there.
type Sentences = readonly (readonly [number, number])[];

/** The sentence of `to` at the relative position of the sentence holding `at` in `from`; null without sentences. */
export function matchingSentence(from: Sentences, at: number, to: Sentences): { start: number; end: number } | null {
  if (!from.length || !to.length) return null;
  let i = from.findIndex(([s, e]) => at >= s && at < e);
  if (i < 0) i = from.findIndex(([s]) => s > at) - 1;
  if (i < 0) i = at < from[0]![0] ? 0 : from.length - 1;
  const j = from.length === to.length ? i : Math.min(to.length - 1, Math.round((i / Math.max(1, from.length - 1)) * (to.length - 1)));
  const [start, end] = to[j]!;
  return { start, end };
}
