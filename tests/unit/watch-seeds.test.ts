// The dev server's watch on seeds/: bursts of file events become one extraction, changes during a
// run are taken by the next one, and the app refetches its data on the event (without a reload).
import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { DATA_CHANGED, refetchOnDataChange, type DataChanged } from "../../src/app/api/live";
import { changeQueue, isArticlePath, warningsOf } from "../../src/server/watch-seeds";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("changeQueue", () => {
  it("runs once for a burst of changes", async () => {
    let runs = 0;
    const q = changeQueue(async () => void runs++, 20);
    for (let i = 0; i < 5; i++) q.changed();
    await sleep(60);
    await q.idle();
    expect(runs).toBe(1);
  });

  it("runs again for a change that arrives during a run, never two at once", async () => {
    let runs = 0;
    let running = 0;
    let most = 0;
    let release!: () => void;
    const q = changeQueue(async () => {
      runs++;
      most = Math.max(most, ++running);
      if (runs === 1) await new Promise<void>((r) => (release = r));
      running--;
    }, 10);
    q.changed();
    await sleep(40);
    expect(runs).toBe(1);
    q.changed();
    await sleep(40);
    // The first run is still going: the second waits for it.
    expect(runs).toBe(1);
    release();
    await q.idle();
    expect(runs).toBe(2);
    expect(most).toBe(1);
  });

  it("keeps going after a run that throws", async () => {
    let runs = 0;
    const q = changeQueue(async () => {
      runs++;
      throw new Error("broken article");
    }, 5);
    q.changed();
    await sleep(20);
    await q.idle();
    q.changed();
    await sleep(20);
    await q.idle();
    expect(runs).toBe(2);
  });
});

describe("what the watch reads and says", () => {
  it("takes the files the extractor reads as articles", () => {
    expect(["a.txt", "b.md", "c.markdown", "d.html", "/x/seeds/e.TXT"].every(isArticlePath)).toBe(true);
    expect(["a.json", ".a.txt.swp", ".hidden.txt", "notes.yaml", "a.txt~"].some(isArticlePath)).toBe(false);
  });

  it("passes on the extractor's warnings, or the end of its output when it failed", () => {
    const output = "extract: warning: bad.md: the front matter is not YAML\nextract: 3 articles, 2 nodes\n";
    expect(warningsOf({ ok: true, output })).toEqual(["extract: warning: bad.md: the front matter is not YAML"]);
    expect(warningsOf({ ok: false, output: "a\nb\nc\nd\ne\nf\nextract: boom\n" })).toEqual(["c", "d", "e", "f", "extract: boom"]);
  });
});

describe("refetchOnDataChange", () => {
  const setup = () => {
    const client = new QueryClient();
    client.setQueryData(["graph", "data/graph.json"], { nodes: [] });
    client.setQueryData(["article", "a", "data/articles/a.json"], { text: "" });
    client.setQueryData(["catalogue", "fr"], {});
    let listener: ((d: DataChanged) => void) | undefined;
    const warnings: string[] = [];
    refetchOnDataChange(client, { on: (event, l) => event === DATA_CHANGED && (listener = l) }, (m) => warnings.push(m));
    const stale = (key: string[]) => client.getQueryState(key)?.isInvalidated;
    return { send: (d: DataChanged) => listener!(d), warnings, stale };
  };

  it("invalidates the graph and the articles on a new output, not the rest", () => {
    const { send, stale, warnings } = setup();
    send({ ok: true, warnings: ["extract: warning: bad.md: unreadable"] });
    expect(stale(["graph", "data/graph.json"])).toBe(true);
    expect(stale(["article", "a", "data/articles/a.json"])).toBe(true);
    expect(stale(["catalogue", "fr"])).toBe(false);
    expect(warnings).toEqual(["entangle: extract: warning: bad.md: unreadable"]);
  });

  it("keeps the data when the extraction failed, and says why", () => {
    const { send, stale, warnings } = setup();
    send({ ok: false, warnings: ["extract: boom"] });
    expect(stale(["graph", "data/graph.json"])).toBe(false);
    expect(warnings).toEqual(["entangle: extract: boom"]);
  });
});
