// The one binary search of the extractor: lists sorted by start offset are searched by position.

/** The first index of `list` whose start is at or after `offset` (list.length when none is). */
export function firstStartAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last index of `list` whose start is at or before `offset` (an integer), or -1 when every start is after it. */
export function lastStartAtOrBefore(list: readonly { start: number }[], offset: number): number {
  return firstStartAtOrAfter(list, offset + 1) - 1;
}
