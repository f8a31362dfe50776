// Review in real Chromium against the local server's curation endpoint (the plugin `npm start`
// and `npm run dev` load), writing into a temporary copy: reject an edge and see it gone after
// the rebuild and listed as rejected; add a relation by selecting text and see it with that quote.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { GraphSchema, RELATION_TYPES, type Graph } from "../../src/model";
import { buildAndServe, launchChromium, type Served } from "./harness";

const seed: Graph = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));
const ENV = ["ENTANGLE_OUT", "ENTANGLE_CURATION"] as const;

async function waitForSave(page: Page) {
  const response = await page.waitForResponse((r) => r.url().endsWith("/api/curation") && r.request().method() === "PUT", { timeout: 90_000 });
  expect(response.status()).toBe(200);
}

/** Selects [start, end) of the article text in the reader, as a mouse drag would, and releases the button. */
async function selectText(page: Page, start: number, end: number) {
  await page.evaluate(
    ([from, to]) => {
      const runs = [...document.querySelectorAll<HTMLElement>(".article-text [data-start]")];
      const point = (offset: number) => {
        const run = runs.find((r) => Number(r.dataset.start) <= offset && offset <= Number(r.dataset.start) + (r.textContent ?? "").length)!;
        return [run.firstChild!, offset - Number(run.dataset.start)] as const;
      };
      const range = document.createRange();
      range.setStart(...point(from!));
      range.setEnd(...point(to!));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.querySelector(".article-text")!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    },
    [start, end],
  );
}

describe("review in Chromium, through the local endpoint", () => {
  let dir: string;
  let served: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "entangle-review-"));
    mkdirSync(join(dir, "out"));
    for (const k of ENV) saved[k] = process.env[k];
    process.env.ENTANGLE_OUT = join(dir, "out");
    process.env.ENTANGLE_CURATION = join(dir, "curation.yaml");
    served = await buildAndServe();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
    for (const k of ENV) saved[k] === undefined ? delete process.env[k] : (process.env[k] = saved[k]);
    rmSync(dir, { recursive: true, force: true });
  });

  const rejected = seed.edges[0]!;
  const relationsNow = () => page.locator(".filters-summary").textContent();

  it("rejects an edge: gone after the rebuild, and listed as rejected", async () => {
    await page.goto(`${served.url}?edge=${encodeURIComponent(rejected.id)}`);
    await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 30_000 });
    expect(await relationsNow()).toContain(`of ${seed.edges.length} relations`);
    const saving = waitForSave(page);
    await page.getByRole("group", { name: "Review this relation" }).getByRole("button", { name: "Reject", exact: true }).click();
    await saving;
    await page.waitForFunction((n) => document.querySelector(".filters-summary")?.textContent?.includes(`of ${n} relations`), seed.edges.length - 1, {
      timeout: 30_000,
    });

    const rebuilt = GraphSchema.parse(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")));
    expect(rebuilt.edges.map((e) => e.id)).not.toContain(rejected.id);
    expect(readFileSync(join(dir, "curation.yaml"), "utf8")).toContain(`- { reject: { edge: ${rejected.id} } }`);

    await page.getByRole("tab", { name: "Rejected" }).click();
    const item = page.locator(".rejected-item").first();
    await item.waitFor();
    const label = (id: string) => seed.nodes.find((n) => n.id === id)!.label;
    expect(await item.textContent()).toContain(label(rejected.source));
    expect(await item.textContent()).toContain(label(rejected.target));
    expect(await item.locator("q").first().textContent()).toBe(rejected.evidence[0]!.quote);
    expect(errors).toEqual([]);
  });

  it("adds a relation from a text selection in the article, with that quote", async () => {
    const donor = seed.edges.find((e) => e.id !== rejected.id && e.source !== e.target && !e.source.includes("contract") && !e.target.includes("contract"))!;
    const ev = donor.evidence[0]!;
    const present = new Set(seed.edges.map((e) => e.id));
    const type = RELATION_TYPES.find((t) => t !== "partnership" && t !== "other" && !present.has(`${donor.target}|${t}|${donor.source}`))!;
    const newId = `${donor.target}|${type}|${donor.source}`;

    await page.goto(`${served.url}?read=${encodeURIComponent(ev.articleId)}`);
    await page.locator(".article-text [data-start]").first().waitFor();
    await selectText(page, ev.start, ev.end);
    const form = page.locator("form.add-relation");
    await form.waitFor();
    expect(await form.locator("q").textContent()).toBe(ev.quote.length > 200 ? `${ev.quote.slice(0, 197)}…` : ev.quote);
    await form.locator("select[name=source]").selectOption(donor.target);
    await form.locator("select[name=type]").selectOption(type);
    await form.locator("select[name=target]").selectOption(donor.source);
    const saving = waitForSave(page);
    await form.getByRole("button", { name: "Add relation" }).click();
    await saving;

    const rebuilt = GraphSchema.parse(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")));
    const added = rebuilt.edges.find((e) => e.id === newId)!;
    expect(added.evidence).toEqual([{ articleId: ev.articleId, start: ev.start, end: ev.end, quote: ev.quote, modality: "asserted", curated: "added" }]);

    await page.goto(`${served.url}?edge=${encodeURIComponent(newId)}`);
    const passage = page.locator(".edge-panel .passage mark").first();
    await passage.waitFor({ timeout: 30_000 });
    expect(await passage.textContent()).toBe(ev.quote);
    expect(await page.locator(".edge-panel .badge.curated").first().textContent()).toBe("added by a person");
    expect(errors).toEqual([]);
  });
});
