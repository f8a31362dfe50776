// The app root: load the graph, then show the explorer, or say clearly why it cannot.
import { useGraph } from "./api/data";
import { Explorer } from "./components/Layout/Explorer";
import { ErrorScreen } from "./components/states/ErrorScreen";
import { Loading } from "./components/states/Loading";

export function App() {
  const graph = useGraph();
  if (graph.isPending) return <Loading />;
  if (graph.isError) return <ErrorScreen error={graph.error} onRetry={() => void graph.refetch()} />;
  return <Explorer />;
}
