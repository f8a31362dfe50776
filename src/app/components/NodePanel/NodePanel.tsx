// The selected entity: who it is, where it comes from, and its relations grouped by type with
// their evidence counts; a click on a relation opens its evidence.
import type { GraphNode } from "../../../model";
import { useIndex, useVisible } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { relationsOf } from "../../graph/relations";
import { countryName } from "../../graph/countries";
import { EDGE_COLOUR, NODE_LOOK, relationLabel } from "../../graph/palette";
import { sectorLabel, TYPE_LABEL } from "../../labels";
import { normalise } from "../../graph/normalise";
import { NodeReview } from "../Review/lazy";

function money(node: GraphNode): string | null {
  const v = node.attributes.value;
  if (!v) return null;
  const fmt = new Intl.NumberFormat("en", { style: "currency", currency: v.currency, notation: "compact", maximumFractionDigits: 1 });
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
  const index = useIndex();
  const visible = useVisible();
  const selectEdge = useExplorer((s) => s.selectEdge);
  const node = index.nodeById.get(nodeId);
  if (!node) return <p className="panel-missing">No entity “{nodeId}” in this graph.</p>;
  const groups = relationsOf(index, node.id);
  const total = groups.reduce((n, g) => n + g.relations.length, 0);
  const articles = new Set(node.mentions.map((m) => m.articleId));
  const value = money(node);
  const aliases = distinctAliases(node);
  return (
    <section className="panel node-panel" aria-labelledby="node-heading">
      <p className="eyebrow">
        <span className="swatch dot" style={{ background: NODE_LOOK[node.type].colour }} aria-hidden="true" /> {TYPE_LABEL[node.type]}
        {!node.curated && <span className="badge discovered">discovered</span>}
      </p>
      <h2 id="node-heading">{node.label}</h2>
      {!visible.nodes.has(node.id) && <p className="note">Hidden by the current filters.</p>}
      <dl className="facts">
        <dt>Country</dt>
        <dd>{countryName(node.country)}</dd>
        {node.sectors.length > 0 && (
          <>
            <dt>Sectors</dt>
            <dd>{node.sectors.map(sectorLabel).join(", ")}</dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd className="aliases">
              {aliases.slice(0, SHOWN_ALIASES).join(" · ")}
              {aliases.length > SHOWN_ALIASES && (
                <details>
                  <summary>{aliases.length - SHOWN_ALIASES} more</summary>
                  {aliases.slice(SHOWN_ALIASES).join(" · ")}
                </details>
              )}
            </dd>
          </>
        )}
        {value && (
          <>
            <dt>Value</dt>
            <dd>{value}</dd>
          </>
        )}
        {node.attributes.date && (
          <>
            <dt>Date</dt>
            <dd>{node.attributes.date}</dd>
          </>
        )}
        {node.attributes.scope && (
          <>
            <dt>Scope</dt>
            <dd>{node.attributes.scope}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          {node.curated ? "Curated registry" : `Discovered by the extractor${node.attributes.cue ? ` (cue: “${node.attributes.cue}”)` : ""}`}
          {` · mentioned in ${articles.size} article${articles.size === 1 ? "" : "s"}`}
        </dd>
      </dl>
      <NodeReview key={node.id} node={node} />
      <h3>
        Relations <span className="muted">({total})</span>
      </h3>
      {total === 0 && <p className="muted">No relation found in the sources.</p>}
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
                  <span className="direction">
                    <span aria-hidden="true">{r.outgoing ? "→" : "←"}</span>
                    <span className="visually-hidden">{r.outgoing ? "to" : "from"}</span>
                  </span>
                  <span className="relation-other">{r.other.label}</span>
                  <span className="relation-meta">
                    {r.edge.status !== "active" && <span className={`badge ${r.edge.status}`}>{r.edge.status}</span>}
                    {index.edgeModality.get(r.edge.id) === "alleged" && <span className="badge alleged">alleged</span>}
                    {r.passages} passage{r.passages === 1 ? "" : "s"} · {r.articles} article{r.articles === 1 ? "" : "s"}
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
