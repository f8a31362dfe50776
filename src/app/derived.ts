// Hooks for values derived from the graph and the store: the filtered graph and the facet counts.
// They are memoised on identity, so every component asking gets the same object for the same inputs.
import { useDeferredValue } from "react";
import { useExplorer } from "./store/explorer";
import { useGraph } from "./api/data";
import type { GraphIndex } from "./graph/graphIndex";
import { filterGraph, type VisibleGraph } from "./graph/filterGraph";
import { focusGraph } from "./graph/focus";
import { shortestPaths, pathElements, type GraphPath } from "./graph/paths";
import { rankings, type Ranking } from "./graph/rankings";
import { filterByTime, histogram, type Histogram } from "./graph/time";
import { filterByConfidence } from "./graph/confidence";
import { facetCounts, type FacetCounts } from "./graph/facets";
import { memoLast } from "./graph/memo";
import { OVERVIEW_ABOVE, OVERVIEW_SIZE, overviewGraph } from "./graph/overview";
import { isUnfiltered } from "./graph/filters";

const visibleOf = memoLast(measured("entangle:filter", filterGraph));
const countsOf = memoLast(measured("entangle:facet-counts", facetCounts));
const focusedOf = memoLast(focusGraph);
const timedOf = memoLast(filterByTime);
const confidentOf = memoLast(filterByConfidence);
const histogramOf = memoLast((index: GraphIndex, visible: VisibleGraph) => histogram(index, visible.edges));
const pathsOf = memoLast((index: GraphIndex, filtered: VisibleGraph, from: string, to: string) => shortestPaths(index, from, to, { within: filtered }));
const overviewOf = memoLast((index: GraphIndex, filtered: VisibleGraph, chosen: string) =>
  overviewGraph(index, filtered, OVERVIEW_SIZE, chosen ? chosenEnds(index, chosen) : []),
);
const rankingsOf = memoLast(measured("entangle:rankings", rankings));

function measured<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    const t0 = performance.now();
    const result = fn(...args);
    performance.measure(name, { start: t0, end: performance.now() });
    return result;
  };
}

/** The loaded graph's index; only call below the point where loading succeeded. */
export function useIndex(): GraphIndex {
  const { data } = useGraph();
  if (!data) throw new Error("app: useIndex called before the graph loaded");
  return data;
}

/** The graph the facet filters leave, before the time range: the histogram is drawn over it. */
export function useFacetFiltered(): VisibleGraph {
  const index = useIndex();
  const filters = useExplorer((s) => s.filters);
  const keep = useExplorer((s) => s.keepNeighbours);
  return visibleOf(index, filters, keep);
}

/** The graph the filters, the time range and the minimum confidence leave, before any focus: paths are searched in it. */
export function useFiltered(): VisibleGraph {
  const index = useIndex();
  const filtered = useFacetFiltered();
  const time = useExplorer((s) => s.time);
  const min = useExplorer((s) => s.minConfidence);
  const timed = time ? timedOf(index, filtered, time) : filtered;
  return min !== null ? confidentOf(index, timed, min) : timed;
}

export function useHistogram(): Histogram {
  return histogramOf(useIndex(), useFacetFiltered());
}

/** What is shown: the filtered graph, narrowed to the focus when there is one, or to the overview of a big graph. */
export function useVisible(): VisibleGraph {
  const index = useIndex();
  const filtered = useFiltered();
  const focus = useExplorer((s) => s.focus);
  const overview = useOverview();
  const chosen = useExplorer((s) => (s.selection ? `${s.selection.kind}:${s.selection.id}` : ""));
  if (focus && index.nodeById.has(focus.root)) return focusedOf(index, filtered, focus);
  return overview ? overviewOf(index, filtered, chosen) : filtered;
}

/** True while a big graph shows only its most connected entities: nothing filtered, focused or asked for in full. */
export function useOverview(): boolean {
  const index = useIndex();
  const untouched = useExplorer((s) => isUnfiltered(s.filters) && !s.time && s.minConfidence === null && !s.focus && !s.showAll);
  return untouched && index.graph.nodes.length > OVERVIEW_ABOVE;
}

/** The entities a selection ("node:<id>" or "edge:<id>") brings into the overview. */
function chosenEnds(index: GraphIndex, chosen: string): string[] {
  const [kind, ...rest] = chosen.split(":");
  const id = rest.join(":");
  if (kind === "node") return [id];
  const edge = index.edgeById.get(id);
  return edge ? [edge.source, edge.target] : [];
}

/** The shortest paths between the two chosen entities, within the filters; [] until both are chosen. */
export function usePaths(): GraphPath[] {
  const index = useIndex();
  const filtered = useFiltered();
  const path = useExplorer((s) => s.path);
  return pathsOf(index, filtered, path?.from ?? "", path?.to ?? "");
}

export function usePathHighlight() {
  return pathHighlightOf(usePaths());
}
const pathHighlightOf = memoLast(pathElements);

export function useRankings(): Ranking[] {
  const index = useIndex();
  return rankingsOf(index, useVisible());
}

/** Deferred: the canvas and the checkbox answer a click first; the counts follow in the next render. */
export function useFacetCounts(): FacetCounts {
  const index = useIndex();
  const filters = useDeferredValue(useExplorer((s) => s.filters));
  const keep = useDeferredValue(useExplorer((s) => s.keepNeighbours));
  return countsOf(index, filters, keep);
}
