// UI benchmarks, printed, never asserted: time to first graph on the seed corpus in Chromium,
// filter update latency on a generated 10,000-element graph (pure function + class diff, and in
// the browser from the input event to the classes on the canvas and to the painted frame), and the
// initial JavaScript gzipped. Called from bench/run.ts; alone: `npx tsx bench/ui.ts`.
import { ENTITY_TYPES, RELATION_TYPES, SCHEMA_VERSION, SECTORS, STATUSES, parseGraph, type Graph, type GraphEdge, type GraphNode } from "../src/model";
import { buildIndex } from "../src/app/graph/graphIndex";
import { filterGraph } from "../src/app/graph/filterGraph";
import { diffClasses, elementClasses } from "../src/app/graph/classes";
import { EMPTY_FILTERS, type Filters } from "../src/app/graph/filters";
import { seededRandom } from "../src/app/graph/layout";
import type { Browser } from "playwright-core";
import { INITIAL_JS_BUDGET, buildAndServe, initialJavaScript, launchChromium } from "../tests/e2e/harness";
import { benchAddArticle } from "./add-article";
import { benchInvestigate } from "./investigate";
import { benchTableScroll } from "./table";

const COUNTRIES = ["US", "FR", "GB", "IL", "CN", "JP", "DE", "IE", "IN", "CA"];

/** A schema-valid graph of `nodes` + `edges` elements with seeded, realistic-looking variety. */
export function generateGraph(nodes: number, edges: number, seed = 42): Graph {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const quote = "Company 1 signed a contract with Agency 2.";
  const ns: GraphNode[] = Array.from({ length: nodes }, (_, i) => ({
    id: `n${i}`,
    label: `Entity ${i}`,
    type: pick(ENTITY_TYPES),
    country: rnd() < 0.9 ? pick(COUNTRIES) : null,
    sectors: [pick(SECTORS), ...(rnd() < 0.4 ? [pick(SECTORS)] : [])].filter((s, j, a) => a.indexOf(s) === j),
    aliases: [`Entity ${i}`, `E${i}`],
    curated: rnd() < 0.8,
    mentions: [],
    attributes: {},
  }));
  const seen = new Set<string>();
  const es: GraphEdge[] = [];
  while (es.length < edges) {
    // Preferential-ish attachment: low ids are hubs, as in the real corpus.
    const s = Math.floor(rnd() ** 2 * nodes);
    const t = Math.floor(rnd() * nodes);
    const type = pick(RELATION_TYPES);
    const id = `n${s}|${type}|n${t}`;
    if (s === t || seen.has(id)) continue;
    seen.add(id);
    es.push({
      id,
      source: `n${s}`,
      target: `n${t}`,
      type,
      status: pick(STATUSES),
      evidence: [{ articleId: "gen", start: 0, end: quote.length, quote, modality: rnd() < 0.25 ? "alleged" : "asserted" }],
    });
  }
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    articles: [{ id: "gen", file: "gen.txt", title: "Generated", language: "en", outlet: null, published: null, url: null, translationOf: null }],
    nodes: ns,
    edges: es,
  };
  const parsed = parseGraph(graph);
  if (!parsed.ok) throw new Error(`bench/ui: generated graph is invalid: ${parsed.problems[0]}`);
  return parsed.value;
}

const CLICKS = 20;
const PAUSE_MS = 400;

type ClickTiming = { beforeApply: number; committed: number; painted: number; redraw: number };

/** Cytoscape keeps its instance on the container; the bench reads the renderer's last redraw time from it. */
type CyContainer = HTMLElement & { _cyreg?: { cy?: { renderer(): { lastRedrawTime?: number }; nodes(): { first(): { toggleClass(c: string): void } } } } };

/**
 * Runs in the page: clicks the checkbox and times, from the input event,
 * - committed: the end of the class diff applied to Cytoscape (the last "entangle:apply-classes" measure), and
 * - painted: the first frame that starts after that commit has been presented (rAF, then a message task,
 *   which runs after the frame's paint); Cytoscape draws in its own rAF callback of that frame.
 * Written without named inner functions: the page cannot see the helpers tsx adds for them.
 */
async function timeClick(el: Element): Promise<ClickTiming> {
  const start = performance.now();
  (el as HTMLInputElement).click();
  let painted = 0;
  let committed = Number.POSITIVE_INFINITY;
  let beforeApply = Number.POSITIVE_INFINITY;
  for (let frame = 0; frame < 10; frame++) {
    const rafAt = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    painted = await new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
    const applied = performance.getEntriesByName("entangle:apply-classes").filter((m) => m.startTime >= start);
    const last = applied[applied.length - 1];
    if (last) (committed = last.startTime + last.duration), (beforeApply = last.startTime);
    if (committed <= rafAt) break;
  }
  const cy = (document.querySelector(".graph-canvas") as CyContainer | null)?._cyreg?.cy;
  return { beforeApply: beforeApply - start, committed: committed - start, painted: painted - start, redraw: cy?.renderer().lastRedrawTime ?? Number.NaN };
}

/** Runs in the page: frames that only restyle one node, so Cytoscape redraws everything it shows. */
async function timeRedrawOnly(): Promise<number[]> {
  const cy = (document.querySelector(".graph-canvas") as CyContainer | null)?._cyreg?.cy;
  const samples: number[] = [];
  if (!cy) return samples;
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const start = performance.now();
    cy.nodes().first().toggleClass("dimmed");
    await new Promise((resolve) => requestAnimationFrame(resolve));
    samples.push(
      await new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      }),
    );
  }
  return samples;
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  if (s.length === 0) return "no samples";
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`;
}

/** The filter changes a researcher makes in a row: country, sector, relation, modality, and back. */
function filterSequence(): Filters[] {
  const steps: Partial<Filters>[] = [
    { countries: ["US"] },
    { countries: ["US", "IL"] },
    { countries: ["US", "IL"], sectors: ["immigration"] },
    { sectors: ["immigration"], relations: ["supplies"] },
    { modalities: ["alleged"] },
    { statuses: ["ended"], types: ["agency"] },
    {},
  ];
  return steps.map((s) => ({ ...EMPTY_FILTERS, ...s }));
}

function benchPureFilter(graph: Graph): void {
  const index = buildIndex(graph);
  const sequence = filterSequence();
  let prev = elementClasses(index, filterGraph(index, EMPTY_FILTERS, true), null);
  const samples: number[] = [];
  for (let round = 0; round < 15; round++) {
    for (const f of sequence) {
      const t0 = performance.now();
      const visible = filterGraph(index, f, round % 2 === 0);
      const next = elementClasses(index, visible, { kind: "node", id: "n0" });
      diffClasses(prev, next);
      samples.push(performance.now() - t0);
      prev = next;
    }
  }
  console.log(`  filter + classes + diff, ${graph.nodes.length + graph.edges.length} elements (node): ${stats(samples.slice(7))} — target ≤ 50 ms`);
}

function initialJsGzipped(outDir: string): void {
  const { files, gzipped, all } = initialJavaScript(outDir);
  console.log(
    `  initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped in ${files.length} file(s) (all JS ${(all / 1024).toFixed(1)} KB) — target ≤ ${INITIAL_JS_BUDGET / 1024} KB`,
  );
}

/** The app on a generated graph: time to first graph, then filter clicks timed to the painted frame. */
export async function benchFilterClicks(browser: Browser, url: string, generated: Graph): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const body = JSON.stringify(generated);
  await page.route("**/data/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 300_000 });
  console.log(
    `  time to first graph, generated 10,000 elements: ${((await page.evaluate(() => window.__entangleReady!)) / 1000).toFixed(1)} s (wall ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
  console.log(`  in Chromium, generated 10,000 elements, per filter click (${CLICKS} clicks on the first three countries, ${PAUSE_MS} ms apart):`);
  await page.evaluate(() => performance.clearMeasures());
  const boxes = page.getByRole("group", { name: /Country/ }).getByRole("checkbox");
  const clicks: ClickTiming[] = [];
  for (let i = 0; i < CLICKS; i++) {
    clicks.push(await boxes.nth(i % 3).evaluate(timeClick));
    await page.waitForTimeout(PAUSE_MS);
  }
  const measures = await page.evaluate(() => performance.getEntriesByType("measure").map((m) => [m.name, m.duration] as const));
  const of = (name: string) => measures.filter(([n]) => n === name).map(([, d]) => d);
  console.log(`    filterGraph: ${stats(of("entangle:filter"))}`);
  console.log(`    input event → class diff starts (store, URL, filterGraph, React render, elementClasses): ${stats(clicks.map((c) => c.beforeApply))}`);
  console.log(
    `    class diff applied in cy.batch (classes set; Cytoscape computes the new styles lazily, in the next frame): ${stats(of("entangle:apply-classes"))}`,
  );
  console.log(`    facet counts (deferred render, after the canvas): ${stats(of("entangle:facet-counts"))}`);
  console.log(`    input event → classes committed on the canvas (React render, effects, cy.batch): ${stats(clicks.map((c) => c.committed))} — target ≤ 50 ms`);
  console.log(
    `    input event → frame painted (the above + Cytoscape restyling the changed elements and redrawing, + raster): ${stats(clicks.map((c) => c.painted))} — target ≤ 100 ms`,
  );
  console.log(`    of which Cytoscape's own redraw of that frame: ${stats(clicks.map((c) => c.redraw))}`);
  const idle = await page.evaluate(timeRedrawOnly);
  console.log(`    for scale, a frame that redraws the same canvas with no filter change (one node restyled): ${stats(idle)}`);
  await page.close();
}

export async function runUiBench(): Promise<void> {
  console.log("UI benchmarks");
  const generated = generateGraph(2_500, 7_500);
  benchPureFilter(generated);
  benchInvestigate(generated);

  const served = await buildAndServe();
  const browser = await launchChromium();
  try {
    initialJsGzipped(served.outDir);

    const firstGraph: number[] = [];
    const scriptReady: number[] = [];
    const firstLayout: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(served.url);
      await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 60_000 });
      firstGraph.push(await page.evaluate(() => window.__entangleReady!));
      const [script, layout] = await page.evaluate(() => [
        performance.getEntriesByType("navigation").map((n) => (n as PerformanceNavigationTiming).domContentLoadedEventEnd)[0] ?? Number.NaN,
        performance.getEntriesByName("entangle:first-layout")[0]?.duration ?? Number.NaN,
      ]);
      scriptReady.push(script);
      firstLayout.push(layout);
      await page.close();
    }
    console.log(`  time to first graph, seed corpus (navigation → canvas drawn): ${stats(firstGraph)}`);
    console.log(`    of which: navigation → script run (DOMContentLoaded end) ${stats(scriptReady)}; fcose layout ${stats(firstLayout)}`);

    await benchFilterClicks(browser, served.url, generated);
    await benchAddArticle(browser, served.url);
    await benchTableScroll(browser, served.url);
  } finally {
    await browser.close();
    await served.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runUiBench();
