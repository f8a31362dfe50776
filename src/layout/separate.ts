// Moving apart the boxes a force layout left overlapping. fcose counts a node's label in its size, but its forces
// only discourage overlap: two long labels ("U.S. Immigration and Customs Enforcement" over "Israel Defense
// Forces") can still sit on each other, and a reader then cannot tell which name is which. Pure and free of
// Cytoscape: the app measures the boxes (node and label) and applies the moves.

/** A box in model coordinates: a node with its label. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Move {
  dx: number;
  dy: number;
}

export interface SeparateOptions {
  /** Room to leave between two boxes. */
  gap?: number;
  /** Rounds of pushing; each round removes the overlaps it finds, which may create smaller ones. */
  maxRounds?: number;
}

/**
 * How far to move each box so that no two overlap (within `gap`), each push along the axis that needs the shorter
 * move and shared by the two boxes, so a picture that had no overlap stays exactly as it was and one that had a few
 * changes only around them. Deterministic: the same boxes always get the same moves.
 */
export function separateBoxes(boxes: readonly Box[], options: SeparateOptions = {}): Move[] {
  const gap = options.gap ?? 4;
  const maxRounds = options.maxRounds ?? 100;
  const cx = boxes.map((b) => (b.x1 + b.x2) / 2);
  const cy = boxes.map((b) => (b.y1 + b.y2) / 2);
  const hw = boxes.map((b) => (b.x2 - b.x1) / 2);
  const hh = boxes.map((b) => (b.y2 - b.y1) / 2);
  const order = boxes.map((_, i) => i);
  for (let round = 0; round < maxRounds; round++) {
    let pushed = false;
    // Sweep along x: only boxes whose x spans meet can overlap.
    order.sort((a, b) => cx[a]! - hw[a]! - (cx[b]! - hw[b]!) || a - b);
    for (let p = 0; p < order.length; p++) {
      const i = order[p]!;
      for (let q = p + 1; q < order.length; q++) {
        const j = order[q]!;
        if (cx[j]! - hw[j]! >= cx[i]! + hw[i]! + gap) break;
        const ox = hw[i]! + hw[j]! + gap - Math.abs(cx[i]! - cx[j]!);
        const oy = hh[i]! + hh[j]! + gap - Math.abs(cy[i]! - cy[j]!);
        if (ox <= 0 || oy <= 0) continue;
        pushed = true;
        // The lower index goes left (or up) when the two centres coincide.
        if (ox <= oy) {
          const s = cx[i]! < cx[j]! || (cx[i] === cx[j] && i < j) ? -1 : 1;
          cx[i]! += (s * ox) / 2;
          cx[j]! -= (s * ox) / 2;
        } else {
          const s = cy[i]! < cy[j]! || (cy[i] === cy[j] && i < j) ? -1 : 1;
          cy[i]! += (s * oy) / 2;
          cy[j]! -= (s * oy) / 2;
        }
      }
    }
    if (!pushed) break;
  }
  return boxes.map((b, i) => ({ dx: cx[i]! - (b.x1 + b.x2) / 2, dy: cy[i]! - (b.y1 + b.y2) / 2 }));
}
