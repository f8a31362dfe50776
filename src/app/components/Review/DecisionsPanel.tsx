// Every decision made so far, in the order it applies, with the ones that no longer anchor marked;
// undo any of them; download them as data/curation.yaml or load such a file back.
import { useRef, useState } from "react";
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
        Decisions <span className="muted">({decisions.length})</span>
      </h3>
      <p className="muted">
        {curation.data?.mode === "server"
          ? "Saved to data/curation.yaml by the local server; the graph is rebuilt after each one."
          : "Kept in this browser. Download them as curation.yaml and put the file in data/ to apply them to every build."}
      </p>
      <p className="decision-actions">
        <button type="button" onClick={() => void onDownload()} disabled={!decisions.length}>
          Download curation.yaml
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          Load a curation.yaml…
        </button>
        <input ref={file} type="file" accept=".yaml,.yml" hidden aria-label="Load a curation.yaml" onChange={(e) => e.target.files?.[0] && void onLoad(e.target.files[0])} />
      </p>
      {loadError && <p role="alert" className="error-inline">{loadError}</p>}
      <ol className="decision-list">
        {decisions.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a decision's place in the file is its identity (stale decisions are reported by number).
          <li key={i} className={stale.has(i + 1) ? "stale" : undefined}>
            <code>{describeDecision(d)}</code>
            {stale.has(i + 1) && <span className="badge stale">no longer applies: {stale.get(i + 1)}</span>}{" "}
            <button type="button" className="link" disabled={save.isPending} onClick={() => save.mutate(without(decisions, [d]))}>
              Undo
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
