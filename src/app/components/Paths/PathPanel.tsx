// "How is A connected to B?": two pickers, then the shortest chains between them within the
// filters, each relation with the passage that states it, and the whole as text to paste.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useIndex, usePaths } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { pathSteps, pathsAsText, citation } from "../../graph/pathText";
import { EDGE_COLOUR } from "../../graph/palette";
import { relationLabel } from "../../labels";
import { formatDate } from "../../i18n";
import { SYMMETRIC_RELATIONS } from "../../../model";
import { EntityPicker } from "./EntityPicker";

const MAX_HOPS = 6;

export function PathPanel() {
  const { t } = useTranslation();
  const index = useIndex();
  const path = useExplorer((s) => s.path);
  const { setPath, selectEdge, selectNode, openArticle } = useExplorer.getState();
  const paths = usePaths();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  if (!path) return null;
  const from = index.nodeById.get(path.from);
  const to = index.nodeById.get(path.to);
  const text = () =>
    pathsAsText(index, paths, { relation: relationLabel, heading: (n) => t("paths.path", { n }), undated: t("paths.undated"), date: formatDate });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  const hops = paths[0]?.edges.length ?? 0;
  return (
    <section className="panel path-panel" aria-labelledby="path-heading">
      <h2 id="path-heading">{t("paths.heading")}</h2>
      <div className="pickers">
        <EntityPicker label={t("paths.from")} value={path.from} onChange={(id) => setPath({ ...path, from: id })} />
        <EntityPicker label={t("paths.to")} value={path.to} onChange={(id) => setPath({ ...path, to: id })} />
      </div>
      <p className="muted small-note">{t("paths.filtersNote")}</p>
      {from && to && paths.length === 0 && (
        <p role="status" className="note">
          {t("paths.none", { max: MAX_HOPS, from: from.label, to: to.label })}
        </p>
      )}
      {paths.length > 0 && (
        <>
          <p role="status" className="path-summary">
            {t("paths.found", { count: paths.length, length: `${hops} ${t("words.relation", { count: hops })}` })}
          </p>
          <div className="path-actions">
            <button type="button" className="primary" onClick={() => void copy()}>
              {t("paths.copy")}
            </button>
            {copied && <span role="status">{copied === "yes" ? t("paths.copied") : t("paths.copyFailed")}</span>}
          </div>
          {copied === "no" && <textarea className="path-text" readOnly value={text()} aria-label={t("paths.copy")} rows={8} />}
          <ol className="paths">
            {paths.map((p, i) => (
              <li key={p.edges.join(">")} className="path">
                <h3>{t("paths.path", { n: i + 1 })}</h3>
                <ol className="chain">
                  {pathSteps(index, p).map((step) => (
                    <li key={step.edge.id} className="step">
                      <p className="step-statement">
                        <button type="button" className="node-link" onClick={() => selectNode(step.source.id, { centre: true })}>
                          {step.source.label}
                        </button>{" "}
                        <button
                          type="button"
                          className="edge-type link-like"
                          style={{ borderColor: EDGE_COLOUR[step.edge.type] }}
                          onClick={() => selectEdge(step.edge.id, { centre: true })}
                        >
                          —{relationLabel(step.edge.type)}
                          {SYMMETRIC_RELATIONS.has(step.edge.type) ? "—" : "→"}
                        </button>{" "}
                        <button type="button" className="node-link" onClick={() => selectNode(step.target.id, { centre: true })}>
                          {step.target.label}
                        </button>
                      </p>
                      <blockquote lang={step.article?.language}>“{step.evidence.quote}”</blockquote>
                      <p className="step-cite">
                        <button type="button" className="link" onClick={() => openArticle(step.evidence.articleId, step.evidence)}>
                          {citation(step.article, step.evidence.articleId, t("paths.undated"), formatDate)}
                        </button>
                      </p>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
      <button type="button" className="link" onClick={() => setPath(null)}>
        {t("paths.close")}
      </button>
    </section>
  );
}
