// A snapshot file carries its data inside the page (src/export/snapshot.ts writes it): when the
// element is there, the app reads the graph, the articles and the starting view from it instead of
// fetching data/, which a file:// page cannot do.
export const SNAPSHOT_ELEMENT_ID = "entangle-snapshot";

export type EmbeddedSnapshot = { graph: unknown; articles: Record<string, unknown>; view: string };

let cached: EmbeddedSnapshot | null | undefined;

/** The embedded payload, read once per page; null on a normal page. */
export function embeddedSnapshot(doc: Document = document): EmbeddedSnapshot | null {
  if (cached !== undefined && doc === document) return cached;
  const text = doc.getElementById(SNAPSHOT_ELEMENT_ID)?.textContent;
  let found: EmbeddedSnapshot | null = null;
  if (text) {
    const raw = JSON.parse(text) as Partial<EmbeddedSnapshot>;
    found = { graph: raw.graph, articles: raw.articles ?? {}, view: typeof raw.view === "string" ? raw.view : "" };
  }
  if (doc === document) cached = found;
  return found;
}

/**
 * A snapshot opens at the view it was made from, unless its address already names one (a
 * reload, or a link with a query). Changing only the query of a file:// address is allowed.
 */
export function openSnapshotView(win: Window = window): void {
  const snapshot = embeddedSnapshot(win.document);
  if (!snapshot?.view || win.location.search) return;
  win.history.replaceState(null, "", `${win.location.pathname}${snapshot.view}${win.location.hash}`);
}
