// The evidence of one relation: source —type→ target, status, modality, and every passage
// that states it, quoted inside its sentences, with its article and a way to read it there.
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { EDGE_COLOUR, relationLabel } from "../../graph/palette";
import { MODALITY_LABEL, STATUS_LABEL } from "../../labels";
import { RELATION_MEANINGS, SYMMETRIC_RELATIONS } from "../../../model";
import { Passage } from "./Passage";
import { EdgeReview } from "../Review/lazy";

export function EdgePanel({ edgeId }: { edgeId: string }) {
  const index = useIndex();
  const selectNode = useExplorer((s) => s.selectNode);
  const edge = index.edgeById.get(edgeId);
  if (!edge) return <p className="panel-missing">No relation “{edgeId}” in this graph.</p>;
  const source = index.nodeById.get(edge.source);
  const target = index.nodeById.get(edge.target);
  const modality = index.edgeModality.get(edge.id) ?? "asserted";
  const articles = index.edgeArticles.get(edge.id) ?? [];
  const arrow = SYMMETRIC_RELATIONS.has(edge.type) ? "—" : "→";
  return (
    <section className="panel edge-panel" aria-labelledby="edge-heading">
      <p className="eyebrow">Relation</p>
      <h2 id="edge-heading" className="edge-title">
        <button type="button" className="node-link" onClick={() => selectNode(edge.source, { centre: true })}>
          {source?.label ?? edge.source}
        </button>{" "}
        <span className="edge-type" style={{ borderColor: EDGE_COLOUR[edge.type], color: EDGE_COLOUR[edge.type] }}>
          —{relationLabel(edge.type)}
          {arrow}
        </span>{" "}
        <button type="button" className="node-link" onClick={() => selectNode(edge.target, { centre: true })}>
          {target?.label ?? edge.target}
        </button>
      </h2>
      <p className="muted meaning">{RELATION_MEANINGS[edge.type]}</p>
      <p className="badges">
        <span className={`badge ${edge.status}`}>{STATUS_LABEL[edge.status]}</span>
        <span className={`badge ${modality}`}>{MODALITY_LABEL[modality]}</span>
      </p>
      <EdgeReview key={edge.id} edge={edge} />
      <h3>
        Evidence{" "}
        <span className="muted">
          {edge.evidence.length} passage{edge.evidence.length === 1 ? "" : "s"} from {articles.length} distinct article{articles.length === 1 ? "" : "s"}
        </span>
      </h3>
      <ol className="passages">
        {edge.evidence.map((ev, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a relation's evidence list never reorders; the index keeps equal spans apart
          <li key={`${ev.articleId}:${ev.start}:${i}`}>
            <Passage evidence={ev} meta={index.articleById.get(ev.articleId)} edgeId={edge.id} />
          </li>
        ))}
      </ol>
    </section>
  );
}
