// The selected entity: who it is, where it comes from, and its relations grouped by type with
// their evidence counts; a click on a relation opens its evidence.
import type { GraphNode } from "../../../model";
import { useIndex, useVisible } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { relationsOf } from "../../graph/relations";
import { countryName } from "../../graph/countries";
import { EDGE_COLOUR, NODE_LOOK } from "../../graph/palette";
import { relationLabel, sectorLabel, statusLabel, typeLabel } from "../../labels";
import { normalise } from "../../graph/normalise";
import { NodeReview } from "../Review/lazy";
import { SYMMETRIC_RELATIONS } from "../../../model";
import { locale } from "../../i18n";
import { useTranslation } from "react-i18next";
import { NodeActions } from "./NodeActions";

function money(node: GraphNode): string | null {
  const v = node.attributes.value;
  if (!v) return null;
  const fmt = new Intl.NumberFormat(locale(), { style: "currency", currency: v.currency, notation: "compact", maximumFractionDigits: 1 });
  return v.min === v.max ? fmt.format(v.min) : `${fmt.format(v.min)} – ${fmt.format(v.max)}`;
}

const SHOWN_ALIASES = 6;

/** Aliases other than the label, one per spelling that differs by more than case or accents. */
function distinctAliases(node: GraphNode): string[] {
  const seen = new Set([normalise(node.label)]);
  return node.aliases.filter((a) => {
    const key = normalise(a);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function NodePanel({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const index = useIndex();
  const visible = useVisible();
  const selectEdge = useExplorer((s) => s.selectEdge);
  const node = index.nodeById.get(nodeId);
  if (!node) return <p className="panel-missing">{t("node.missing", { id: nodeId })}</p>;
  const groups = relationsOf(index, node.id);
  const total = groups.reduce((n, g) => n + g.relations.length, 0);
  const articles = new Set(node.mentions.map((m) => m.articleId));
  const value = money(node);
  const aliases = distinctAliases(node);
  return (
    <section className="panel node-panel" aria-labelledby="node-heading">
      <p className="eyebrow">
        <span className="swatch dot" style={{ background: NODE_LOOK[node.type].colour }} aria-hidden="true" /> {typeLabel(node.type)}
        {!node.curated && <span className="badge discovered">{t("node.discovered")}</span>}
      </p>
      <h2 id="node-heading" tabIndex={-1}>
        {node.label}
      </h2>
      {!visible.nodes.has(node.id) && <p className="note">{t("node.hiddenByFilters")}</p>}
      <NodeActions nodeId={node.id} />
      <dl className="facts">
        <dt>{t("node.country")}</dt>
        <dd>{countryName(node.country)}</dd>
        {node.sectors.length > 0 && (
          <>
            <dt>{t("node.sectors")}</dt>
            <dd>{node.sectors.map(sectorLabel).join(", ")}</dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>{t("node.aliases")}</dt>
            <dd className="aliases">
              {aliases.slice(0, SHOWN_ALIASES).join(" · ")}
              {aliases.length > SHOWN_ALIASES && (
                <details>
                  <summary>{t("node.more", { count: aliases.length - SHOWN_ALIASES })}</summary>
                  {aliases.slice(SHOWN_ALIASES).join(" · ")}
                </details>
              )}
            </dd>
          </>
        )}
        {value && (
          <>
            <dt>{t("node.value")}</dt>
            <dd>{value}</dd>
          </>
        )}
        {node.attributes.date && (
          <>
            <dt>{t("node.date")}</dt>
            <dd>{node.attributes.date}</dd>
          </>
        )}
        {node.attributes.scope && (
          <>
            <dt>{t("node.scope")}</dt>
            <dd>{node.attributes.scope}</dd>
          </>
        )}
        <dt>{t("node.source")}</dt>
        <dd>
          {node.curated ? t("node.curated") : `${t("node.discoveredBy")}${node.attributes.cue ? t("node.cue", { cue: node.attributes.cue }) : ""}`}
          {t("node.mentionedIn", { count: articles.size })}
        </dd>
      </dl>
      <NodeReview key={node.id} node={node} />
      <h3>
        {t("node.relations")} <span className="muted">({total})</span>
      </h3>
      {total === 0 && <p className="muted">{t("node.noRelations")}</p>}
      {groups.map((g) => (
        <section key={g.type} className="relation-group" aria-label={relationLabel(g.type)}>
          <h4>
            <span className="swatch bar" style={{ background: EDGE_COLOUR[g.type] }} aria-hidden="true" /> {relationLabel(g.type)}
            <span className="muted">({g.relations.length})</span>
          </h4>
          <ul>
            {g.relations.map((r) => (
              <li key={r.edge.id}>
                <button type="button" className="relation" onClick={() => selectEdge(r.edge.id, { centre: true })}>
                  {SYMMETRIC_RELATIONS.has(r.edge.type) ? (
                    <span className="direction">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t("node.with")}</span>
                    </span>
                  ) : (
                    <span className="direction">
                      <span aria-hidden="true">{r.outgoing ? "→" : "←"}</span>
                      <span className="visually-hidden">{r.outgoing ? t("node.to") : t("node.from")}</span>
                    </span>
                  )}
                  <span className="relation-other">{r.other.label}</span>
                  <span className="relation-meta">
                    {r.edge.status !== "active" && <span className={`badge ${r.edge.status}`}>{statusLabel(r.edge.status, r.edge.type)}</span>}
                    {index.edgeModality.get(r.edge.id) === "alleged" && <span className="badge alleged">{t("passage.alleged")}</span>}
                    {r.passages} {t("words.passage", { count: r.passages })} · {r.articles} {t("words.article", { count: r.articles })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
