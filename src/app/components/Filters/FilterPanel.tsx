// The filter sidebar: one labelled group per facet, a count beside each option, clear-all, and
// the "keep neighbours of matches" toggle.
import { useExplorer } from "../../store/explorer";
import { useFacetCounts, useIndex, useVisible } from "../../derived";
import { FACETS, isUnfiltered } from "../../graph/filters";
import { drawnCount } from "../../graph/filterGraph";
import { facetTitle } from "../../labels";
import { useTranslation } from "react-i18next";
import { FacetGroup } from "./FacetGroup";
import { TimeFilter } from "./TimeFilter";
import { ConfidenceFilter } from "./ConfidenceFilter";

export function FilterPanel() {
  const { t } = useTranslation();
  const index = useIndex();
  const counts = useFacetCounts();
  const visible = useVisible();
  const filters = useExplorer((s) => s.filters);
  const keep = useExplorer((s) => s.keepNeighbours);
  const setKeep = useExplorer((s) => s.setKeepNeighbours);
  const clear = useExplorer((s) => s.clearFilters);
  const time = useExplorer((s) => s.time);
  const minConfidence = useExplorer((s) => s.minConfidence);
  const active = !isUnfiltered(filters) || time !== null || minConfidence !== null;
  // Counted as drawn: entities named in the sources without any relation are not on the canvas.
  const drawn = drawnCount(index, visible.nodes);
  const drawable = drawnCount(
    index,
    index.graph.nodes.map((n) => n.id),
  );
  const unrelated = index.graph.nodes.length - drawable;
  return (
    <aside className="filters" id="filters" aria-labelledby="filters-heading">
      <div className="filters-head">
        <h2 id="filters-heading">{t("filters.heading")}</h2>
        <button type="button" className="link" onClick={clear} disabled={!active}>
          {t("filters.clearAll")}
        </button>
      </div>
      <p className="filters-summary" aria-live="polite">
        {t("filters.summary", {
          entities: t("filters.entities", { shown: drawn, count: drawable }),
          relations: t("filters.relations", { shown: visible.edges.size, count: index.graph.edges.length }),
        })}
      </p>
      {unrelated > 0 && <p className="filters-note">{t("filters.unrelated", { count: unrelated })}</p>}
      <label className="toggle">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
        <span>
          {t("filters.keep")}
          <small>{t("filters.keepHint")}</small>
        </span>
      </label>
      <TimeFilter />
      <ConfidenceFilter />
      {FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} title={facetTitle(facet)} options={counts[facet]} chosen={filters[facet]} index={index} />
      ))}
    </aside>
  );
}
