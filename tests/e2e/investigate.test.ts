import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { type OpenApp, type Served, closeApp, openApp, waitForGraph } from "./harness";

async function open(page: Page, url: string) {
  await page.goto(url);
  await waitForGraph(page);
}

describe("the investigator's moves in Chromium", () => {
  let app: OpenApp;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openApp();
    ({ served, page, errors } = app);
  });

  afterAll(() => closeApp(app));

  it("finds the paths between two seed entities, picked by search, with a quote per relation", async () => {
    await open(page, served.url);
    await page.getByRole("button", { name: "How is A connected to B?" }).click();
    await page.getByRole("combobox", { name: "From" }).fill("microsoft");
    await page.keyboard.press("Enter");
    await page.getByRole("combobox", { name: "To" }).fill("palantir");
    await page.keyboard.press("Enter");
    const panel = page.locator(".path-panel");
    await panel.locator(".path").first().waitFor();
    expect(page.url()).toContain("from=microsoft&to=palantir");
    const statements = await panel.locator(".path").first().locator(".step-statement").allTextContents();
    expect(statements.length).toBe(2);
    expect(statements[0]).toMatch(/Microsoft/);
    expect(statements[1]).toMatch(/Palantir/);
    const quotes = await panel.locator(".path").first().locator("blockquote").allTextContents();
    expect(quotes.every((q) => q.length > 20)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // The path is drawn forward on the canvas.
    const onPath = await page.evaluate(() => document.querySelectorAll(".path .step").length);
    expect(onPath).toBeGreaterThanOrEqual(2);
  });

  it("isolates a 2-hop neighbourhood and goes back", async () => {
    await open(page, `${served.url}?node=palantir`);
    const total = await page.locator(".filters-summary").first().textContent();
    await page.getByRole("button", { name: "2 hops" }).click();
    await page.locator(".focus-bar").waitFor();
    expect(page.url()).toContain("focus=palantir&hops=2");
    await expect.poll(() => page.locator(".filters-summary").first().textContent()).not.toBe(total);
    expect(await seriousViolations(page)).toEqual([]);
    // The focus bar never covers the zoom buttons, in the language whose buttons are widest.
    for (const lang of ["Français", "English"]) {
      await page.getByRole("button", { name: lang }).click();
      const bar = (await page.locator(".focus-bar").boundingBox())!;
      const tools = (await page.locator(".graph-toolbar").boundingBox())!;
      expect(bar.x + bar.width <= tools.x || bar.y + bar.height <= tools.y, lang).toBe(true);
    }
    await page.getByRole("button", { name: "Back to the whole graph" }).click();
    await expect.poll(() => page.locator(".filters-summary").first().textContent()).toBe(total);
  });

  it("narrows the graph to a time range from the histogram's year pickers, undated passages apart", async () => {
    await open(page, served.url);
    const summary = page.locator(".filters-summary").first();
    const before = await summary.textContent();
    const time = page.getByRole("group", { name: "Time" });
    expect(await time.locator(".histogram .column").count()).toBeGreaterThan(2);
    await time.getByRole("checkbox", { name: /Undated passages/ }).uncheck();
    await time.getByLabel("until").selectOption("2020");
    await expect.poll(() => page.url()).toContain("years=");
    expect(page.url()).toContain("undated=0");
    await expect.poll(() => summary.textContent()).not.toBe(before);
    const [, shown] = /(\d+) of \d+ relations/.exec((await summary.textContent()) ?? "") ?? [];
    expect(Number(shown)).toBeGreaterThan(0);
    expect(Number(shown)).toBeLessThan(10);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("ranks key players and selects the first row", async () => {
    await open(page, served.url);
    await page.getByRole("tab", { name: "Key players" }).click();
    const firstRow = page.locator(".players-table tbody tr").first();
    await firstRow.waitFor();
    const name = (await firstRow.locator(".row-open").textContent()) ?? "";
    expect(name.length).toBeGreaterThan(1);
    await firstRow.locator(".row-open").click();
    await expect.poll(() => page.locator("#node-heading").textContent()).toBe(name);
    expect(await firstRow.getAttribute("aria-current")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("speaks French from the header switch, with <html lang> and the URL following", async () => {
    await open(page, served.url);
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 2, name: "Filtres" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    expect(page.url()).toContain("lang=fr");
    expect(await page.getByRole("tab", { name: "Graphe" }).count()).toBe(1);
    expect(await page.locator(".filters-summary").first().textContent()).toMatch(/^Affichées/);
  });

  for (const lang of ["en", "fr"] as const) {
    it(`has no serious or critical accessibility violation on any view (${lang})`, async () => {
      const views = [
        "",
        "view=table",
        "view=players",
        "node=palantir",
        "edge=microsoft|suspension|israel-mod",
        "from=microsoft&to=palantir",
        "focus=palantir&hops=2",
        "read=000_ce7d4141ce6dcf54",
        "country=JP&relation=sanction",
      ];
      const found: string[] = [];
      for (const v of views) {
        await open(page, `${served.url}?lang=${lang}${v ? `&${v}` : ""}`);
        await page.waitForTimeout(200);
        for (const problem of await seriousViolations(page)) found.push(`${v || "graph"}: ${problem}`);
      }
      expect(found).toEqual([]);
    }, 400_000);
  }

  it("at 390×844 nothing scrolls sideways, the graph is at least 300 px tall, and the filters open as a drawer", async () => {
    const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const lang of ["en", "fr"]) {
      await open(phone, `${served.url}?lang=${lang}`);
      const sizes = await phone.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: window.innerWidth,
        graph: document.querySelector(".graph-area")?.getBoundingClientRect(),
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.width);
      expect(sizes.graph!.height).toBeGreaterThanOrEqual(300);
      expect(sizes.graph!.width).toBeGreaterThan(300);
    }
    await open(phone, served.url);
    expect(await phone.locator(".filters").isVisible()).toBe(false);
    await phone.getByRole("button", { name: "Filters", exact: true }).click();
    expect(await phone.locator(".filters").isVisible()).toBe(true);
    await phone.keyboard.press("Escape");
    expect(await phone.locator(".filters").isVisible()).toBe(false);
    await phone.close();
    expect(errors).toEqual([]);
  });
});
