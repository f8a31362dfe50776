// The built app under its Content-Security-Policy in real Chromium: the policy is in index.html,
// it is enforced, and using the app (graph, relation, article, table) triggers no violation.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { CONTENT_SECURITY_POLICY } from "../../src/app/csp";
import { buildAndServe, launchChromium, type Served } from "./harness";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Every securitypolicyviolation the page reports, recorded from before its first script runs. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`);
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? ["the recorder did not run"]);

describe("the built app under its Content-Security-Policy", () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    served = await buildAndServe();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(recordViolations);
    page.on("console", (m) => {
      if (m.type() === "error" || /Content.Security.Policy/i.test(m.text())) consoleProblems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => consoleProblems.push(`pageerror: ${e.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("ships the policy in index.html, before any script, with no inline script", () => {
    const html = readFileSync(join(served.outDir, "index.html"), "utf8");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, "no CSP meta tag in the built index.html").not.toBeNull();
    const policy = meta![1]!.replaceAll("&#39;", "'");
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self';");
    for (const directive of ["connect-src", "img-src", "font-src"]) expect(policy).toContain(`${directive} 'self' data:;`);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc="/);
      expect(body!.trim()).toBe("");
    }
  });

  it("draws the graph, opens a relation, its article and the table with no violation or console error", async () => {
    await page.goto(served.url);
    await page.waitForFunction(() => window.__entangleReady !== undefined, null, { timeout: 30_000 });
    expect(await page.locator(".graph-canvas canvas").count()).toBeGreaterThan(0);

    await page.getByRole("tab", { name: "Table" }).click();
    await page.locator(".relations-table tbody tr").first().locator(".row-open").click();
    const panel = page.locator(".edge-panel");
    await panel.locator(".passage mark").first().waitFor();
    await panel.getByRole("button", { name: "Read in article" }).first().click();
    await page.locator(".article-view mark.passage-mark").waitFor();

    expect(await violations(page)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  it("is enforced: an inline script added to the page is blocked and reported", async () => {
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  });
});
