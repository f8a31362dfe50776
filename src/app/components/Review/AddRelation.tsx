// "Add a relation" from a text selection in the reader: source and target among the entities
// named inside the selection (or any entity), type, modality and status; the selection is the quote.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MODALITIES, RELATION_TYPES, STATUSES, type Modality, type RelationType, type Status } from "../../../model";
import { useIndex } from "../../derived";
import { useDecide } from "../../review/api";
import type { Range as Span } from "../../graph/passages";
import { modalityLabel, relationLabel, statusLabel } from "../../labels";
import { ChoiceSelect } from "./ChoiceSelect";

type Props = { articleId: string; text: string; span: Span; mentioned: string[]; onDone: () => void };

type EntitySelectProps = { name: string; label: string; value: string; onChange: (v: string) => void; mentioned: string[] };

function EntitySelect({ name, label, value, onChange, mentioned }: EntitySelectProps) {
  const { t } = useTranslation();
  const index = useIndex();
  const all = [...index.graph.nodes].sort((a, b) => a.label.localeCompare(b.label));
  return (
    <label>
      {label}{" "}
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("review.choose")}</option>
        {mentioned.length > 0 && (
          <optgroup label={t("review.namedInSelection")}>
            {mentioned.map((id) => (
              <option key={id} value={id}>
                {index.nodeById.get(id)?.label ?? id}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t("review.allEntities")}>
          {all.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}

export function AddRelation({ articleId, text, span, mentioned, onDone }: Props) {
  const { t } = useTranslation();
  const { decide, isPending } = useDecide();
  const [source, setSource] = useState(mentioned[0] ?? "");
  const [target, setTarget] = useState(mentioned[1] ?? "");
  const [type, setType] = useState<RelationType>("supplies");
  const [modality, setModality] = useState<Modality>("asserted");
  const [status, setStatus] = useState<Status>("active");
  const quote = text.slice(span.start, span.end);
  const onAdd = async () => {
    await decide({ add: { source, type, target, article: articleId, quote, modality, status } });
    onDone();
  };
  return (
    <form className="review-form add-relation" aria-label={t("review.addRelation")} onSubmit={(e) => (e.preventDefault(), void onAdd())}>
      <p className="muted">
        {t("review.quote")} <q>{quote.length > 200 ? `${quote.slice(0, 197)}…` : quote}</q>
      </p>
      <EntitySelect name="source" label={t("review.source")} value={source} onChange={setSource} mentioned={mentioned} />
      <ChoiceSelect label={t("review.relation")} name="type" values={RELATION_TYPES} value={type} onChange={setType} labelOf={relationLabel} />
      <EntitySelect name="target" label={t("review.target")} value={target} onChange={setTarget} mentioned={mentioned} />
      <ChoiceSelect label={t("review.modality")} name="modality" values={MODALITIES} value={modality} onChange={setModality} labelOf={modalityLabel} />
      <ChoiceSelect label={t("review.status")} name="status" values={STATUSES} value={status} onChange={setStatus} labelOf={(s) => statusLabel(s)} />
      <button type="submit" disabled={isPending || !source || !target || source === target}>
        {t("review.addRelationButton")}
      </button>
      <button type="button" className="link" onClick={onDone}>
        {t("review.cancel")}
      </button>
    </form>
  );
}
