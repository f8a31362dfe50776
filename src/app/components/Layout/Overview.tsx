// The details column when nothing is selected: what the graph holds and the sources it is built from.
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { ArticleByline } from "../ArticleView/ArticleByline";

export function Overview() {
  const index = useIndex();
  const openArticle = useExplorer((s) => s.openArticle);
  const { nodes, edges, articles } = index.graph;
  const passages = edges.reduce((n, e) => n + e.evidence.length, 0);
  return (
    <section className="panel overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Every link carries its evidence</h2>
      <p className="stats">
        <strong>{nodes.length}</strong> entities · <strong>{edges.length}</strong> relations · <strong>{passages}</strong> quoted passages ·{" "}
        <strong>{articles.length}</strong> articles
      </p>
      <p className="muted">
        Search a name above, pick a filter, or select a node or a line in the graph to read the sentences that state it.
      </p>
      <h3>Sources</h3>
      <ul className="sources">
        {articles.map((a) => (
          <li key={a.id}>
            <button type="button" className="source" onClick={() => openArticle(a.id)}>
              <ArticleByline meta={a} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
