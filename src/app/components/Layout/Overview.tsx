// The details column when nothing is selected: what the graph holds, the way into paths, and the
// sources it is built from.
import { useTranslation } from "react-i18next";
import { useIndex } from "../../derived";
import { useExplorer } from "../../store/explorer";
import { ArticleByline } from "../ArticleView/ArticleByline";
import { formatNumber } from "../../i18n";

export function Overview() {
  const { t } = useTranslation();
  const index = useIndex();
  const openArticle = useExplorer((s) => s.openArticle);
  const setPath = useExplorer((s) => s.setPath);
  const { nodes, edges, articles } = index.graph;
  const passages = edges.reduce((n, e) => n + e.evidence.length, 0);
  const stat = (n: number, word: string) => (
    <>
      <strong>{formatNumber(n)}</strong> {t(`words.${word}`, { count: n })}
    </>
  );
  return (
    <section className="panel overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t("overview.heading")}</h2>
      <p className="stats">
        {stat(nodes.length, "entity")} · {stat(edges.length, "relation")} · {stat(passages, "quoted")} · {stat(articles.length, "article")}
      </p>
      <p className="muted">{t("overview.hint")}</p>
      <button type="button" className="primary" onClick={() => setPath({ from: "", to: "" })}>
        {t("paths.heading")}
      </button>
      <h3>{t("overview.sources")}</h3>
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
