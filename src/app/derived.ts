// Hooks for values derived from the graph and the store: the filtered graph and the facet counts.
// They are memoised on identity, so every component asking gets the same object for the same inputs.
import { useDeferredValue } from "react";
import { useExplorer } from "./store/explorer";
import { useGraph } from "./api/data";
import type { GraphIndex } from "./graph/graphIndex";
import { filterGraph, type VisibleGraph } from "./graph/filterGraph";
import { facetCounts, type FacetCounts } from "./graph/facets";
import { memoLast } from "./graph/memo";

const visibleOf = memoLast(measured("entangle:filter", filterGraph));
const countsOf = memoLast(measured("entangle:facet-counts", facetCounts));

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

export function useVisible(): VisibleGraph {
  const index = useIndex();
  const filters = useExplorer((s) => s.filters);
  const keep = useExplorer((s) => s.keepNeighbours);
  return visibleOf(index, filters, keep);
}

/** Deferred: the canvas and the checkbox answer a click first; the counts follow in the next render. */
export function useFacetCounts(): FacetCounts {
  const index = useIndex();
  const filters = useDeferredValue(useExplorer((s) => s.filters));
  const keep = useDeferredValue(useExplorer((s) => s.keepNeighbours));
  return countsOf(index, filters, keep);
}
