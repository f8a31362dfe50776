// The explorer's frame: header with search, filters on the left, graph, table or key players in the
// middle (with the article reader over it), details of the selection or the paths on the right.
// On a phone the two side columns become drawers opened from the header.
import { lazy, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../store/explorer";
import { SearchBox } from "../Search/SearchBox";
import { FilterPanel } from "../Filters/FilterPanel";
import { CanvasSlot } from "../Graph/CanvasSlot";
import { Loading } from "../states/Loading";
import { NodePanel } from "../NodePanel/NodePanel";
import { EdgePanel } from "../EdgePanel/EdgePanel";
import { Overview } from "./Overview";
import { ViewTabs } from "./ViewTabs";
import { ExportMenu } from "../Export/ExportMenu";
import { AddArticle } from "../AddArticle/AddArticle";
import { RejectedView, ReviewStatus } from "../Review/lazy";
import { LanguageSwitch } from "./LanguageSwitch";
import { useEscape } from "./useEscape";

type Drawer = "filters" | "details" | null;

/** Matches the stylesheet's phone breakpoint, where the side columns are drawers. */
const isPhone = () => typeof window.matchMedia === "function" && window.matchMedia("(max-width: 760px)").matches;

// Not needed for the first paint: fetched when first opened, to keep the initial script under budget.
const KeyPlayers = lazy(() => import("../KeyPlayers/KeyPlayers").then((m) => ({ default: m.KeyPlayers })));
const TableView = lazy(() => import("../TableView/TableView").then((m) => ({ default: m.TableView })));
const PathPanel = lazy(() => import("../Paths/PathPanel").then((m) => ({ default: m.PathPanel })));
const ArticleView = lazy(() => import("../ArticleView/ArticleView").then((m) => ({ default: m.ArticleView })));

export function Explorer() {
  const { t } = useTranslation();
  const view = useExplorer((s) => s.view);
  const reading = useExplorer((s) => s.reading);
  const selection = useExplorer((s) => s.selection);
  const path = useExplorer((s) => s.path);
  const clearSelection = useExplorer((s) => s.clearSelection);
  const [drawer, setDrawer] = useState<Drawer>(null);
  // A new selection or path is read in the details drawer (on a wide screen the column is always there).
  useEffect(() => {
    if ((selection || path) && isPhone()) setDrawer((d) => (d === "filters" ? d : "details"));
  }, [selection, path]);
  useEscape(drawer ? () => setDrawer(null) : null);
  const toggle = (d: Exclude<Drawer, null>) => setDrawer((cur) => (cur === d ? null : d));
  return (
    <div className={drawer ? `app drawer-${drawer}` : "app"}>
      {/* Keyboard users reach the graph or table without tabbing through every filter. */}
      {/* A button, not a #fragment link: a fragment navigation would fire popstate and restore the view. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById("stage")?.focus()}>
        {t(`app.skip_${view}`)}
      </button>
      <header className="app-header">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          <span>
            <h1>Entangle</h1>
            <small>{t("app.tagline")}</small>
          </span>
        </div>
        <SearchBox />
        <div className="header-tools">
          <button type="button" className="drawer-toggle" aria-expanded={drawer === "filters"} aria-controls="filters" onClick={() => toggle("filters")}>
            {t("app.filtersToggle")}
          </button>
          <button type="button" className="drawer-toggle" aria-expanded={drawer === "details"} aria-controls="details" onClick={() => toggle("details")}>
            {t("app.detailsToggle")}
          </button>
          <ReviewStatus />
          <AddArticle />
          <ExportMenu />
          <LanguageSwitch />
        </div>
      </header>
      <FilterPanel />
      <main className="stage" id="stage" tabIndex={-1}>
        <ViewTabs />
        <div className="stage-body">
          <div id="panel-graph" role="tabpanel" aria-labelledby="tab-graph" className="tabpanel" hidden={view !== "graph"}>
            <CanvasSlot hidden={view !== "graph"} />
          </div>
          {view === "table" && (
            <div id="panel-table" role="tabpanel" aria-labelledby="tab-table" className="tabpanel">
              <Suspense fallback={<Loading />}>
                <TableView />
              </Suspense>
            </div>
          )}
          {view === "rejected" && (
            <div id="panel-rejected" role="tabpanel" aria-labelledby="tab-rejected" className="tabpanel">
              <RejectedView />
            </div>
          )}
          {view === "players" && (
            <div id="panel-players" role="tabpanel" aria-labelledby="tab-players" className="tabpanel">
              <Suspense fallback={<Loading />}>
                <KeyPlayers />
              </Suspense>
            </div>
          )}
          {reading && (
            <Suspense fallback={<Loading />}>
              <ArticleView key={`${reading.articleId}:${reading.start}`} reading={reading} />
            </Suspense>
          )}
        </div>
      </main>
      <aside className="details" id="details" aria-label={t("app.details")}>
        {selection && (
          <button type="button" className="close" onClick={clearSelection} aria-label={t("app.closeDetails")}>
            ×
          </button>
        )}
        {selection?.kind === "node" ? (
          <NodePanel nodeId={selection.id} />
        ) : selection?.kind === "edge" ? (
          <EdgePanel edgeId={selection.id} />
        ) : path ? (
          <Suspense fallback={<Loading />}>
            <PathPanel />
          </Suspense>
        ) : (
          <Overview />
        )}
      </aside>
    </div>
  );
}
