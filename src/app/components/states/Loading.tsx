// Shown while graph.json loads.
export function Loading() {
  return (
    <div className="screen-state" role="status" aria-live="polite">
      <div className="spinner" aria-hidden="true" />
      <p>Loading the graph…</p>
    </div>
  );
}
