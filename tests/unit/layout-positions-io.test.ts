// Where a rerun finds the previous positions: the cache's copy when it belongs to this graph.json,
// else graph.json itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPreviousPositions, writePositionsCache } from "../../src/extract/positions-io";

describe("readPreviousPositions", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "entangle-positions-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeGraph = (x: number) =>
    writeFileSync(
      join(dir, "graph.json"),
      JSON.stringify({ nodes: [{ id: "a", position: { x, y: 2 } }, { id: "b" }, { id: "c", position: { x: "bad", y: 1 } }] }),
    );

  it("is empty without a previous output, and reads graph.json's positions without a cache", () => {
    expect(readPreviousPositions(dir).size).toBe(0);
    writeGraph(1);
    expect([...readPreviousPositions(dir)]).toEqual([["a", { x: 1, y: 2 }]]);
  });

  it("reads the cache's copy while it belongs to this graph.json, and graph.json once it changed", () => {
    writeGraph(1);
    const cache = join(dir, "cache");
    writePositionsCache(dir, cache, new Map([["a", { x: 5, y: 6 }]]));
    // The copy is what is read (here it differs from the graph on purpose, to tell them apart).
    expect([...readPreviousPositions(dir, cache)]).toEqual([["a", { x: 5, y: 6 }]]);
    writeGraph(123);
    expect([...readPreviousPositions(dir, cache)]).toEqual([["a", { x: 123, y: 2 }]]);
    writeFileSync(join(cache, "layout.json"), "{ not json");
    expect([...readPreviousPositions(dir, cache)]).toEqual([["a", { x: 123, y: 2 }]]);
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toContain("123");
  });
});
