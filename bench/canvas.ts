// Entangle's canvas beside sigma.js + graphology (the WebGL renderer Gephi Lite is built on), in
// one browser, on the same generated graphs at the same preset positions: navigation → first
// frame, frame while panning with the mouse, hide half the nodes → next frame (and show them
// again), each with its ratio to sigma's. Both pages (bench/pages/) detect a painted frame with
// the same code. Printed, never asserted. Alone: `BENCH_ONLY=canvas npm run bench`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { Browser, Page } from "playwright-core";
import { seededRandom } from "../src/app/graph/layout";
import { launchChromium } from "../tests/e2e/harness";
import { generateGraph } from "./ui";
import type { Payload } from "./pages/painted";

const SIZES: [nodes: number, edges: number][] = (
  [
    [3_000, 7_000],
    [10_000, 30_000],
  ] as [number, number][]
).filter(([n]) => !process.env.BENCH_CANVAS_NODES || process.env.BENCH_CANVAS_NODES.split(",").includes(String(n)));
const LOADS = Number(process.env.BENCH_CANVAS_LOADS ?? 3);
const MOVES = 15;
const TOGGLES = 5;
/** BENCH_CANVAS_2D=1 adds Entangle kept on the 2D canvas renderer, to check the choice of WebGL. */
const LIBRARIES = ["entangle", "sigma", ...(process.env.BENCH_CANVAS_2D ? (["entangle-2d"] as const) : [])] as const;
type Library = (typeof LIBRARIES)[number];
const PAGE: Record<Library, string> = { entangle: "entangle.html?", sigma: "sigma.html?", "entangle-2d": "entangle.html?renderer=2d&" };
type Figures = { first: number[]; pan: number[]; hide: number[]; show: number[]; describe: string };

/** Nodes scattered uniformly on a disk about as dense as a laid-out graph (one node per 60 × 60 px). */
export function presetPositions(ids: readonly string[], seed = 7): Record<string, [number, number]> {
  const rnd = seededRandom(seed);
  const radius = 60 * Math.sqrt(ids.length / Math.PI);
  const out: Record<string, [number, number]> = {};
  for (const id of ids) {
    const r = radius * Math.sqrt(rnd());
    const a = 2 * Math.PI * rnd();
    out[id] = [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))];
  }
  return out;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : Number.NaN);
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

async function measure(browser: Browser, url: string, library: Library, name: string): Promise<Figures> {
  const figures: Figures = { first: [], pan: [], hide: [], show: [], describe: "" };
  for (let load = 0; load < LOADS; load++) {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}${PAGE[library]}g=${name}`);
    await page.waitForFunction(() => window.bench?.firstFrame !== undefined, null, { timeout: 300_000 });
    if (errors.length) throw new Error(`bench/canvas: ${library} page failed: ${errors[0]}`);
    figures.first.push(await page.evaluate(() => window.bench!.firstFrame!));
    if (load === LOADS - 1) {
      figures.describe = await page.evaluate(() => window.bench!.describe());
      await page.waitForTimeout(500);
      // A drag from the empty corner: the press lands on the background, so both libraries pan.
      await page.mouse.move(12, 12);
      await page.mouse.down();
      for (let i = 1; i <= MOVES; i++) {
        await page.mouse.move(12 + 14 * i, 12 + 9 * i);
        figures.pan.push(await page.evaluate(() => window.bench!.afterMove()));
      }
      await page.mouse.up();
      for (let i = 0; i < TOGGLES; i++) {
        await page.waitForTimeout(300);
        figures.hide.push(await page.evaluate(() => window.bench!.toggleHalf(true)));
        await page.waitForTimeout(300);
        figures.show.push(await page.evaluate(() => window.bench!.toggleHalf(false)));
      }
    }
    await page.close();
  }
  return figures;
}

export async function runCanvasBench(): Promise<void> {
  console.log("Canvas beside sigma.js (same graphs, same positions, same browser; medians; ratio = Entangle ÷ sigma, target ≤ ×1.5)");
  const outDir = mkdtempSync(join(tmpdir(), "entangle-canvas-bench-"));
  const root = join(import.meta.dirname, "pages");
  await build({
    configFile: false,
    root,
    base: "./",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, rollupOptions: { input: { entangle: join(root, "entangle.html"), sigma: join(root, "sigma.html") } } },
  });
  for (const [nodes, edges] of SIZES) {
    const graph = generateGraph(nodes, edges);
    const payload: Payload = { graph, positions: presetPositions(graph.nodes.map((n) => n.id)) };
    writeFileSync(join(outDir, `g${nodes}.json`), JSON.stringify(payload));
  }
  const server = await preview({ configFile: false, root, logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === "string") throw new Error("bench/canvas: preview server has no port");
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  try {
    for (const [nodes, edges] of SIZES) {
      const got = {} as Record<Library, Figures>;
      for (const library of LIBRARIES) got[library] = await measure(browser, url, library, `g${nodes}`);
      console.log(`  ${nodes.toLocaleString("en-US")} nodes / ${edges.toLocaleString("en-US")} edges — ${got.entangle.describe}; ${got.sigma.describe}`);
      const twoD = got["entangle-2d"];
      const rows: [string, keyof Omit<Figures, "describe">][] = [
        ["navigation → first frame", "first"],
        ["frame while panning (mouse move → painted)", "pan"],
        ["hide half the nodes → next frame", "hide"],
        ["show them again → next frame", "show"],
      ];
      for (const [label, key] of rows) {
        const e = median(got.entangle[key]);
        const s = median(got.sigma[key]);
        const ratio = e / s;
        const alt = twoD ? `; Entangle on the 2D canvas ${ms(median(twoD[key]))} (×${(median(twoD[key]) / s).toFixed(2)})` : "";
        console.log(`    ${label}: Entangle ${ms(e)}, sigma ${ms(s)} → ×${ratio.toFixed(2)} (${ratio <= 1.5 ? "met" : "NOT met"})${alt}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runCanvasBench();
