// Provenance in Chromium, on the seed data: a passage's rule and confidence, an inferred end
// ("Palantir — via “L’entreprise”") whose antecedent opens highlighted in the reader, and the
// minimum-confidence filter in the URL. axe stays clean on the panel.
import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { type OpenApp, type Served, closeApp, openApp, waitForGraph } from "./harness";

describe("provenance in Chromium", () => {
  let app: OpenApp;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openApp();
    ({ served, page, errors } = app);
  });

  afterAll(() => closeApp(app));

  it("shows a passage's rule, confidence and inferred end, and opens the antecedent in the reader", async () => {
    await page.goto(`${served.url}?edge=${encodeURIComponent("palantir|supplies|idf")}`);
    await waitForGraph(page);
    const panel = page.locator(".edge-panel");
    const via = panel.locator(".via").first();
    await via.waitFor();
    expect((await via.textContent())?.replace(/\s+/g, " ")).toMatch(/^Palantir Technologies — via “(L’entreprise|The company)” where named$/);
    expect(await panel.locator(".provenance .rule").first().textContent()).toMatch(/^rule: .+ · (right \d+ % of the time|not yet measured)$/);
    expect(await seriousViolations(page, ".edge-panel")).toEqual([]);

    await via.getByRole("button", { name: "where named: Palantir Technologies" }).click();
    const mark = page.locator(".article-view mark.passage-mark");
    await mark.waitFor();
    expect(await mark.textContent()).toBe("Palantir");
    expect(errors).toEqual([]);
  });

  it("hides relations below a minimum confidence and keeps the choice in the URL", async () => {
    await page.goto(served.url);
    await waitForGraph(page);
    const summary = page.locator(".filters-summary");
    const before = await summary.textContent();
    await page.getByRole("combobox", { name: "Minimum confidence" }).selectOption({ label: "At least 90 %" });
    await expect.poll(() => summary.textContent()).not.toBe(before);
    expect(page.url()).toContain("confidence=0.9");
    expect(await seriousViolations(page, ".filters")).toEqual([]);
    expect(errors).toEqual([]);
  });
});
