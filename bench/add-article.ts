// The time to extract a pasted 20 KB article in the browser: from the click on "Extract pasted
// text" to the article listed as added (worker, extraction, storage, merge into the graph). The
// first paste of a page also waits for the worker to start and compile its knowledge (begun when
// the panel opens); later ones do not.
// Printed, never asserted. Called from bench/ui.ts with its browser and served build.
import type { Browser } from "playwright-core";
import { readKnowledgeFiles } from "../src/extract/io";
import { generateCorpus, vocabulary } from "./corpus";

const TARGET_BYTES = 20 * 1024;
const WARM_RUNS = 5;

/** About 20 KB of news-like English prose (a third of its sentences state relations), without front matter. */
export function pastedArticle(seed = 3): string {
  const articles = generateCorpus(vocabulary(readKnowledgeFiles("data")), 40, seed, 0.3).filter((a) => a.file.endsWith("_en.txt"));
  let text = "";
  for (const a of articles) {
    if (new TextEncoder().encode(text).length >= TARGET_BYTES) break;
    text += `${a.text.replace(/^---\n[\s\S]*?\n---\n/, "")}\n\n`;
  }
  return text;
}

/**
 * Runs in the page: click Extract and wait (frame by frame) until the status says the article was
 * added. No named inner functions: the page cannot see the helpers tsx adds for them.
 */
async function timePaste(): Promise<number> {
  const before = document.querySelectorAll(".added-item").length;
  const start = performance.now();
  (document.querySelector(".add-dialog form button[type=submit]") as HTMLButtonElement).click();
  while (document.querySelectorAll(".added-item").length === before) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return performance.now() - start;
}

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms (n=${s.length})`;
}

export async function benchAddArticle(browser: Browser, url: string): Promise<void> {
  const article = pastedArticle();
  const bytes = new TextEncoder().encode(article).length;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 60_000 });
    await page.getByRole("button", { name: "Add articles" }).click();
    const box = page.getByLabel(/Paste an article/);
    const samples: number[] = [];
    for (let run = 0; run <= WARM_RUNS; run++) {
      // A different first line each time: the same text twice would be refused as already added.
      await box.fill(`Pasted article ${run}\n\n${article}`);
      samples.push(await page.evaluate(timePaste));
    }
    const [cold, ...warm] = samples;
    const inWorker = await page.evaluate(() => performance.getEntriesByName("entangle:extract-in-worker").map((m) => m.duration));
    console.log(`  add article in the browser, pasted ${(bytes / 1024).toFixed(1)} KB news-like article, click → added to the graph:`);
    console.log(`    first paste, right after opening the panel (which starts the worker and compiles the knowledge): ${cold!.toFixed(0)} ms`);
    console.log(`    later pastes (worker ready): ${stats(warm)}`);
    console.log(`    of which the extraction in the worker: first ${inWorker[0]?.toFixed(0) ?? "?"} ms, later ${stats(inWorker.slice(1))}`);
  } finally {
    await page.close();
  }
}
