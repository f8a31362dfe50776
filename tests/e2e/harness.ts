// Shared by the e2e tests, the screenshots script and bench/ui.ts: build the app with the real
// data/ into a temporary folder, serve it with Vite's preview server, and drive headless Chromium.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { build, preview, type PreviewServer } from "vite";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** The Chromium to drive: $CHROMIUM_PATH, else the first of the usual names on PATH. Fails loudly when absent. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error("e2e: no Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.");
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export type Served = { url: string; outDir: string; close: () => Promise<void> };

/** Builds the app (with data/ copied in) into a temp folder and serves it on a free port. */
export async function buildAndServe(): Promise<Served> {
  if (!existsSync(join("data", "graph.json"))) throw new Error("e2e: data/graph.json is missing; run `npm run extract` first");
  const outDir = mkdtempSync(join(tmpdir(), "entangle-e2e-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("e2e: preview server has no port");
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Resolves once the app has drawn its first graph (the page sets window.__entangleReady). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 30_000 });
}

export type OpenApp = { served: Served; browser: Browser; page: Page; errors: string[] };

/** The built app served, Chromium launched, and one 1280×800 page that records its page errors. */
export async function openApp(): Promise<OpenApp> {
  const served = await buildAndServe();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { served, browser, page, errors };
}

export async function closeApp(app: Partial<OpenApp> | undefined): Promise<void> {
  await app?.browser?.close();
  await app?.served?.close();
}

/** The budget of the JavaScript a first visit downloads before anything else (issue 14). */
export const INITIAL_JS_BUDGET = 250 * 1024;

/**
 * The JavaScript index.html loads by itself (its module script and module preloads), gzipped at
 * level 9, and all of the build's JavaScript for scale. Lazy chunks (the canvas, panels) are not initial.
 */
export function initialJavaScript(outDir: string): { files: string[]; gzipped: number; all: number } {
  const assets = join(outDir, "assets");
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
  const files = scripts.filter((f) => html.includes(`assets/${f}`));
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  return { files, gzipped: files.reduce((n, f) => n + gz(f), 0), all: scripts.reduce((n, f) => n + gz(f), 0) };
}
