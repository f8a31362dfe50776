// renderWithProviders: the app as the browser gets it, with a fresh QueryClient (no retries),
// a headless canvas, fetch answered from tests/fixtures/data, and the URL sync running.
import type { ReactElement } from "react";
import type { Core } from "cytoscape";
import { render } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { CanvasConfigContext } from "../../src/app/config";
import { startUrlSync } from "../../src/app/store/url";
import { App } from "../../src/app/App";
import { fixtureArticleJson, fixtureGraphJson } from "../fixtures/load";

type FetchAnswer = { status: number; body: string };

/** Answers data/graph.json and data/articles/<id>.json from the fixture, unless overridden. */
export function stubData(override?: (url: string) => FetchAnswer | undefined): void {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url = String(input);
    const answer = override?.(url) ?? fixtureAnswer(url);
    return new Response(answer.body, { status: answer.status, headers: { "Content-Type": "application/json" } });
  });
}

function fixtureAnswer(url: string): FetchAnswer {
  if (url.endsWith("data/graph.json")) return { status: 200, body: JSON.stringify(fixtureGraphJson()) };
  const article = /data\/articles\/([^/]+)\.json$/.exec(url);
  if (article) {
    try {
      return { status: 200, body: JSON.stringify(fixtureArticleJson(decodeURIComponent(article[1]!))) };
    } catch {
      return { status: 404, body: "" };
    }
  }
  return { status: 404, body: "" };
}

export function renderWithProviders(ui: ReactElement = <App />, options: { url?: string; stub?: boolean; onCy?: (cy: Core) => void } = {}) {
  if (options.stub !== false) stubData();
  window.history.replaceState(null, "", options.url ?? "/");
  const stopSync = startUrlSync(window);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <CanvasConfigContext.Provider value={{ headless: true, animate: false, onCy: options.onCy }}>{ui}</CanvasConfigContext.Provider>
    </QueryClientProvider>,
  );
  onTestFinished(() => {
    stopSync();
    queryClient.clear();
  });
  return { ...result, queryClient };
}
