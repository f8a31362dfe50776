// "Add articles": paste text or drop .txt, .md and .html files; the extractor runs in a worker and
// what it finds joins the graph, marked as added here. Mounted in the header; the panel itself is
// loaded when first opened, so it costs the initial JavaScript only this button.
import { lazy, Suspense, useId, useState } from "react";
import "./addButton.css";

const AddArticleDialog = lazy(() => import("./AddArticleDialog"));

export function AddArticle() {
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <div className="add-article">
      <button type="button" className="add-article-open" aria-expanded={open} aria-controls={`${titleId}-dialog`} onClick={() => setOpen((o) => !o)}>
        Add articles
      </button>
      {open && (
        <Suspense fallback={<div className="add-dialog-loading" role="status">Loading…</div>}>
          <AddArticleDialog titleId={titleId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
