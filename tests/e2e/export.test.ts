// Exports and snapshots in real Chromium, built with the real data/: PNG, SVG and CSV downloads
// of a filtered view, the data formats of that view, "Share as a file" and `npm run snapshot`
// opened from file:// with no server, and the normal build opened from file://.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Papa from "papaparse";
import { unzipSync, strFromU8 } from "fflate";
import type { Browser, Download, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { buildAndServe, launchChromium, type Served, waitForGraph } from "./harness";
import { writeSnapshot } from "../../scripts/snapshot";

const VIEW = "?type=agency";

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("exports in Chromium", () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let tmp: string;
  const errors: string[] = [];

  beforeAll(async () => {
    served = await buildAndServe();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on("pageerror", (e) => errors.push(e.message));
    tmp = mkdtempSync(join(tmpdir(), "entangle-export-e2e-"));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function download(name: RegExp): Promise<{ download: Download; bytes: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent("download"), page.locator(".export-panel").getByRole("button", { name }).click()]);
    const path = join(tmp, d.suggestedFilename());
    await d.saveAs(path);
    return { download: d, bytes: readFileSync(path) };
  }

  async function openMenu() {
    if ((await page.locator(".export-panel").count()) === 0) await page.getByRole("button", { name: "Export" }).click();
    await page.locator(".export-panel fieldset").waitFor();
  }

  it("exports the canvas of a filtered view as a PNG twice its size and as an SVG that parses", async () => {
    await page.goto(`${served.url}${VIEW}`);
    await waitForGraph(page);
    await openMenu();
    expect(await seriousViolations(page)).toEqual([]);
    const box = await page.locator(".graph-canvas").boundingBox();
    if (!box) throw new Error("no canvas box");
    const png = await download(/^PNG/);
    expect(png.download.suggestedFilename()).toBe("entangle-canvas.png");
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(box.width) * 2, height: Math.round(box.height) * 2 });

    const svg = await download(/^SVG/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        error: doc.getElementsByTagName("parsererror").length,
        texts: [...doc.getElementsByTagName("text")].map((t) => t.textContent),
      };
    }, svg.bytes.toString("utf8"));
    expect(parsed.root).toBe("svg");
    expect(parsed.error).toBe(0);
    expect(parsed.texts.length).toBeGreaterThan(0);
  });

  it("exports the table of the view as CSV with the rows the table shows", async () => {
    await page.getByRole("tab", { name: "Table" }).click();
    const rows = page.locator(".relations-table tbody tr");
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
    await openMenu();
    const csv = await download(/^Table of relations/);
    const parsed = Papa.parse<string[]>(csv.bytes.toString("utf8"), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(["Source", "Relation", "Target", "Status", "Modality", "Sources"]);
    expect(parsed.data.slice(1)).toEqual(shown);
  });

  it("exports the view's data, not the whole graph's, and the whole graph on request", async () => {
    const summary = (await page.locator(".filters-summary").textContent()) ?? "";
    const relations = Number(/(\d+) relations?/.exec((await page.locator(".relations-table caption").textContent()) ?? "")?.[1]);
    const csvZip = await download(/^CSV/);
    const files = unzipSync(new Uint8Array(csvZip.bytes));
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "evidence.csv", "nodes.csv"]);
    const edges = Papa.parse(strFromU8(files["edges.csv"]!), { header: true, skipEmptyLines: true }).data;
    expect(edges).toHaveLength(relations);
    const entities = Number(/Showing (\d+)/.exec(summary)?.[1]);
    expect(Papa.parse(strFromU8(files["nodes.csv"]!), { header: true, skipEmptyLines: true }).data).toHaveLength(entities);

    await page
      .locator(".export-panel")
      .getByRole("radio", { name: /Whole graph/ })
      .check();
    const gexf = await download(/^GEXF/);
    expect(gexf.download.suggestedFilename()).toBe("entangle.gexf");
    const all = JSON.parse(readFileSync(join("data", "graph.json"), "utf8")) as { edges: unknown[] };
    expect(gexf.bytes.toString("utf8").match(/<edge /g)).toHaveLength(all.edges.length);
    expect(errors).toEqual([]);
  });

  it("shares the view as one file that opens from file:// at that view, with no network, passages included", async () => {
    await page.goto(`${served.url}${VIEW}`);
    await waitForGraph(page);
    await page.getByRole("tab", { name: "Table" }).click();
    await page.locator(".relations-table tbody tr").first().locator(".row-open").click();
    const quote = (await page.locator(".edge-panel .passage mark").first().textContent()) ?? "";
    expect(quote.length).toBeGreaterThan(10);
    const viewUrl = new URL(page.url());
    await openMenu();
    const shared = await download(/^Share as a file/);
    expect(shared.download.suggestedFilename()).toBe("entangle-view.html");
    const path = join(tmp, "shared.html");
    await shared.download.saveAs(path);

    const offline = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    offline.on("request", (r) => requests.push(r.url()));
    const offlineErrors: string[] = [];
    offline.on("pageerror", (e) => offlineErrors.push(e.message));
    await offline.goto(pathToFileURL(path).href);
    await offline.locator(".edge-panel .passage mark").first().waitFor({ timeout: 30_000 });
    expect(await offline.locator(".edge-panel .passage mark").first().textContent()).toBe(quote);
    expect(new URL(offline.url()).search).toBe(viewUrl.search);
    await offline.getByRole("tab", { name: "Graph" }).click();
    await waitForGraph(offline);
    expect(await offline.locator(".graph-canvas canvas").count()).toBeGreaterThan(0);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
    expect(offlineErrors).toEqual([]);
    await offline.close();
  });

  it("writes a snapshot with `npm run snapshot` that opens from file:// at the given view", async () => {
    const graph = JSON.parse(readFileSync(join("data", "graph.json"), "utf8")) as { edges: { id: string; evidence: { quote: string }[] }[] };
    const edge = graph.edges[0]!;
    const out = join(tmp, "cli-snapshot.html");
    await writeSnapshot({ out, data: "data", view: `?edge=${encodeURIComponent(edge.id)}` });
    const offline = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await offline.goto(pathToFileURL(out).href);
    await waitForGraph(offline);
    await offline.locator(".edge-panel .passage mark").first().waitFor({ timeout: 30_000 });
    expect((await offline.locator(".edge-panel .passage mark").first().textContent())?.replace(/\s+/g, " ")).toBe(edge.evidence[0]!.quote.replace(/\s+/g, " "));
    await offline.close();
  });

  it("says what to do when the normal build is opened from file://", async () => {
    const offline = await browser.newPage();
    await offline.goto(pathToFileURL(join(served.outDir, "index.html")).href);
    await offline.getByRole("heading", { name: "Entangle needs a web server" }).waitFor({ timeout: 10_000 });
    expect(await offline.locator("#root").textContent()).toContain("npm run snapshot");
    await offline.close();
  });
});
