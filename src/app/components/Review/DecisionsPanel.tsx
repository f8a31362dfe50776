// Every decision made so far, in the order it applies, with the ones that no longer anchor marked;
// undo any of them; download them as data/curation.yaml or load such a file back.
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../i18n";
import { describeDecision } from "../../../model";
import { useCuration, useSaveDecisions } from "../../review/api";
import { without } from "../../review/decisions";

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function DecisionsPanel() {
  const { t } = useTranslation();
  const curation = useCuration();
  const save = useSaveDecisions();
  const file = useRef<HTMLInputElement>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const decisions = curation.data?.decisions ?? [];
  const stale = new Map((curation.data?.curation?.stale ?? []).map((s) => [s.index, s.reason]));
  const onDownload = async () => download("curation.yaml", (await import("../../../extract/curation")).writeCuration(decisions));
  const onLoad = async (f: File) => {
    try {
      const { readCuration } = await import("../../../extract/curation");
      setLoadError(null);
      save.mutate(readCuration(await f.text(), f.name));
    } catch (e) {
      setLoadError((e as Error).message);
    }
  };
  return (
    <section className="decisions" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">
        {t("review.decisions")} <span className="muted">({formatNumber(decisions.length)})</span>
      </h3>
      <p className="muted">{curation.data?.mode === "server" ? t("review.decisionsServer") : t("review.decisionsBrowser")}</p>
      <p className="decision-actions">
        <button type="button" onClick={() => void onDownload()} disabled={!decisions.length}>
          {t("review.downloadCuration")}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t("review.loadCuration")}
        </button>
        <input
          ref={file}
          type="file"
          accept=".yaml,.yml"
          hidden
          aria-label={t("review.loadCurationLabel")}
          onChange={(e) => e.target.files?.[0] && void onLoad(e.target.files[0])}
        />
      </p>
      {loadError && (
        <p role="alert" className="error-inline">
          {loadError}
        </p>
      )}
      <ol className="decision-list">
        {decisions.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a decision's place in the file is its identity (stale decisions are reported by number).
          <li key={i} className={stale.has(i + 1) ? "stale" : undefined}>
            <code>{describeDecision(d)}</code>
            {stale.has(i + 1) && <span className="badge stale">{t("review.stale", { reason: stale.get(i + 1) })}</span>}{" "}
            <button type="button" className="link" disabled={save.isPending} onClick={() => save.mutate(without(decisions, [d]))}>
              {t("review.undo")}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
