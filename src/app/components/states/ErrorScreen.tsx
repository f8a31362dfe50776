// Shown when graph.json is missing, empty, not JSON or fails the schema: what failed, and the command that fixes it.
import { DataError, type DataErrorKind } from "../../api/data";

const HEADING: Record<DataErrorKind, string> = {
  missing: "The graph data is missing",
  empty: "The graph data is empty",
  "not-json": "The graph data is not valid JSON",
  invalid: "The graph data does not match the schema",
};

const DETAIL: Record<DataErrorKind, string> = {
  missing: "could not be found.",
  empty: "is an empty file.",
  "not-json": "could not be read as JSON:",
  invalid: "failed validation:",
};

export function ErrorScreen({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const data = error instanceof DataError ? error : null;
  const heading = data ? HEADING[data.kind] : "The graph could not be loaded";
  return (
    <main className="screen-state error-screen">
      <div role="alert">
        <h1>{heading}</h1>
        {data ? (
          <p>
            <code>{data.url}</code> {DETAIL[data.kind]}
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
          Generate it from the articles in <code>seeds/</code> by running, in the project folder:
        </p>
        <pre>
          <code>npm run extract</code>
        </pre>
        <p>then reload this page.</p>
        <button type="button" className="primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </main>
  );
}
