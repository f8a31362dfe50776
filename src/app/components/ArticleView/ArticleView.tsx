// The reader: an article's full cleaned text, fetched lazily, with the chosen passage highlighted
// and scrolled into view and every entity mention clickable. Rendered as text, never as HTML.
import { useEffect, useMemo, useRef } from "react";
import { useArticle } from "../../api/data";
import { useIndex } from "../../derived";
import { useExplorer, type Reading } from "../../store/explorer";
import { articleSegments, groupByPassage, passageProblem, type Mention } from "../../graph/passages";
import { NODE_LOOK } from "../../graph/palette";
import { DataError } from "../../api/data";
import { matchingSentence } from "../../graph/translation";
import { useTranslation } from "react-i18next";
import { ArticleByline } from "./ArticleByline";
import { Loading } from "../states/Loading";
import { PassageWarning } from "../EdgePanel/PassageWarning";
import { AddRelation } from "../Review/lazy";
import { useTextSelection } from "../../review/useTextSelection";
import { entitiesIn } from "../../review/selection";

function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export function ArticleView({ reading }: { reading: NonNullable<Reading> }) {
  const { t } = useTranslation();
  const index = useIndex();
  const article = useArticle(reading.articleId);
  const selection = useExplorer((s) => s.selection);
  const view = useExplorer((s) => s.view);
  const { closeArticle, selectNode, openArticle } = useExplorer.getState();
  const markRef = useRef<HTMLElement | null>(null);
  const textRef = useRef<HTMLDivElement | null>(null);
  const picked = useTextSelection(textRef, article.data?.text);
  const meta = index.articleById.get(reading.articleId);
  const asked = reading.start !== null && reading.end !== null ? { start: reading.start, end: reading.end } : null;
  // The selected relation's evidence at these offsets, whose quote the text there must read.
  const evidence =
    asked && selection?.kind === "edge"
      ? index.edgeById.get(selection.id)?.evidence.find((ev) => ev.articleId === reading.articleId && ev.start === asked.start && ev.end === asked.end)
      : undefined;
  const problem = asked && article.data ? passageProblem(article.data.text, { ...asked, quote: evidence?.quote }) : null;
  // A passage that cannot be located is not highlighted at all.
  const shownStart = problem ? null : (asked?.start ?? null);
  const shownEnd = problem ? null : (asked?.end ?? null);

  const mentions = useMemo<Mention[]>(
    () =>
      index.graph.nodes.flatMap((n) => n.mentions.filter((m) => m.articleId === reading.articleId).map((m) => ({ start: m.start, end: m.end, nodeId: n.id }))),
    [index, reading.articleId],
  );
  // Keyed on the offsets, not on a passage object, which would be rebuilt every render.
  const groups = useMemo(() => {
    if (!article.data) return [];
    const passage = shownStart !== null && shownEnd !== null ? { start: shownStart, end: shownEnd } : null;
    return groupByPassage(articleSegments(article.data.text, mentions, passage));
  }, [article.data, mentions, shownStart, shownEnd]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the mark is drawn anew whenever the groups change; scroll to it then
  useEffect(() => {
    const mark = markRef.current;
    if (mark && typeof mark.scrollIntoView === "function") mark.scrollIntoView({ block: "center" });
  }, [groups]);

  // The link may be recorded on either side of the pair; follow it both ways.
  const translation = meta?.translationOf ? index.articleById.get(meta.translationOf) : index.graph.articles.find((a) => a.translationOf === reading.articleId);
  // Fetched ahead so the switch can land on the matching sentence.
  const other = useArticle(translation?.id ?? null);
  const openTranslation = () => {
    if (!translation) return;
    const edge = selection?.kind === "edge" ? index.edgeById.get(selection.id) : undefined;
    const counterpart = edge?.evidence.find((ev) => ev.articleId === translation.id);
    const near = shownStart !== null && article.data && other.data ? matchingSentence(article.data.sentences, shownStart, other.data.sentences) : null;
    openArticle(translation.id, counterpart ?? near ?? undefined);
  };

  return (
    <section className="article-view" aria-labelledby="article-heading">
      <div className="article-bar">
        <button type="button" onClick={closeArticle}>
          {t(`article.back_${view}`)}
        </button>
        {translation && (
          <button type="button" className="link" onClick={openTranslation}>
            {t(`versions.${translation.language}`)}
          </button>
        )}
      </div>
      <article className="article" lang={meta?.language}>
        <header>
          <h2 id="article-heading">{meta?.title ?? reading.articleId}</h2>
          {meta && (
            <p className="article-meta">
              <ArticleByline meta={meta} withTitle={false} />
              {safeHref(meta.url) && (
                <>
                  {" · "}
                  <a href={safeHref(meta.url)!} target="_blank" rel="noreferrer noopener">
                    {t("article.original")}
                  </a>
                </>
              )}
            </p>
          )}
          <p className="article-hint muted">
            <mark>{t("article.highlighted")}</mark>
            {t("article.hintPassage")}
            <span className="mention-sample">{t("article.underlined")}</span>
            {t("article.hintEntities")} {t("article.hintSelect")}
          </p>
        </header>
        {article.isPending && <Loading />}
        {article.isError && (
          <p role="alert" className="error-inline">
            {article.error instanceof DataError && article.error.kind === "invalid" ? t("article.invalid") : t("article.missing")}
          </p>
        )}
        {problem && <PassageWarning problem={problem} />}
        {article.data && picked.span && (
          <AddRelation
            key={`${picked.span.start}-${picked.span.end}`}
            articleId={reading.articleId}
            text={article.data.text}
            span={picked.span}
            mentioned={entitiesIn(mentions, picked.span)}
            onDone={picked.clear}
          />
        )}
        {article.data && (
          // biome-ignore lint/a11y/noStaticElementInteractions: mouse-up and key-up end a text selection (the quote of a relation to add), they are not actions.
          <div className="article-text" ref={textRef} onMouseUp={picked.onSelect} onKeyUp={picked.onSelect}>
            {groups.map((g) => {
              const parts = g.segments.map((s) =>
                s.nodeId ? (
                  <button
                    key={s.start}
                    data-start={s.start}
                    type="button"
                    className="mention"
                    style={{ textDecorationColor: NODE_LOOK[index.nodeById.get(s.nodeId)?.type ?? "company"].colour }}
                    title={index.nodeById.get(s.nodeId)?.label}
                    onClick={() => selectNode(s.nodeId!, { centre: true })}
                  >
                    {s.text}
                  </button>
                ) : (
                  <span key={s.start} data-start={s.start}>
                    {s.text}
                  </span>
                ),
              );
              return g.inPassage ? (
                <mark key={g.segments[0]!.start} ref={markRef} className="passage-mark">
                  {parts}
                </mark>
              ) : (
                <span key={g.segments[0]!.start}>{parts}</span>
              );
            })}
          </div>
        )}
      </article>
    </section>
  );
}
