// Keyboard mode on the canvas: from one node, the arrow keys go to the nearest node that lies
// in that direction (within a 90° cone), so every drawn node can be reached without a mouse.
export type Direction = "left" | "right" | "up" | "down";
export type Placed = { id: string; x: number; y: number };

const AXIS: Record<Direction, { dx: number; dy: number }> = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
};

export function directionOf(key: string): Direction | null {
  return key === "ArrowLeft" ? "left" : key === "ArrowRight" ? "right" : key === "ArrowUp" ? "up" : key === "ArrowDown" ? "down" : null;
}

/** The nearest node in the cone of `dir` around `from` (screen y grows downwards); null when none. */
export function nearestInDirection(nodes: readonly Placed[], from: Placed, dir: Direction): string | null {
  const { dx, dy } = AXIS[dir];
  let best: { id: string; score: number } | null = null;
  for (const n of nodes) {
    if (n.id === from.id) continue;
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along) continue;
    // Straight ahead beats off to the side at the same distance.
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && n.id < best.id)) best = { id: n.id, score };
  }
  return best?.id ?? null;
}

/** Where keyboard mode starts: the node nearest the top-left corner. */
export function firstNode(nodes: readonly Placed[]): string | null {
  let best: Placed | null = null;
  for (const n of nodes) if (!best || n.y + n.x < best.y + best.x) best = n;
  return best?.id ?? null;
}
