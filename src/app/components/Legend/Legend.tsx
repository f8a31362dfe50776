// Explains every encoding of the canvas: shape and colour by entity type, size, borders, edge
// colour by relation type, line style by modality and status. Lists only what the graph contains.
import { memo } from "react";
import { RELATION_MEANINGS, ENTITY_TYPE_MEANINGS } from "../../../model";
import { useIndex } from "../../derived";
import { facetValues } from "../../graph/facets";
import { EDGE_COLOUR, NODE_LOOK, relationLabel } from "../../graph/palette";
import { TYPE_LABEL } from "../../labels";
import type { EntityType, RelationType } from "../../../model";
import { LineIcon, ShapeIcon } from "./ShapeIcon";

/** Memoised: it depends on the graph only, and its parent re-renders on every filter click. */
export const Legend = memo(function Legend() {
  const index = useIndex();
  const values = facetValues(index);
  return (
    <details className="legend" open>
      <summary>Legend</summary>
      <div className="legend-body">
        <section aria-label="Entities">
          <h3>Entities</h3>
          <ul>
            {(values.types as EntityType[]).map((t) => (
              <li key={t} title={ENTITY_TYPE_MEANINGS[t]}>
                <ShapeIcon shape={NODE_LOOK[t].shape} colour={NODE_LOOK[t].colour} /> {TYPE_LABEL[t]}
              </li>
            ))}
            <li>
              <ShapeIcon shape="ellipse" colour="#94a3b8" dashed /> Discovered, not yet curated
            </li>
            {index.added && index.added.nodes.size + index.added.edges.size > 0 && (
              <li>
                <span className="legend-added" aria-hidden="true" /> Added here, in this browser
              </li>
            )}
            <li className="legend-note">larger = more relations</li>
          </ul>
        </section>
        <section aria-label="Relations">
          <h3>Relations</h3>
          <ul>
            {(values.relations as RelationType[]).map((t) => (
              <li key={t} title={RELATION_MEANINGS[t]}>
                <LineIcon colour={EDGE_COLOUR[t]} style={t === "partnership" || t === "other" ? "symmetric" : "solid"} /> {relationLabel(t)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Line styles">
          <h3>Lines</h3>
          <ul>
            <li>
              <LineIcon colour="#475569" /> Asserted, source → target
            </li>
            <li>
              <LineIcon colour="#475569" style="dashed" /> Alleged (hedged in every source)
            </li>
            <li>
              <LineIcon colour="#475569" style="ended" /> Ended
            </li>
            <li>
              <LineIcon colour="#475569" style="planned" /> Planned
            </li>
            <li className="legend-note">thicker = more passages · faded = neighbour kept by a filter</li>
          </ul>
        </section>
      </div>
    </details>
  );
});
