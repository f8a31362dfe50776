// Takes the review screenshots (1280×800, then the investigator's views at 1280×800, 1920×1080 and
// 390×844 in English and French) into tests/e2e/screenshots/ (gitignored).
// Run: npx tsx tests/e2e/screenshots.ts
import { mkdirSync } from "node:fs";
import { buildAndServe, launchChromium } from "./harness";

const OUT = "tests/e2e/screenshots";

async function main() {
  mkdirSync(OUT, { recursive: true });
  const served = await buildAndServe();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
    page.on("pageerror", (e) => console.error("pageerror:", e.message));
    await page.goto(served.url);
    await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/1-graph.png` });
    await page
      .getByRole("group", { name: /Country/ })
      .getByLabel(/^Israel/)
      .check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/2-filter.png` });
    await page.getByRole("tab", { name: "Table" }).click();
    await page.screenshot({ path: `${OUT}/3-table.png` });
    await page.locator(".row-open").first().click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/4-evidence.png` });
    await page.getByRole("button", { name: "Read in article" }).first().click();
    await page.waitForSelector("mark.passage-mark");
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/5-article.png` });
    await page.goto(`${served.url}?node=palantir`);
    await page.waitForFunction(() => window.__entangleReady !== undefined);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/6-node.png` });
    await page.getByRole("combobox", { name: "Search entities" }).fill("armee israelienne");
    await page.getByRole("option").first().waitFor();
    await page.screenshot({ path: `${OUT}/7-search.png` });
    await page.keyboard.press("Enter");
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/8-search-selected.png` });
    await page.goto(`${served.url}?country=JP&relation=sanction`);
    await page.getByText("No relation matches these filters.").waitFor();
    await page.screenshot({ path: `${OUT}/10-empty.png` });
    const broken = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await broken.route("**/data/graph.json", (route) => route.fulfill({ status: 404, body: "" }));
    await broken.goto(served.url);
    await broken.getByRole("alert").waitFor();
    await broken.screenshot({ path: `${OUT}/9-error.png` });
    // The investigator's views, in both languages, at the three review sizes.
    const views = ["", "from=microsoft&to=palantir", "focus=palantir&hops=2&node=palantir", "view=players", "years=2019-2020&undated=0"];
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
      [390, 844],
    ] as const) {
      const sized = await browser.newPage({ viewport: { width: w, height: h } });
      for (const lang of ["en", "fr"]) {
        for (const [i, v] of views.entries()) {
          await sized.goto(`${served.url}?lang=${lang}${v ? `&${v}` : ""}`);
          await sized.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 30_000 });
          await sized.waitForTimeout(600);
          await sized.screenshot({ path: `${OUT}/${w}x${h}-${lang}-${i + 11}.png` });
        }
      }
      await sized.close();
    }
    console.log(`screenshots in ${OUT}`);
  } finally {
    await browser.close();
    await served.close();
  }
}

await main();
