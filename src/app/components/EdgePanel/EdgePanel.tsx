// The evidence of one relation: source —type→ target, status, modality, and every passage
// that states it, quoted inside its sentences, with its article and a way to read it there.
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { EDGE_COLOUR } from "../../graph/palette";
import { modalityLabel, relationLabel, relationMeaning, statusLabel } from "../../labels";
import { SYMMETRIC_RELATIONS } from "../../../model";
import { corroboration } from "../../graph/corroboration";
import { useTranslation } from "react-i18next";
import { Passage } from "./Passage";
import { EdgeReview } from "../Review/lazy";

export function EdgePanel({ edgeId }: { edgeId: string }) {
  const { t } = useTranslation();
  const index = useIndex();
  const selectNode = useExplorer((s) => s.selectNode);
  const edge = index.edgeById.get(edgeId);
  if (!edge) return <p className="panel-missing">{t("edge.missing", { id: edgeId })}</p>;
  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  const modality = index.edgeModality.get(edge.id) ?? "asserted";
  const sources = corroboration(edge, index.articleById);
  const arrow = SYMMETRIC_RELATIONS.has(edge.type) ? "—" : "→";
  const ends = { source: { id: edge.source, label: source?.label ?? edge.source }, target: { id: edge.target, label: target?.label ?? edge.target } };
  return (
    <section className="panel edge-panel" aria-labelledby="edge-heading">
      <p className="eyebrow">{t("edge.eyebrow")}</p>
      <h2 id="edge-heading" className="edge-title" tabIndex={-1}>
        <button type="button" className="node-link" onClick={() => selectNode(edge.source, { centre: true })}>
          {source?.label ?? edge.source}
        </button>{" "}
        <span className="edge-type" style={{ borderColor: EDGE_COLOUR[edge.type] }}>
          —{relationLabel(edge.type)}
          {arrow}
        </span>{" "}
        <button type="button" className="node-link" onClick={() => selectNode(edge.target, { centre: true })}>
          {target?.label ?? edge.target}
        </button>
      </h2>
      <p className="muted meaning">{relationMeaning(edge.type)}</p>
      <p className="badges">
        <span className={`badge ${edge.status}`}>{statusLabel(edge.status, edge.type)}</span>
        <span className={`badge ${modality}`}>{modalityLabel(modality)}</span>
      </p>
      <EdgeReview key={edge.id} edge={edge} />
      <h3>
        {t("edge.evidence")}{" "}
        <span className="muted">
          {sources.passages} {t("words.passage", { count: sources.passages })} {t("edge.sources", { count: sources.independent })}
          {sources.withTranslation > 0 && (sources.independent === 1 ? t("edge.andTranslation") : t("edge.translated", { count: sources.withTranslation }))}
        </span>
      </h3>
      <ol className="passages">
        {edge.evidence.map((ev, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a relation's evidence list never reorders; the index keeps equal spans apart
          <li key={`${ev.articleId}:${ev.start}:${i}`}>
            <Passage evidence={ev} meta={index.articleById.get(ev.articleId)} edgeId={edge.id} ends={ends} />
          </li>
        ))}
      </ol>
    </section>
  );
}
