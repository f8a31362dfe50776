// `npm run dev` watches seeds/: in real Chromium against the dev server (the project's Vite
// config, on a temporary copy of the corpus), an article added to the folder is extracted and
// its entities and relation appear in the open page without a reload; a broken article is a
// warning and the server goes on.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { parse } from "yaml";
import { GraphSchema } from "../../src/model";
import { runCli } from "../../src/server/watch-seeds";
import { launchChromium } from "./harness";

const ENV = ["ENTANGLE_SEEDS", "ENTANGLE_OUT", "ENTANGLE_CURATION", "ENTANGLE_CACHE"] as const;

describe("npm run dev re-extracts what changes in seeds/", () => {
  let dir: string;
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "entangle-watch-"));
    cpSync("seeds", join(dir, "seeds"), { recursive: true });
    for (const k of ENV) saved[k] = process.env[k];
    Object.assign(process.env, {
      ENTANGLE_SEEDS: join(dir, "seeds"),
      ENTANGLE_OUT: join(dir, "out"),
      ENTANGLE_CURATION: join(dir, "curation.yaml"),
      ENTANGLE_CACHE: join(dir, "cache"),
    });
    const first = await runCli({ seeds: join(dir, "seeds"), data: "data", out: join(dir, "out"), curation: join(dir, "curation.yaml") }, join(dir, "cache"));
    if (!first.ok) throw new Error(first.output);
    server = await createServer({ logLevel: "warn", server: { port: 0, host: "127.0.0.1", strictPort: false } });
    await server.listen();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const k of ENV) saved[k] === undefined ? delete process.env[k] : (process.env[k] = saved[k]);
    rmSync(dir, { recursive: true, force: true });
  });

  const graph = () => GraphSchema.parse(JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8")));
  const summary = () => page.locator(".filters-summary").textContent();

  it("shows an added article's entities and relation without reloading the page", async () => {
    const before = graph();
    // Two companies of the registry that no article names yet.
    const registry = parse(readFileSync("data/entities.yaml", "utf8")) as { id: string; name: string; type: string }[];
    const present = new Set(before.nodes.map((n) => n.id));
    const [a, b] = registry.filter((e) => e.type === "company" && !present.has(e.id) && /^[A-Z][a-z]{3,}$/.test(e.name));
    expect(a && b).toBeTruthy();

    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 90_000 });
    expect(await summary()).toContain(`of ${before.edges.length} relations`);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    writeFileSync(join(dir, "seeds", "zz-watch.txt"), `${a!.name} fournit des services cloud à ${b!.name}.\n`);
    await page.waitForFunction((n) => document.querySelector(".filters-summary")?.textContent?.includes(`of ${n} relations`), before.edges.length + 1, {
      timeout: 90_000,
    });
    expect(graph().nodes.map((n) => n.id)).toEqual(expect.arrayContaining([a!.id, b!.id]));
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    const search = page.getByRole("search").getByRole("combobox");
    await search.fill(a!.name);
    await expect.poll(() => page.getByRole("search").getByRole("option").first().textContent(), { timeout: 10_000 }).toContain(a!.name);
    expect(errors).toEqual([]);
  });

  it("reports a broken article as a warning and keeps serving", async () => {
    const warnings: string[] = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    // Not UTF-8 and not an article: the extractor warns about it and goes on.
    writeFileSync(join(dir, "seeds", "zz-broken.txt"), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]));
    await expect.poll(() => warnings.join("\n"), { timeout: 90_000 }).toMatch(/zz-broken\.txt/);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await summary()).toContain("relations");
    expect(errors).toEqual([]);
  });
});
