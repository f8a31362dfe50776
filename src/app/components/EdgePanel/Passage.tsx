// One passage of evidence: the article it comes from and the quote highlighted in its sentences.
// The surrounding text comes from the article file, fetched when the passage is shown.
import type { ArticleMeta, Evidence } from "../../../model";
import { useArticle } from "../../api/data";
import { useExplorer } from "../../store/explorer";
import { passageProblem, quoteContext } from "../../graph/passages";
import { PassageWarning } from "./PassageWarning";
import { ArticleByline } from "../ArticleView/ArticleByline";
import { PassageReview } from "../Review/lazy";
import { useTranslation } from "react-i18next";
import { Provenance } from "./lazy";
import type { Ends } from "./Provenance";

export function Passage({ evidence, meta, edgeId, ends }: { evidence: Evidence; meta: ArticleMeta | undefined; edgeId?: string; ends?: Ends }) {
  const { t } = useTranslation();
  const article = useArticle(evidence.articleId);
  const openArticle = useExplorer((s) => s.openArticle);
  const problem = article.data ? passageProblem(article.data.text, evidence) : null;
  // Context read at wrong offsets would surround the quote with another passage's sentences.
  const ctx = article.data && !problem ? quoteContext(article.data.text, article.data.sentences, evidence) : null;
  const lang = meta?.language ?? article.data?.language;
  return (
    <figure className="passage">
      {problem && <PassageWarning problem={problem} />}
      <blockquote lang={lang}>
        {ctx?.clippedStart && "… "}
        {ctx?.before}
        <mark>{evidence.quote}</mark>
        {ctx?.after}
        {ctx?.clippedEnd && " …"}
      </blockquote>
      <figcaption>
        {meta ? <ArticleByline meta={meta} /> : <span>{evidence.articleId}</span>}
        {evidence.modality === "alleged" && <span className="badge alleged">{t("passage.alleged")}</span>}
        {evidence.trigger && (
          <span className="trigger" title={t("passage.cueTitle")}>
            {t("passage.cue", { trigger: evidence.trigger })}
          </span>
        )}
        <button type="button" className="read" onClick={() => openArticle(evidence.articleId, evidence)}>
          {t("passage.read")}
        </button>
        {edgeId && <PassageReview edgeId={edgeId} evidence={evidence} />}
      </figcaption>
      {(evidence.rule || evidence.via) && <Provenance evidence={evidence} ends={ends} />}
    </figure>
  );
}
