// "Add articles": paste text or drop .txt, .md and .html files; the extractor runs in a worker and
// what it finds joins the graph, marked as added here. Mounted in the header; the panel itself is
// loaded when first opened, so it costs the initial JavaScript only this button.
import { lazy, Suspense, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import "./addButton.css";

const AddArticleDialog = lazy(() => import("./AddArticleDialog"));

export function AddArticle() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <div className="add-article">
      <button type="button" className="add-article-open" aria-expanded={open} aria-controls={`${titleId}-dialog`} onClick={() => setOpen((o) => !o)}>
        {t("add.open")}
      </button>
      {open && (
        <Suspense
          fallback={
            <div className="add-dialog-loading" role="status">
              {t("add.loading")}
            </div>
          }
        >
          <AddArticleDialog titleId={titleId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
