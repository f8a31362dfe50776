// An article's title, language, outlet and date, whichever are known; the date in the interface's language.
import { useTranslation } from "react-i18next";
import type { ArticleMeta } from "../../../model";
import { formatDate } from "../../i18n";
import { languageLabel } from "../../labels";

export function ArticleByline({ meta, withTitle = true }: { meta: ArticleMeta; withTitle?: boolean }) {
  useTranslation(); // re-renders when the interface's language changes, for the date
  const date = meta.published && <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(meta.published) ? meta.published : undefined}>{formatDate(meta.published)}</time>;
  return (
    <span className="byline">
      <span className="lang" title={languageLabel(meta.language)}>
        {meta.language.toUpperCase()}
      </span>
      {withTitle ? <cite lang={meta.language}>{meta.title}</cite> : <span>{languageLabel(meta.language)}</span>}
      {(meta.outlet || date) && (
        <span className="muted">
          {" — "}
          {meta.outlet}
          {meta.outlet && date && " · "}
          {date}
        </span>
      )}
    </span>
  );
}
