// The explorer's frame: header with search, filters on the left, graph or table in the middle
// (with the article reader over it), details of the selection on the right.
import { useExplorer } from "../../store/explorer";
import { SearchBox } from "../Search/SearchBox";
import { FilterPanel } from "../Filters/FilterPanel";
import { GraphView } from "../Graph/GraphView";
import { TableView } from "../TableView/TableView";
import { ArticleView } from "../ArticleView/ArticleView";
import { NodePanel } from "../NodePanel/NodePanel";
import { EdgePanel } from "../EdgePanel/EdgePanel";
import { Overview } from "./Overview";
import { ViewTabs } from "./ViewTabs";
import { ExportMenu } from "../Export/ExportMenu";
import { AddArticle } from "../AddArticle/AddArticle";
import { RejectedView, ReviewStatus } from "../Review/lazy";

export function Explorer() {
  const view = useExplorer((s) => s.view);
  const reading = useExplorer((s) => s.reading);
  const selection = useExplorer((s) => s.selection);
  const clearSelection = useExplorer((s) => s.clearSelection);
  return (
    <div className="app">
      {/* Keyboard users reach the graph or table without tabbing through every filter. */}
      {/* A button, not a #fragment link: a fragment navigation would fire popstate and restore the view. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById("stage")?.focus()}>
        Skip to the {view === "table" ? "table" : "graph"}
      </button>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          <span>
            <strong>Entangle</strong>
            <small>tech companies × the security state</small>
          </span>
        </div>
        <SearchBox />
        <ReviewStatus />
        <AddArticle />
        <ExportMenu />
      </header>
      <FilterPanel />
      <main className="stage" id="stage" tabIndex={-1}>
        <ViewTabs />
        <div className="stage-body">
          <div id="panel-graph" role="tabpanel" aria-labelledby="tab-graph" className="tabpanel" hidden={view !== "graph"}>
            <GraphView hidden={view !== "graph"} />
          </div>
          {view === "table" && (
            <div id="panel-table" role="tabpanel" aria-labelledby="tab-table" className="tabpanel">
              <TableView />
            </div>
          )}
          {view === "rejected" && (
            <div id="panel-rejected" role="tabpanel" aria-labelledby="tab-rejected" className="tabpanel">
              <RejectedView />
            </div>
          )}
          {reading && <ArticleView key={`${reading.articleId}:${reading.start}`} reading={reading} />}
        </div>
      </main>
      <aside className="details" aria-label="Details">
        {selection && (
          <button type="button" className="close" onClick={clearSelection} aria-label="Close details">
            ×
          </button>
        )}
        {selection?.kind === "node" ? (
          <NodePanel nodeId={selection.id} />
        ) : selection?.kind === "edge" ? (
          <EdgePanel edgeId={selection.id} />
        ) : (
          <Overview />
        )}
      </aside>
    </div>
  );
}
