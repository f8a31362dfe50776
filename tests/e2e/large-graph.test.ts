// A large graph laid out at build time opens on its positions with no layout in the browser, with
// Cytoscape arriving as a lazy chunk; and the first load stays within the initial JavaScript budget.
import type { Page } from "playwright-core";
import { parseGraph } from "../../src/model";
import { layoutGraph, positionsOf } from "../../src/layout";
import { bigGraphJson } from "../fixtures/big-graph";
import { seriousViolations } from "./axe";
import { INITIAL_JS_BUDGET, type OpenApp, closeApp, initialJavaScript, openApp, waitForGraph } from "./harness";

type CyContainer = HTMLElement & { _cyreg?: { cy?: { getElementById(id: string): { empty(): boolean; position(): { x: number; y: number } } } } };

describe("a large graph laid out at build time, in Chromium", () => {
  let app: OpenApp;
  let page: Page;

  beforeAll(async () => {
    app = await openApp();
    page = app.page;
  });

  afterAll(() => closeApp(app));

  it("keeps the initial JavaScript within budget, Cytoscape out of it", () => {
    const { files, gzipped } = initialJavaScript(app.served.outDir);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    expect(files.some((f) => /cytoscape|GraphView/i.test(f))).toBe(false);
  });

  it("draws the extractor's positions (no layout run), loads the canvas lazily, and still filters", async () => {
    const parsed = parseGraph(bigGraphJson(1_700, 3_000));
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const laid = layoutGraph(parsed.value, { previous: new Map() });
    expect(laid.mode).toBe("full");
    const positions = positionsOf(laid.graph);
    const body = JSON.stringify(laid.graph);
    await page.route("**/data/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
    const chunks: string[] = [];
    page.on("request", (r) => chunks.push(r.url()));
    await page.goto(app.served.url);
    await waitForGraph(page);
    expect(chunks.some((u) => /assets\/cytoscape[^/]*\.js$/.test(u))).toBe(true);
    const sample = ["gen-0", "gen-1", "gen-100", "gen-1699"].filter((id) => positions.has(id));
    const drawn = await page.evaluate((ids) => {
      const cy = (document.querySelector(".graph-canvas") as CyContainer | null)?._cyreg?.cy;
      // Entities outside the overview are not drawn (drawing.ts): only the drawn ones have a position to compare.
      return ids.flatMap((id) => {
        const node = cy?.getElementById(id);
        return node && !node.empty() ? [[id, node.position()] as const] : [];
      });
    }, sample);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    for (const [id, position] of drawn) expect(position).toEqual(positions.get(id));
    await expect.poll(() => page.getByText(/most connected of 1,?7\d\d entities/).count()).toBe(1);
    await page.screenshot({ path: "tmp/large-graph.png" });
    expect(await seriousViolations(page)).toEqual([]);

    const before = await page.locator(".filters-summary").textContent();
    await page
      .getByRole("group", { name: /Relation/ })
      .getByRole("checkbox")
      .first()
      .click();
    await expect.poll(() => page.locator(".filters-summary").textContent()).not.toBe(before);
    expect(app.errors).toEqual([]);
  });
});
