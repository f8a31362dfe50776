// Seeded randomness for layouts: fcose draws its start positions from Math.random, so the same
// graph always gets the same picture (in the browser and at build time).

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs fn with Math.random replaced by a seeded generator; fcose draws its start positions from it. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** The seed every layout of Entangle uses. */
export const LAYOUT_SEED = 20240917;

/**
 * The spectral draft packs a big graph into a blob where nodes cover each other. The factor to
 * scale it by, about its centre, so each node gets about `room` × `room` of its own; never below 1.
 */
export function spreadScale(nodes: number, width: number, height: number, room = 56): number {
  const needed = Math.sqrt(nodes) * room;
  const have = Math.sqrt(Math.max(1, width) * Math.max(1, height));
  return Math.max(1, needed / have);
}
