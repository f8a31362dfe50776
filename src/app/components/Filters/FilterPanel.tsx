// The filter sidebar: one labelled group per facet, a count beside each option, clear-all, and
// the "keep neighbours of matches" toggle.
import { useExplorer } from "../../store/explorer";
import { useFacetCounts, useIndex, useVisible } from "../../derived";
import { FACETS, isUnfiltered } from "../../graph/filters";
import { FACET_TITLE } from "../../labels";
import { FacetGroup } from "./FacetGroup";

export function FilterPanel() {
  const index = useIndex();
  const counts = useFacetCounts();
  const visible = useVisible();
  const filters = useExplorer((s) => s.filters);
  const keep = useExplorer((s) => s.keepNeighbours);
  const setKeep = useExplorer((s) => s.setKeepNeighbours);
  const clear = useExplorer((s) => s.clearFilters);
  const active = !isUnfiltered(filters);
  return (
    <aside className="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" className="link" onClick={clear} disabled={!active}>
          Clear all
        </button>
      </div>
      <p className="filters-summary" aria-live="polite">
        Showing {visible.nodes.size} of {index.graph.nodes.length} entities, {visible.edges.size} of {index.graph.edges.length} relations
      </p>
      <label className="toggle">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
        <span>
          Keep neighbours of matches
          <small>Filtering by “immigration” still shows who supplies ICE.</small>
        </span>
      </label>
      {FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} title={FACET_TITLE[facet]} options={counts[facet]} chosen={filters[facet]} index={index} />
      ))}
    </aside>
  );
}
