// In `npm run dev`, the server re-extracts the corpus when an article in seeds/ changes
// (src/server/watch-seeds.ts) and says so with a custom HMR event: the graph and the articles are
// fetched again, and the page is not reloaded (the view, the selection and the filters stay).
import type { QueryClient } from "@tanstack/react-query";

export const DATA_CHANGED = "entangle:data-changed";

export interface DataChanged {
  /** True when the extraction wrote a new output; false when it failed and the old one stays. */
  ok: boolean;
  /** The extractor's warnings (an unreadable article, a broken front matter), or why it failed. */
  warnings: string[];
}

/** The part of Vite's `import.meta.hot` used here. */
export interface HotChannel {
  on(event: string, listener: (data: DataChanged) => void): void;
}

export function refetchOnDataChange(client: QueryClient, hot: HotChannel | undefined = import.meta.hot, warn = console.warn): void {
  hot?.on(DATA_CHANGED, (data) => {
    for (const w of data.warnings) warn(`entangle: ${w}`);
    if (!data.ok) return;
    void client.invalidateQueries({ queryKey: ["graph"] });
    void client.invalidateQueries({ queryKey: ["article"] });
  });
}
