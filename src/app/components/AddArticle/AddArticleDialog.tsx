// The "Add articles" panel: a text box to paste into, a drop zone for files, the job's progress
// and refusals, and the list of articles added in this browser.
import { useEffect, useRef, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../i18n";
import { AddedList } from "./AddedList";
import { readFiles, useAddJob, type JobState } from "./useAddJob";
import "./addArticle.css";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export default function AddArticleDialog({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { state, run, prepare } = useAddJob();
  const [text, setText] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textarea.current?.focus(), []);
  // The knowledge takes seconds to compile: start while the user pastes or picks files.
  useEffect(() => prepare(), [prepare]);

  const addFiles = async (files: readonly File[]) => {
    const { inputs, refused } = await readFiles(files);
    await run(inputs, refused);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!state.running) void addFiles([...e.dataTransfer.files]);
  };

  return (
    <section id={`${titleId}-dialog`} className="add-dialog" role="dialog" aria-labelledby={titleId} onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <header>
        <h2 id={titleId}>{t("add.title")}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("add.close")}>
          ×
        </button>
      </header>
      <p className="muted">{t("add.intro")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void run([{ name: "", bytes: new TextEncoder().encode(text) }]).then(() => setText(""));
        }}
      >
        <label htmlFor={`${titleId}-text`}>{t("add.pasteLabel")}</label>
        <textarea id={`${titleId}-text`} ref={textarea} rows={6} value={text} onChange={(e) => setText(e.target.value)} disabled={state.running} />
        <button type="submit" disabled={state.running || !text.trim()}>
          {t("add.extractPasted")}
        </button>
      </form>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the same files can be chosen with the file input inside it. */}
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{t("add.drop")}</span>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={state.running}>
          {t("add.choose")}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label={t("add.files")}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void addFiles(files);
          }}
        />
      </div>
      <JobStatus state={state} />
      <h3>{t("add.addedHere")}</h3>
      <AddedList highlight={state.added} />
    </section>
  );
}

function JobStatus({ state }: { state: JobState }) {
  const { t } = useTranslation();
  const p = state.progress;
  const what = !p
    ? t("add.starting")
    : p.phase === "knowledge"
      ? t("add.knowledge")
      : t("add.extracting", { file: p.file, index: formatNumber(p.index + 1), count: formatNumber(p.count) });
  return (
    <div className="add-status">
      <div role="status" aria-live="polite">
        {state.running ? what : state.added.length ? t("add.added", { count: state.added.length }) : ""}
        {state.notStored && t("add.notStored")}
      </div>
      {/* By bytes across files; one file has no steps to show, so its bar is indeterminate. */}
      {state.running && (
        <progress aria-label={t("add.progress")} max={p?.bytesTotal || 1} value={p && p.phase === "extracting" && p.count > 1 ? p.bytesDone : undefined} />
      )}
      {state.refused.length > 0 && (
        <ul className="add-refused" role="alert">
          {state.refused.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is only appended to, and the same file may be refused twice.
            <li key={i}>
              <strong>{r.source}</strong>: {r.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
