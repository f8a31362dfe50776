// Where a rerun finds the positions of the previous output, for the build-time layout to keep them.
// Reading a big graph.json back costs about what writing it did, so the CLI also keeps the positions
// in the cache folder, with the size and time of the graph.json they belong to; the graph itself is
// read only when that copy is missing or belongs to another graph.json (a checkout, a --no-cache run).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Position } from "../model";

const CACHE_FILE = "layout.json";

type Stamp = { size: number; mtimeMs: number };
type CachedPositions = { graph: Stamp; positions: Record<string, [number, number]> };

function stampOf(graphFile: string): Stamp | null {
  try {
    const s = statSync(graphFile);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

function fromCache(cacheDir: string, stamp: Stamp): Map<string, Position> | null {
  try {
    const cached = JSON.parse(readFileSync(join(cacheDir, CACHE_FILE), "utf8")) as CachedPositions;
    if (cached.graph.size !== stamp.size || cached.graph.mtimeMs !== stamp.mtimeMs) return null;
    return new Map(Object.entries(cached.positions).map(([id, [x, y]]) => [id, { x, y }]));
  } catch {
    return null;
  }
}

function fromGraph(graphFile: string): Map<string, Position> {
  const out = new Map<string, Position>();
  try {
    const graph = JSON.parse(readFileSync(graphFile, "utf8")) as { nodes?: { id?: unknown; position?: { x?: unknown; y?: unknown } }[] };
    for (const n of graph.nodes ?? []) {
      const p = n.position;
      if (typeof n.id === "string" && p && Number.isFinite(p.x) && Number.isFinite(p.y)) out.set(n.id, { x: p.x as number, y: p.y as number });
    }
  } catch {
    // No previous output, or one that cannot be read: the layout starts from nothing.
  }
  return out;
}

/** The positions of `outDir`/graph.json's nodes; empty when there is no previous output. */
export function readPreviousPositions(outDir: string, cacheDir?: string): Map<string, Position> {
  const graphFile = join(outDir, "graph.json");
  const stamp = stampOf(graphFile);
  if (!stamp) return new Map();
  return (cacheDir && fromCache(cacheDir, stamp)) || fromGraph(graphFile);
}

/** Remembers the positions just written to `outDir`/graph.json, for the next run. */
export function writePositionsCache(outDir: string, cacheDir: string, positions: ReadonlyMap<string, Position>): void {
  const stamp = stampOf(join(outDir, "graph.json"));
  if (!stamp) return;
  const body: CachedPositions = { graph: stamp, positions: Object.fromEntries([...positions].map(([id, p]) => [id, [p.x, p.y]])) };
  mkdirSync(cacheDir, { recursive: true });
  const temp = join(cacheDir, `${CACHE_FILE}.${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify(body));
  renameSync(temp, join(cacheDir, CACHE_FILE));
}
