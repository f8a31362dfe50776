// The extractor's one binary search, checked against a linear scan.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstStartAtOrAfter, lastStartAtOrBefore } from "../../src/extract/text/bisect";

const spans = (starts: number[]) => starts.map((start) => ({ start }));

describe("binary search over start offsets", () => {
  it.each([
    [[], 5, 0, -1],
    [[3], 2, 0, -1],
    [[3], 3, 0, 0],
    [[3], 4, 1, 0],
    [[0, 10, 20], 10, 1, 1],
    [[0, 10, 20], 15, 2, 1],
    [[0, 10, 20], 25, 3, 2],
    [[5, 5, 5], 5, 0, 2],
  ])("in %j at %i: first at or after is %i, last at or before is %i", (starts, offset, first, last) => {
    expect(firstStartAtOrAfter(spans(starts), offset)).toBe(first);
    expect(lastStartAtOrBefore(spans(starts), offset)).toBe(last);
  });

  it("agrees with a linear scan on any sorted list", () => {
    const sorted = fc.array(fc.nat(50)).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, fc.integer({ min: -5, max: 60 }), (starts, offset) => {
        const list = spans(starts);
        const first = starts.findIndex((s) => s >= offset);
        expect(firstStartAtOrAfter(list, offset)).toBe(first === -1 ? starts.length : first);
        expect(lastStartAtOrBefore(list, offset)).toBe(starts.findLastIndex((s) => s <= offset));
      }),
    );
  });
});
