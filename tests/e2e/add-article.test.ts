// Adding articles in real Chromium: paste an article and see its entities on the canvas (marked as
// added here), drop a saved .html page, reload and find them kept; the extractor stays out of the
// initial JavaScript (its size is printed by `npm run bench`: this build, made under Vitest, is not minified for production).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { type OpenApp, type Served, closeApp, openApp, waitForGraph } from "./harness";

const PASTED =
  "Quillfeather Analytics signs deal with ICE\n\nThe start-up Quillfeather Analytics signed a contract with U.S. Immigration and Customs Enforcement (ICE) to supply facial recognition software, the company said on Tuesday.";
const PAGE = readFileSync(join("tests", "fixtures", "html", "saved-page.html"), "utf8");

type Canvas = HTMLElement & { _cyreg?: { cy?: { $(selector: string): { map<T>(fn: (e: { id(): string; visible(): boolean }) => T): T[] } } } };

/** Ids of the canvas elements matching a selector that are drawn (not hidden by a filter or display). */
function drawn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const cy = (document.querySelector(".graph-canvas") as Canvas | null)?._cyreg?.cy;
    return cy
      ? cy
          .$(sel)
          .map((e) => (e.visible() ? e.id() : ""))
          .filter(Boolean)
      : [];
  }, selector);
}

/** The table draws only the rows near the screen: scroll it until a row with this text is drawn. */
async function scrollToRow(page: Page, text: string) {
  const row = page.locator(".relations-table tbody tr", { hasText: text }).first();
  await page.locator(".relations-table").waitFor();
  for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
    await page.locator(".table-wrap").evaluate((el) => el.scrollBy(0, 200));
    await page.waitForTimeout(30);
  }
  return row;
}

describe("adding articles in Chromium", () => {
  let app: OpenApp;
  let served: Served;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await openApp();
    ({ served, page, errors } = app);
  });

  afterAll(() => closeApp(app));

  it("keeps the extractor and its knowledge out of the initial JavaScript", () => {
    const html = readFileSync(join(served.outDir, "index.html"), "utf8");
    const assets = readdirSync(join(served.outDir, "assets")).filter((f) => f.endsWith(".js"));
    const initial = assets.filter((f) => html.includes(f));
    const workers = assets.filter((f) => f.startsWith("extract.worker"));
    expect(workers).toHaveLength(1);
    for (const f of initial) {
      const js = readFileSync(join(served.outDir, "assets", f), "utf8");
      // A registry alias and an extractor error message: present in the worker, absent here.
      expect(js).not.toContain("extract/validate");
      expect(js).not.toContain("Immigration and Customs Enforcement");
    }
    expect(readFileSync(join(served.outDir, "assets", workers[0]!), "utf8")).toContain("Immigration and Customs Enforcement");
  });

  it("extracts a pasted article in a worker and draws its new entities, marked as added here", async () => {
    await page.goto(served.url);
    await waitForGraph(page);
    expect(await drawn(page, "node[?added]")).toEqual([]);
    await page.getByRole("button", { name: "Add articles" }).click();
    await page.getByLabel(/Paste an article/).fill(PASTED);
    await page.getByRole("button", { name: "Extract pasted text" }).click();
    await page.getByRole("status").filter({ hasText: "Added 1 article" }).waitFor({ timeout: 60_000 });
    await expect.poll(() => drawn(page, "node[?added]"), { timeout: 10_000 }).toContain("quillfeather-analytics");
    expect(await drawn(page, "node#ice")).toEqual(["ice"]);
    const list = page.getByRole("list", { name: "Articles added here" });
    expect(await list.textContent()).toContain("Quillfeather Analytics signs deal with ICE");
    expect(errors).toEqual([]);
  });

  it("has no serious or critical accessibility violation with the panel open", async () => {
    expect(await seriousViolations(page, ".add-dialog")).toEqual([]);
  });

  it("reads a saved .html page dropped on the panel, and names a file it refuses", async () => {
    await page.locator(".drop-zone").evaluate(
      (zone, files) => {
        const data = new DataTransfer();
        for (const [name, text] of files) data.items.add(new File([text], name, { type: name.endsWith(".html") ? "text/html" : "application/pdf" }));
        zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      [
        ["palantir-story.html", PAGE],
        ["scan.pdf", "%PDF-1.4"],
      ] as [string, string][],
    );
    await page.getByRole("status").filter({ hasText: "Added 1 article" }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole("alert").textContent()).toMatch(/scan\.pdf: not a \.txt, \.md or \.html file/);
    const list = page.getByRole("list", { name: "Articles added here" });
    expect(await list.textContent()).toContain("Palantir wins new ICE contract for deportation platform");
    expect(await list.textContent()).toContain("palantir-story.html");
    await expect.poll(() => drawn(page, "edge[?added]")).not.toEqual([]);
    expect(errors).toEqual([]);
  });

  it("keeps added articles after a reload, opens one in the reader, and removes it", async () => {
    await page.reload();
    await waitForGraph(page);
    expect(await drawn(page, "node[?added]")).toContain("quillfeather-analytics");
    await page.getByRole("tab", { name: "Table" }).click();
    const row = await scrollToRow(page, "Quillfeather Analytics");
    await row.locator(".row-open").click();
    await page.locator(".edge-panel").getByRole("button", { name: "Read in article" }).first().click();
    const mark = page.locator(".article-view mark.passage-mark");
    await mark.waitFor();
    expect(await mark.textContent()).toContain("Quillfeather Analytics");
    await page.getByRole("tab", { name: "Graph" }).click();
    await page.getByRole("button", { name: "Add articles" }).click();
    await page.getByRole("button", { name: /Remove Quillfeather/ }).click();
    await expect.poll(() => drawn(page, "node[?added]")).not.toContain("quillfeather-analytics");
    expect(errors).toEqual([]);
  });
});
