// Moving apart the node-and-label boxes a force layout left overlapping (src/layout/separate.ts).
import fc from "fast-check";
import { type Box, separateBoxes } from "../../src/layout/separate";

const moved = (boxes: readonly Box[], gap = 4) =>
  separateBoxes(boxes, { gap }).map((m, i) => ({ x1: boxes[i]!.x1 + m.dx, y1: boxes[i]!.y1 + m.dy, x2: boxes[i]!.x2 + m.dx, y2: boxes[i]!.y2 + m.dy }));

/** Overlap of two boxes grown by the gap, 0 when they keep it. */
const overlap = (a: Box, b: Box, gap: number) =>
  Math.max(0, Math.min(a.x2, b.x2) + gap - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) + gap - Math.max(a.y1, b.y1));

const overlaps = (boxes: readonly Box[], gap: number) => {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!, gap) > 1e-6) n++;
  return n;
};

const box = fc
  .record({
    x: fc.integer({ min: -300, max: 300 }),
    y: fc.integer({ min: -300, max: 300 }),
    w: fc.integer({ min: 4, max: 160 }),
    h: fc.integer({ min: 4, max: 60 }),
  })
  .map(({ x, y, w, h }) => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

describe("separating overlapping boxes", () => {
  it("leaves a picture without overlap exactly as it was", () => {
    const boxes = [
      { x1: 0, y1: 0, x2: 50, y2: 20 },
      { x1: 60, y1: 0, x2: 110, y2: 20 },
      { x1: 0, y1: 30, x2: 50, y2: 50 },
    ];
    expect(separateBoxes(boxes, { gap: 4 })).toEqual(boxes.map(() => ({ dx: 0, dy: 0 })));
  });

  it("moves two overlapping labels apart along the shorter way, sharing the move", () => {
    // Two wide labels, one just below the other: a vertical push of 10 + gap, half each.
    const moves = separateBoxes(
      [
        { x1: 0, y1: 0, x2: 200, y2: 30 },
        { x1: 20, y1: 20, x2: 220, y2: 50 },
      ],
      { gap: 4 },
    );
    expect(moves).toEqual([
      { dx: 0, dy: -7 },
      { dx: 0, dy: 7 },
    ]);
  });

  it("parts boxes that sit exactly on each other, the same way every time", () => {
    const same = { x1: 0, y1: 0, x2: 40, y2: 40 };
    const once = separateBoxes([same, same]);
    expect(overlaps(moved([same, same]), 4)).toBe(0);
    expect(separateBoxes([same, same])).toEqual(once);
  });

  it("leaves no overlap, for any boxes", () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), (boxes) => {
        expect(overlaps(moved(boxes), 4)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("moves no box that overlapped nothing when the others are far away", () => {
    fc.assert(
      fc.property(fc.array(box, { maxLength: 20 }), (boxes) => {
        const far = { x1: 5000, y1: 5000, x2: 5040, y2: 5020 };
        const moves = separateBoxes([...boxes, far]);
        expect(moves[moves.length - 1]).toEqual({ dx: 0, dy: 0 });
      }),
    );
  });
});
