// Shown when graph.json is missing, empty, not JSON or fails the schema: what failed, and the command that fixes it.
import { useTranslation } from "react-i18next";
import { CodeMarkup } from "../../i18n/CodeMarkup";
import { DataError } from "../../api/data";

export function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const data = error instanceof DataError ? error : null;
  const heading = t(`errorScreen.heading.${data ? data.kind : "other"}`);
  return (
    <main className="screen-state error-screen">
      <div role="alert">
        <h1>{heading}</h1>
        {data ? (
          <p>
            <code>{data.url}</code> {t(`errorScreen.detail.${data.kind}`)}
          </p>
        ) : (
          <p>{error.message}</p>
        )}
        {data && data.problems.length > 0 && (
          <ul className="problems">
            {data.problems.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once, that may hold the same message twice
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        )}
        <p>
          <CodeMarkup text={t("errorScreen.generate")} />
        </p>
        <pre>
          <code>npm run extract</code>
        </pre>
        <p>{t("errorScreen.reload")}</p>
        <button type="button" className="primary" onClick={onRetry}>
          {t("errorScreen.retry")}
        </button>
      </div>
    </main>
  );
}
