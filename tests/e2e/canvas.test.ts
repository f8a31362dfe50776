// Filters on the real canvas in Chromium: filtered-out elements leave Cytoscape's graph, the ones
// kept stay consistent (every edge between two drawn nodes), and clearing the filter brings the
// same elements back where they were.
import type { Page } from "playwright-core";
import { type OpenApp, closeApp, openApp, waitForGraph } from "./harness";

type El = { id(): string; isEdge(): boolean; source(): El; target(): El; position(): { x: number; y: number }; classes(): string[]; inside(): boolean };
type Canvas = HTMLElement & { _cyreg?: { cy?: { elements(): { map<T>(fn: (e: El) => T): T[] } } } };
type Snapshot = { ids: string[]; positions: Record<string, string>; dangling: string[]; hiddenClass: number };

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const cy = (document.querySelector(".graph-canvas") as Canvas | null)?._cyreg?.cy;
    const out: Snapshot = { ids: [], positions: {}, dangling: [], hiddenClass: 0 };
    if (!cy) return out;
    cy.elements().map((e) => {
      out.ids.push(e.id());
      if (e.classes().includes("hidden")) out.hiddenClass++;
      if (e.isEdge()) {
        if (!e.source().inside() || !e.target().inside()) out.dangling.push(e.id());
      } else out.positions[e.id()] = `${e.position().x.toFixed(3)},${e.position().y.toFixed(3)}`;
      return null;
    });
    out.ids.sort();
    return out;
  });
}

type Bounded = { id(): string; degree(loops: boolean): number; boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number } };
type NodesCanvas = HTMLElement & { _cyreg?: { cy?: { nodes(): { toArray(): Bounded[] } } } };

/** Pairs of drawn nodes whose boxes (body and name) overlap on the canvas. */
function overlappingNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (document.querySelector(".graph-canvas") as NodesCanvas | null)?._cyreg?.cy;
    const drawn = (cy?.nodes().toArray() ?? []).filter((n) => n.degree(false) > 0);
    const boxes = drawn.map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false }) }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) + 0.5 && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1) + 0.5) out.push(`${a.id} × ${b.id}`);
      }
    return out;
  });
}

describe("filters on the canvas in Chromium", () => {
  let app: OpenApp;

  beforeAll(async () => {
    app = await openApp();
  });

  afterAll(() => closeApp(app));

  it("removes filtered-out elements from the graph and restores the same ones in place", async () => {
    const { page, served, errors } = app;
    await page.goto(served.url);
    await waitForGraph(page);
    const before = await snapshot(page);
    expect(before.ids.length).toBeGreaterThan(0);
    const box = page.getByRole("group", { name: /Country/ }).getByRole("checkbox", { name: /United States/ });
    await box.check();
    await expect.poll(async () => (await snapshot(page)).ids.length).toBeLessThan(before.ids.length);
    const filtered = await snapshot(page);
    expect(filtered.dangling).toEqual([]);
    expect(filtered.hiddenClass).toBe(0);
    for (const id of Object.keys(filtered.positions)) expect(filtered.positions[id]).toBe(before.positions[id]);
    await box.uncheck();
    await expect.poll(async () => (await snapshot(page)).ids.length).toBe(before.ids.length);
    const restored = await snapshot(page);
    expect(restored.ids).toEqual(before.ids);
    expect(restored.positions).toEqual(before.positions);
    expect(restored.dangling).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("lays the graph out with no name drawn over another, live and after Re-layout", async () => {
    const { page, served, errors } = app;
    await page.goto(served.url);
    await waitForGraph(page);
    expect(await overlappingNames(page)).toEqual([]);
    await page.getByRole("button", { name: "Re-layout" }).click();
    // The re-layout animates; names are parted when it stops.
    await expect.poll(() => overlappingNames(page), { timeout: 5000 }).toEqual([]);
    expect(errors).toEqual([]);
  });
});
