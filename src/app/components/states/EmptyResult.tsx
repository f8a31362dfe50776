// Shown when the filters leave nothing: says so and offers the way out.
import { useExplorer } from "../../store/explorer";

export function EmptyResult() {
  const clearFilters = useExplorer((s) => s.clearFilters);
  return (
    <div className="empty-result" role="status">
      <p>No relation matches these filters.</p>
      <button type="button" className="primary" onClick={clearFilters}>
        Clear filters
      </button>
    </div>
  );
}
