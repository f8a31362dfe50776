// The articles added in this browser: what each brought to the graph, its seed file to download
// (to put into seeds/), and a way to take it out again.
import { useQueryClient } from "@tanstack/react-query";
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
  const added = useAdded().data ?? [];
  const queryClient = useQueryClient();
  if (!added.length) return <p className="muted">No article added in this browser yet.</p>;
  return (
    <ul className="added-list" aria-label="Articles added here">
      {added.map((a) => {
        const relations = a.graph.edges.length;
        return (
          <li key={a.id} className={highlight.includes(a.id) ? "added-item fresh" : "added-item"}>
            <strong>{a.doc.title}</strong>
            <small className="muted">
              {a.source} · {a.doc.language.toUpperCase()} · {a.graph.nodes.length} {a.graph.nodes.length === 1 ? "entity" : "entities"}, {relations}{" "}
              {relations === 1 ? "relation" : "relations"}
            </small>
            {a.notes.length > 0 && <small className="added-notes">{a.notes.join("; ")}</small>}
            <span className="added-actions">
              <button type="button" onClick={() => downloadSeed(a)}>
                Download as a seed file
              </button>
              <button type="button" onClick={() => void removeAdded(queryClient, a.id)} aria-label={`Remove ${a.doc.title}`}>
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
