// Explains every encoding of the canvas: shape and colour by entity type, size, borders, edge
// colour by relation type, line style by modality and status. Lists only what the graph contains.
import { memo } from "react";
import { useIndex } from "../../derived";
import { facetValues } from "../../graph/facets";
import { EDGE_COLOUR, NODE_LOOK } from "../../graph/palette";
import { relationLabel, relationMeaning, typeLabel, typeMeaning } from "../../labels";
import { SYMMETRIC_RELATIONS } from "../../../model";
import { useTranslation } from "react-i18next";
import type { EntityType, RelationType } from "../../../model";
import { LineIcon, ShapeIcon } from "./ShapeIcon";

/** Memoised: it depends on the graph only, and its parent re-renders on every filter click. */
export const Legend = memo(function Legend({ onToggle }: { onToggle?: () => void }) {
  const { t } = useTranslation();
  const index = useIndex();
  const values = facetValues(index);
  return (
    <details className="legend" open onToggle={onToggle}>
      <summary>{t("legend.title")}</summary>
      <div className="legend-body">
        <section aria-label={t("legend.entities")}>
          <h3>{t("legend.entities")}</h3>
          <ul>
            {(values.types as EntityType[]).map((type) => (
              <li key={type} title={typeMeaning(type)}>
                <ShapeIcon shape={NODE_LOOK[type].shape} colour={NODE_LOOK[type].colour} /> {typeLabel(type)}
              </li>
            ))}
            <li>
              <ShapeIcon shape="ellipse" colour="#94a3b8" dashed /> {t("legend.discovered")}
            </li>
            {index.added && index.added.nodes.size + index.added.edges.size > 0 && (
              <li>
                <span className="legend-added" aria-hidden="true" /> {t("legend.added")}
              </li>
            )}
            <li className="legend-note">{t("legend.size")}</li>
          </ul>
        </section>
        <section aria-label={t("legend.relations")}>
          <h3>{t("legend.relations")}</h3>
          <ul>
            {(values.relations as RelationType[]).map((type) => (
              <li key={type} title={relationMeaning(type)}>
                <LineIcon colour={EDGE_COLOUR[type]} style={SYMMETRIC_RELATIONS.has(type) ? "symmetric" : "solid"} /> {relationLabel(type)}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t("legend.lines")}>
          <h3>{t("legend.lines")}</h3>
          <ul>
            <li>
              <LineIcon colour="#475569" /> {t("legend.asserted")}
            </li>
            <li>
              <LineIcon colour="#475569" style="dashed" /> {t("legend.alleged")}
            </li>
            <li>
              <LineIcon colour="#475569" style="ended" /> {t("legend.ended")}
            </li>
            <li>
              <LineIcon colour="#475569" style="planned" /> {t("legend.planned")}
            </li>
            <li className="legend-note">{t("legend.note")}</li>
          </ul>
        </section>
      </div>
    </details>
  );
});
