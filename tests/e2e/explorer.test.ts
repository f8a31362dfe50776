import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { type OpenApp, type Served, closeApp, openApp, waitForGraph } from "./harness";

describe("explorer in Chromium", () => {
  let app: OpenApp;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openApp();
    ({ served, page, errors } = app);
  });

  afterAll(() => closeApp(app));

  it("draws the seed graph on a canvas", async () => {
    await page.goto(served.url);
    await waitForGraph(page);
    expect(await page.locator(".graph-canvas canvas").count()).toBeGreaterThan(0);
    const summary = await page.locator(".filters-summary").textContent();
    expect(summary).toMatch(/Showing (\d+) of \1 entities/);
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility violation on the graph view", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("filters by country, opens a relation from the table, its passage and its article", async () => {
    const before = await page.locator(".filters-summary").textContent();
    await page
      .getByRole("group", { name: /Country/ })
      .getByRole("checkbox", { name: /United States/ })
      .check();
    await expect.poll(() => page.locator(".filters-summary").textContent()).not.toBe(before);
    expect(page.url()).toContain("country=US");

    await page.getByRole("tab", { name: "Table" }).click();
    const rows = page.locator(".relations-table tbody tr");
    // The table is a lazy chunk: it arrives a moment after the tab.
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await rows.first().locator(".row-open").click();

    const panel = page.locator(".edge-panel");
    await panel.waitFor();
    const quote = (await panel.locator(".passage mark").first().textContent()) ?? "";
    expect(quote.length).toBeGreaterThan(10);

    await panel.getByRole("button", { name: "Read in article" }).first().click();
    const mark = page.locator(".article-view mark.passage-mark");
    await mark.waitFor();
    expect(((await mark.textContent()) ?? "").replace(/\s+/g, " ")).toBe(quote.replace(/\s+/g, " "));
    expect(await mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
  });

  it("has no serious or critical accessibility violation with evidence and article open", async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("lands on the same view after a reload of the URL", async () => {
    const url = page.url();
    const quote = await page.locator(".article-view mark.passage-mark").textContent();
    const heading = await page.locator("#edge-heading").textContent();
    await page.reload();
    await page.locator(".article-view mark.passage-mark").waitFor();
    expect(page.url()).toBe(url);
    expect(await page.locator(".article-view mark.passage-mark").textContent()).toBe(quote);
    expect(await page.locator("#edge-heading").textContent()).toBe(heading);
    expect(
      await page
        .getByRole("group", { name: /Country/ })
        .getByRole("checkbox", { name: /United States/ })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole("tab", { name: "Table" }).getAttribute("aria-selected")).toBe("true");
  });

  it("walks back and forward through the history of the view", async () => {
    await page.goBack();
    await expect.poll(() => page.locator(".article-view").count()).toBe(0);
    expect(await page.locator(".edge-panel").count()).toBe(1);
    await page.goForward();
    await page.locator(".article-view mark.passage-mark").waitFor();
  });

  it("reaches the table past the filters and opens a relation with the keyboard alone", async () => {
    await page.goto(`${served.url}?view=table`);
    await page.locator(".relations-table").waitFor();
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the table");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    // The six sort buttons, then the first row.
    for (let i = 0; i < 7; i++) await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label"));
    expect(label).toMatch(/open the evidence$/);
    await page.keyboard.press("Enter");
    await page.locator(".edge-panel .passage mark").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("says so when no relation matches, with no serious accessibility violation", async () => {
    await page.goto(`${served.url}?country=JP&relation=sanction`);
    await page.getByRole("button", { name: "Clear filters" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => page.url()).not.toContain("country=");
  });

  it("finds an entity by an unaccented alias and centres it", async () => {
    await page.goto(served.url);
    await waitForGraph(page);
    await page.getByRole("combobox", { name: "Search entities" }).fill("armee israelienne");
    await page.getByRole("option").first().waitFor();
    await page.keyboard.press("Enter");
    await page.locator(".node-panel").waitFor();
    expect(page.url()).toContain("node=");
    expect(errors).toEqual([]);
  });
});
