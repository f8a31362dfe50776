// The relations table at 30,000 rows (issue 14, item 8): scrolled 400 px a frame, how long each
// frame takes (rAF to rAF), and whether the rows on screen are drawn. The table is virtualized:
// the DOM holds only the rows near the screen.
import type { Browser } from "playwright-core";
import { generateGraph } from "./ui";

const FRAMES = 60;

type ScrollRun = { frames: number[]; domRows: number; blankFrames: number; scrolled: number };

/** Runs in the page: scrolls the table by a fixed step each frame and times the frames. */
async function scrollTable(frames: number): Promise<ScrollRun> {
  const wrap = document.querySelector(".table-wrap") as HTMLElement;
  const body = document.querySelector(".relations-table tbody") as HTMLElement;
  const times: number[] = [];
  let blankFrames = 0;
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < frames; i++) {
    wrap.scrollBy(0, 400);
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    times.push(now - last);
    last = now;
    // A frame is blank when no drawn row covers the middle of the visible area.
    const box = wrap.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit?.closest("tbody tr[aria-rowindex]")) blankFrames++;
  }
  return { frames: times, domRows: body.querySelectorAll("tr[aria-rowindex]").length, blankFrames, scrolled: wrap.scrollTop };
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`;
}

export async function benchTableScroll(browser: Browser, url: string): Promise<void> {
  const graph = generateGraph(10_000, 30_000, 11);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const body = JSON.stringify(graph);
  await page.route("**/data/graph.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`${url}?view=table`);
  await page.locator(".relations-table tbody tr[aria-rowindex]").first().waitFor({ timeout: 600_000 });
  // The canvas behind the tab lays the graph out while loading: measure once it is done.
  await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 600_000 });
  await page.waitForTimeout(500);
  const run = await page.evaluate(scrollTable, FRAMES);
  console.log(
    `  relations table, ${graph.edges.length.toLocaleString("en-US")} rows, scrolled 400 px a frame: frame ${stats(run.frames)}; ` +
      `${run.blankFrames} of ${FRAMES} frames without a row under the centre; ${run.domRows} rows in the DOM at ${Math.round(run.scrolled).toLocaleString("en-US")} px down`,
  );
  await page.close();
}
