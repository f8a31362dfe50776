// The one store of what the user chose: filters, selection, search, view and the open article.
// Graph data never lives here (TanStack Query holds it); anything derivable is computed elsewhere.
import { create } from "zustand";
import { EMPTY_FILTERS, toggleValue, type FacetKey, type Filters } from "../graph/filters";
import type { FocusSpec } from "../graph/focus";
import type { TimeRange } from "../graph/time";
import type { Language } from "../../model";

export type Selection = { kind: "node" | "edge"; id: string } | null;
export type View = "graph" | "table" | "players" | "rejected";
/** Two entities whose connecting paths are shown. */
export type PathQuery = { from: string; to: string } | null;
/** An article open in the reader, with the passage to highlight when it was opened from evidence. */
export type Reading = { articleId: string; start: number | null; end: number | null } | null;

export type ExplorerSnapshot = {
  filters: Filters;
  keepNeighbours: boolean;
  selection: Selection;
  search: string;
  view: View;
  reading: Reading;
  path: PathQuery;
  focus: FocusSpec | null;
  /** A range of years for the passages; null shows every date and the undated. */
  time: TimeRange | null;
  /** Hides relations whose every passage has a lower confidence (0–1); null shows all. */
  minConfidence: number | null;
  /** The interface language the user chose; null follows the browser. */
  language: Language | null;
};

export type ExplorerState = ExplorerSnapshot & {
  /** Bumped when the canvas should bring the selection into view (search, table, links); not shared. */
  centreRequest: number;
  /** The reader asked for the whole of a big graph rather than its overview; not shared. */
  showAll: boolean;
  setShowAll: (showAll: boolean) => void;
  toggleFilter: (facet: FacetKey, value: string) => void;
  clearFilters: () => void;
  setKeepNeighbours: (keep: boolean) => void;
  selectNode: (id: string, options?: { centre?: boolean }) => void;
  selectEdge: (id: string, options?: { centre?: boolean }) => void;
  clearSelection: () => void;
  setSearch: (search: string) => void;
  setView: (view: View) => void;
  openArticle: (articleId: string, passage?: { start: number; end: number }) => void;
  closeArticle: () => void;
  setPath: (path: PathQuery) => void;
  focusOn: (root: string, hops: FocusSpec["hops"]) => void;
  expandNode: (id: string) => void;
  hideNode: (id: string) => void;
  clearFocus: () => void;
  setLanguage: (language: Language) => void;
  setTime: (time: TimeRange | null) => void;
  setMinConfidence: (minConfidence: number | null) => void;
  restore: (snapshot: ExplorerSnapshot) => void;
};

export const INITIAL_SNAPSHOT: ExplorerSnapshot = {
  filters: EMPTY_FILTERS,
  keepNeighbours: true,
  selection: null,
  search: "",
  view: "graph",
  reading: null,
  path: null,
  focus: null,
  time: null,
  minConfidence: null,
  language: null,
};

export const useExplorer = create<ExplorerState>()((set) => ({
  ...INITIAL_SNAPSHOT,
  centreRequest: 0,
  showAll: false,
  setShowAll: (showAll) => set({ showAll }),
  toggleFilter: (facet, value) => set((s) => ({ filters: toggleValue(s.filters, facet, value) })),
  clearFilters: () => set({ filters: EMPTY_FILTERS, keepNeighbours: INITIAL_SNAPSHOT.keepNeighbours, time: null, minConfidence: null }),
  setKeepNeighbours: (keepNeighbours) => set({ keepNeighbours }),
  selectNode: (id, options) => set((s) => ({ selection: { kind: "node", id }, reading: null, centreRequest: s.centreRequest + (options?.centre ? 1 : 0) })),
  selectEdge: (id, options) => set((s) => ({ selection: { kind: "edge", id }, centreRequest: s.centreRequest + (options?.centre ? 1 : 0) })),
  clearSelection: () => set({ selection: null }),
  setSearch: (search) => set({ search }),
  setView: (view) => set({ view, reading: null }),
  openArticle: (articleId, passage) => set({ reading: { articleId, start: passage?.start ?? null, end: passage?.end ?? null } }),
  closeArticle: () => set({ reading: null }),
  setPath: (path) => set({ path, selection: null }),
  focusOn: (root, hops) => set({ focus: { root, hops, expanded: [], hidden: [] } }),
  expandNode: (id) => set((s) => (s.focus && !s.focus.expanded.includes(id) ? { focus: { ...s.focus, expanded: [...s.focus.expanded, id] } } : {})),
  hideNode: (id) =>
    set((s) => ({
      focus: s.focus && !s.focus.hidden.includes(id) ? { ...s.focus, hidden: [...s.focus.hidden, id] } : s.focus,
      selection: s.selection?.kind === "node" && s.selection.id === id ? null : s.selection,
    })),
  clearFocus: () => set({ focus: null }),
  setLanguage: (language) => set({ language }),
  setTime: (time) => set({ time }),
  setMinConfidence: (minConfidence) => set({ minConfidence }),
  restore: (snapshot) => set(snapshot),
}));

export function snapshotOf(s: ExplorerSnapshot): ExplorerSnapshot {
  const { filters, keepNeighbours, selection, search, view, reading, path, focus, time, minConfidence, language } = s;
  return { filters, keepNeighbours, selection, search, view, reading, path, focus, time, minConfidence, language };
}

/** Back to a blank slate; tests call it after each case. */
export function resetExplorer(): void {
  useExplorer.setState({ ...INITIAL_SNAPSHOT, centreRequest: 0, showAll: false });
}
