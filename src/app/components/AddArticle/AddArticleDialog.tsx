// The "Add articles" panel: a text box to paste into, a drop zone for files, the job's progress
// and refusals, and the list of articles added in this browser.
import { useEffect, useRef, useState, type DragEvent } from "react";
import { AddedList } from "./AddedList";
import { readFiles, useAddJob, type JobState } from "./useAddJob";
import "./addArticle.css";

const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export default function AddArticleDialog({ titleId, onClose }: { titleId: string; onClose: () => void }) {
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
        <h2 id={titleId}>Add articles</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close add articles">
          ×
        </button>
      </header>
      <p className="muted">They are read here, in your browser, and kept only in it. Download an article as a seed file to add it to the corpus.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void run([{ name: "", bytes: new TextEncoder().encode(text) }]).then(() => setText(""));
        }}
      >
        <label htmlFor={`${titleId}-text`}>Paste an article (its first line is the title)</label>
        <textarea id={`${titleId}-text`} ref={textarea} rows={6} value={text} onChange={(e) => setText(e.target.value)} disabled={state.running} />
        <button type="submit" disabled={state.running || !text.trim()}>
          Extract pasted text
        </button>
      </form>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for files; the same files can be chosen with the file input inside it. */}
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>Drop .txt, .md or .html files here, or</span>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={state.running}>
          choose files
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          aria-label="Article files"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            void addFiles(files);
          }}
        />
      </div>
      <JobStatus state={state} />
      <h3>Added here</h3>
      <AddedList highlight={state.added} />
    </section>
  );
}

function JobStatus({ state }: { state: JobState }) {
  const p = state.progress;
  const what = !p ? "Starting the extractor…" : p.phase === "knowledge" ? "Loading the extractor and its knowledge…" : `Extracting ${p.file} (${p.index + 1} of ${p.count})…`;
  return (
    <div className="add-status">
      <div role="status" aria-live="polite">
        {state.running ? what : state.added.length ? `Added ${state.added.length} ${state.added.length === 1 ? "article" : "articles"} to the graph.` : ""}
        {state.notStored && " This browser could not keep them: they will be gone after a reload."}
      </div>
      {/* By bytes across files; one file has no steps to show, so its bar is indeterminate. */}
      {state.running && <progress aria-label="Extraction progress" max={p?.bytesTotal || 1} value={p && p.phase === "extracting" && p.count > 1 ? p.bytesDone : undefined} />}
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
