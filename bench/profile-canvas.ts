// Where the canvas bench's time goes: builds bench/pages unminified, opens Entangle's page on one
// generated graph and records a CPU profile (Chrome DevTools protocol) of each step the bench
// times: navigation → first frame, a pan, hide half, show again. Prints the functions with the
// most self time per step. A tool for finding costs, not a figure: `npx tsx bench/profile-canvas.ts [nodes] [edges]`.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview } from "vite";
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "../tests/e2e/harness";
import { generateGraph } from "./ui";
import { presetPositions } from "./canvas";
import type { Payload } from "./pages/painted";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const TOP = Number(process.env.PROFILE_TOP ?? 18);

function summarise(name: string, profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: Node) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").pop() ?? ""}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const key = keyOf(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + dt);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(keyOf(byId.get(at)!));
    for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    total += dt;
  });
  // PROFILE_CALLERS=name: who calls the functions of that name, by self time spent in them.
  const callersOf = process.env.PROFILE_CALLERS;
  const callers = new Map<string, number>();
  if (callersOf)
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      if (n.callFrame.functionName !== callersOf) return;
      const chain: string[] = [];
      for (let at = parent.get(id); at !== undefined && chain.length < 3; at = parent.get(at)) chain.push(keyOf(byId.get(at)!));
      const key = chain.join(" < ");
      callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`\n${name}: ${total.toFixed(0)} ms sampled; self time:`);
  for (const [key, t] of top(self)) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${key}`);
  if (callersOf) {
    console.log(`  callers of ${callersOf}:`);
    for (const [key, t] of top(callers)) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${key}`);
  }
  console.log("  inclusive time:");
  for (const [key, t] of top(inclusive)) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${key}`);
}

async function profiled<T>(cdp: CDPSession, name: string, run: () => Promise<T>): Promise<T> {
  await cdp.send("Profiler.start");
  const out = await run();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  summarise(name, profile);
  return out;
}

/** Runs in the page (no inner named functions: tsx would wrap them in helpers the page lacks): a redraw of everything, timed until the GPU is done, and the picking pass alone. */
async function forcedFrames(): Promise<string> {
  type R = {
    render(o?: unknown): void;
    data: { canvasNeedsRedraw: boolean[]; contexts: WebGL2RenderingContext[] };
    NODE: number;
    WEBGL: number;
    findNearestElements(x: number, y: number, a: boolean, b: boolean): unknown[];
    pickingFrameBuffer: { needsDraw: boolean };
  };
  const r = (window as unknown as { cy: { renderer(): R } }).cy.renderer();
  const gl = r.data.contexts[r.WEBGL]!;
  const px = new Uint8Array(4);
  const screen: number[] = [];
  const picking: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    r.data.canvasNeedsRedraw[r.NODE] = true;
    r.render();
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    const t2 = performance.now();
    r.pickingFrameBuffer.needsDraw = true;
    r.findNearestElements(100, 100, true, false);
    const t3 = performance.now();
    screen.push(t2 - t0);
    picking.push(t3 - t2);
  }
  screen.sort((a, b) => a - b);
  picking.sort((a, b) => a - b);
  return `screen min ${screen[0]!.toFixed(0)}, median ${screen[3]!.toFixed(0)} ms; picking min ${picking[0]!.toFixed(0)}, median ${picking[3]!.toFixed(0)} ms`;
}

const nodes = Number(process.argv[2] ?? 10_000);
const edges = Number(process.argv[3] ?? nodes * 3);
const outDir = mkdtempSync(join(tmpdir(), "entangle-canvas-profile-"));
const root = join(import.meta.dirname, "pages");
await build({
  configFile: false,
  root,
  base: "./",
  logLevel: "warn",
  build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: { entangle: join(root, "entangle.html") } } },
});
const graph = generateGraph(nodes, edges);
const payload: Payload = { graph, positions: presetPositions(graph.nodes.map((n) => n.id)) };
writeFileSync(join(outDir, "g.json"), JSON.stringify(payload));
const server = await preview({ configFile: false, root, logLevel: "warn", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
const address = server.httpServer.address();
if (!address || typeof address === "string") throw new Error("profile: no port");
const browser = await launchChromium();
try {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => console.log(`  [page] ${m.text()}`));
  // PROFILE_NOAA=1: every WebGL2 context without multisampling, to see what antialiasing costs.
  if (process.env.PROFILE_NOAA)
    await page.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, type: string, o?: object) => unknown;
      (HTMLCanvasElement.prototype as unknown as { getContext: typeof get }).getContext = function (type, o) {
        return get.call(this, type, type === "webgl2" ? { ...o, antialias: false } : o);
      };
    });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
  const first = await profiled(cdp, "navigation → first frame", async () => {
    await page.goto(`http://127.0.0.1:${address.port}/entangle.html?${process.env.PROFILE_QUERY ?? ""}g=g`);
    await page.waitForFunction(() => window.bench?.firstFrame !== undefined, null, { timeout: 600_000 });
    return page.evaluate(() => window.bench!.firstFrame!);
  });
  console.log(`  first frame ${first.toFixed(0)} ms; ${await page.evaluate(() => window.bench!.describe())}`);
  await page.waitForTimeout(500);
  if (process.env.PROFILE_SHOT) await page.screenshot({ path: process.env.PROFILE_SHOT });
  console.log(`  forced frames (render + 1-pixel readPixels to wait for the GPU): ${await page.evaluate(forcedFrames)}`);
  await page.mouse.move(12, 12);
  await page.mouse.down();
  const pans = await profiled(cdp, "3 pan moves", async () => {
    const out: number[] = [];
    for (let i = 1; i <= 3; i++) {
      await page.mouse.move(12 + 14 * i, 12 + 9 * i);
      out.push(await page.evaluate(() => window.bench!.afterMove()));
    }
    return out;
  });
  await page.mouse.up();
  console.log(`  pans ${pans.map((x) => x.toFixed(0)).join(", ")} ms`);
  await page.waitForTimeout(300);
  const hide = await profiled(cdp, "hide half", () => page.evaluate(() => window.bench!.toggleHalf(true)));
  await page.waitForTimeout(300);
  const show = await profiled(cdp, "show again", () => page.evaluate(() => window.bench!.toggleHalf(false)));
  console.log(`  hide ${hide.toFixed(0)} ms, show ${show.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
