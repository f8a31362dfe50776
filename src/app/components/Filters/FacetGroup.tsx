// One facet as a labelled group of checkboxes with counts; long lists fold behind "show more".
import { useId, useState } from "react";
import { useExplorer } from "../../store/explorer";
import type { FacetOption } from "../../graph/facets";
import type { FacetKey } from "../../graph/filters";
import type { GraphIndex } from "../../graph/graphIndex";
import { valueLabel } from "../../labels";
import { useTranslation } from "react-i18next";
import { EDGE_COLOUR, NODE_LOOK } from "../../graph/palette";
import type { EntityType, RelationType } from "../../../model";

const FOLD_AFTER = 6;

type Props = { facet: FacetKey; title: string; options: FacetOption[]; chosen: string[]; index: GraphIndex };

function Swatch({ facet, value }: { facet: FacetKey; value: string }) {
  const colour = facet === "types" ? NODE_LOOK[value as EntityType]?.colour : facet === "relations" ? EDGE_COLOUR[value as RelationType] : undefined;
  return colour ? <span className={`swatch ${facet === "types" ? "dot" : "bar"}`} style={{ background: colour }} aria-hidden="true" /> : null;
}

export function FacetGroup({ facet, title, options, chosen, index }: Props) {
  const { t } = useTranslation();
  const toggle = useExplorer((s) => s.toggleFilter);
  const [expanded, setExpanded] = useState(false);
  const headingId = useId();
  if (options.length === 0) return null;
  const shown = expanded || options.length <= FOLD_AFTER ? options : options.filter((o, i) => i < FOLD_AFTER || chosen.includes(o.value));
  return (
    <fieldset className="facet" aria-labelledby={headingId}>
      <legend id={headingId}>
        {title}
        {chosen.length > 0 && <span className="facet-active"> · {t("filters.chosen", { count: chosen.length })}</span>}
      </legend>
      <ul>
        {shown.map((o) => {
          const label = valueLabel(facet, o.value, index);
          const checked = chosen.includes(o.value);
          return (
            <li key={o.value}>
              <label className={o.count === 0 && !checked ? "facet-option zero" : "facet-option"} title={label}>
                <input type="checkbox" checked={checked} onChange={() => toggle(facet, o.value)} />
                <Swatch facet={facet} value={o.value} />
                <span className="facet-label">{label}</span>
                <span className="count">
                  <span aria-hidden="true">{o.count}</span>
                  <span className="visually-hidden">
                    {t(facet === "sectors" || facet === "countries" || facet === "types" ? "filters.countEntities" : "filters.countRelations", {
                      count: o.count,
                    })}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {options.length > FOLD_AFTER && (
        <button type="button" className="link small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t("filters.showFewer") : t("filters.showAll", { count: options.length })}
        </button>
      )}
    </fieldset>
  );
}
