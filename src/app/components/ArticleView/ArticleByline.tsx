// An article's title, language, outlet and date, whichever are known.
import type { ArticleMeta } from "../../../model";

export function ArticleByline({ meta, withTitle = true }: { meta: ArticleMeta; withTitle?: boolean }) {
  const details = [meta.outlet, meta.published].filter(Boolean).join(" · ");
  return (
    <span className="byline">
      <span className="lang" title={meta.language === "fr" ? "French" : "English"}>
        {meta.language.toUpperCase()}
      </span>
      {withTitle ? <cite lang={meta.language}>{meta.title}</cite> : <span>{meta.language === "fr" ? "French" : "English"}</span>}
      {details && <span className="muted"> — {details}</span>}
    </span>
  );
}
