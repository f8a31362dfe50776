// Review of an entity: rename it, set its type, country and sectors, merge it into another
// entity, or say it is not an entity at all.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ENTITY_TYPES, SECTORS, type EntityType, type GraphNode, type Sector } from "../../../model";
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { useDecide } from "../../review/api";
import { sectorLabel, typeLabel } from "../../labels";
import { ChoiceSelect } from "./ChoiceSelect";

type Mode = null | "edit" | "merge";

export function NodeReview({ node }: { node: GraphNode }) {
  const { t } = useTranslation();
  const { decide, isPending } = useDecide();
  const [mode, setMode] = useState<Mode>(null);
  const toggle = (m: Mode) => setMode(mode === m ? null : m);
  const onNotEntity = async () => {
    await decide({ not_entity: { id: node.id } });
    useExplorer.getState().clearSelection();
  };
  return (
    <div className="review node-review" role="group" aria-label={t("review.reviewEntity")}>
      {node.reviewed && <span className="badge reviewed">{t("review.badgeReviewed")}</span>}
      <button type="button" aria-expanded={mode === "edit"} onClick={() => toggle("edit")}>
        {t("review.edit")}
      </button>
      <button type="button" aria-expanded={mode === "merge"} onClick={() => toggle("merge")}>
        {t("review.mergeInto")}
      </button>
      <button type="button" disabled={isPending} onClick={() => void onNotEntity()}>
        {t("review.notEntity")}
      </button>
      {mode === "edit" && <EditForm node={node} onDone={() => setMode(null)} />}
      {mode === "merge" && <MergeForm node={node} onDone={() => setMode(null)} />}
      {isPending && <span className="muted">{t("review.saving")}</span>}
    </div>
  );
}

function EditForm({ node, onDone }: { node: GraphNode; onDone: () => void }) {
  const { t } = useTranslation();
  const { decide, isPending } = useDecide();
  const [label, setLabel] = useState(node.label);
  const [type, setType] = useState<EntityType>(node.type);
  const [country, setCountry] = useState(node.country ?? "");
  const [sectors, setSectors] = useState<Sector[]>(node.sectors);
  const code = country.trim().toUpperCase();
  const valid = label.trim() !== "" && (code === "" || /^[A-Z]{2}$/.test(code));
  const onSave = async () => {
    const changed = {
      ...(label.trim() !== node.label ? { label: label.trim() } : {}),
      ...(type !== node.type ? { type } : {}),
      ...((code || null) !== node.country ? { country: code || null } : {}),
      ...(sectors.join() !== node.sectors.join() ? { sectors } : {}),
    };
    if (Object.keys(changed).length) await decide({ entity: { id: node.id, ...changed } });
    onDone();
  };
  return (
    <div className="review-form">
      <label>
        {t("review.name")} <input value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <ChoiceSelect label={t("review.type")} values={ENTITY_TYPES} value={type} onChange={setType} labelOf={typeLabel} />
      <label>
        {t("review.country")} <input value={country} maxLength={2} size={3} onChange={(e) => setCountry(e.target.value)} />
      </label>
      <label>
        {t("review.sectors")}{" "}
        <select multiple value={sectors} onChange={(e) => setSectors([...e.target.selectedOptions].map((o) => o.value as Sector))}>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {sectorLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={isPending || !valid} onClick={() => void onSave()}>
        {t("review.save")}
      </button>
    </div>
  );
}

function MergeForm({ node, onDone }: { node: GraphNode; onDone: () => void }) {
  const { t } = useTranslation();
  const index = useIndex();
  const { decide, isPending } = useDecide();
  const [into, setInto] = useState("");
  const others = index.graph.nodes.filter((n) => n.id !== node.id).sort((a, b) => a.label.localeCompare(b.label));
  const onMerge = async () => {
    await decide({ merge: { from: node.id, into } });
    onDone();
    useExplorer.getState().selectNode(into);
  };
  return (
    <div className="review-form">
      <label>
        {t("review.mergeLabel", { label: node.label })}{" "}
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">{t("review.chooseEntity")}</option>
          {others.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={isPending || !into} onClick={() => void onMerge()}>
        {t("review.merge")}
      </button>
    </div>
  );
}
