// The app root: pick the interface language, load the graph, then show the explorer, or say clearly why it cannot.
import { useQuery } from "@tanstack/react-query";
import { useExplorer } from "./store/explorer";
import { useGraph } from "./api/data";
import { applyLanguage, browserLanguage, isCatalogueLoaded, loadCatalogue } from "./i18n";
import { Explorer } from "./components/Layout/Explorer";
import { ErrorScreen } from "./components/states/ErrorScreen";
import { Loading } from "./components/states/Loading";

export function App() {
  const wanted = useExplorer((s) => s.language) ?? browserLanguage();
  const catalogue = useQuery({ queryKey: ["catalogue", wanted], queryFn: () => loadCatalogue(wanted), staleTime: Infinity });
  // Until another language's catalogue arrives (or if it cannot), the interface stays in English.
  const language = isCatalogueLoaded(wanted) ? wanted : "en";
  // Before anything renders, so the first paint is in the right language; idempotent.
  applyLanguage(language);
  const graph = useGraph();
  if (graph.isPending || catalogue.isPending) return <Loading />;
  if (graph.isError) return <ErrorScreen error={graph.error} onRetry={() => void graph.refetch()} />;
  // Keyed by language: every label, including those baked into canvas elements, is rebuilt on a switch.
  return <Explorer key={language} />;
}
