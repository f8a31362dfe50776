// An article's title, language, outlet and date, whichever are known.
import type { ArticleMeta } from "../../../model";
import { languageLabel } from "../../labels";

export function ArticleByline({ meta, withTitle = true }: { meta: ArticleMeta; withTitle?: boolean }) {
  const details = [meta.outlet, meta.published].filter(Boolean).join(" · ");
  return (
    <span className="byline">
      <span className="lang" title={languageLabel(meta.language)}>
        {meta.language.toUpperCase()}
      </span>
      {withTitle ? <cite lang={meta.language}>{meta.title}</cite> : <span>{languageLabel(meta.language)}</span>}
      {details && <span className="muted"> — {details}</span>}
    </span>
  );
}
