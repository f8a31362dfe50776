// The articles added in this browser: what each brought to the graph, its seed file to download
// (to put into seeds/), and a way to take it out again.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../i18n";
import { removeAdded, useAdded, type StoredArticle } from "../../api/added";

function downloadSeed(article: StoredArticle) {
  const url = URL.createObjectURL(new Blob([article.seed], { type: "text/markdown;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${article.id}.md`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AddedList({ highlight }: { highlight: readonly string[] }) {
  const { t } = useTranslation();
  const added = useAdded().data ?? [];
  const queryClient = useQueryClient();
  if (!added.length) return <p className="muted">{t("add.none")}</p>;
  return (
    <ul className="added-list" aria-label={t("add.list")}>
      {added.map((a) => {
        const relations = a.graph.edges.length;
        return (
          <li key={a.id} className={highlight.includes(a.id) ? "added-item fresh" : "added-item"}>
            <strong>{a.doc.title}</strong>
            <small className="muted">
              {a.source} · {a.doc.language.toUpperCase()} · {formatNumber(a.graph.nodes.length)} {t("words.entity", { count: a.graph.nodes.length })},{" "}
              {formatNumber(relations)} {t("words.relation", { count: relations })}
            </small>
            {a.notes.length > 0 && <small className="added-notes">{a.notes.join("; ")}</small>}
            <span className="added-actions">
              <button type="button" onClick={() => downloadSeed(a)}>
                {t("add.downloadSeed")}
              </button>
              <button type="button" onClick={() => void removeAdded(queryClient, a.id)} aria-label={t("add.removeNamed", { title: a.doc.title })}>
                {t("add.remove")}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
