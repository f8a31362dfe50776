// The graph view's place in the explorer while its code loads. Cytoscape and its layouts are most of
// the app's JavaScript: they are a separate chunk, requested at startup beside graph.json (main.tsx
// calls loadCanvas), so the header, search and filters do not wait for them. Once the chunk is in,
// the view renders synchronously; no Suspense, so a test or a reload with the chunk cached never
// shows the placeholder.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type CanvasModule = typeof import("./GraphView");

let loaded: CanvasModule | null = null;
let loading: Promise<CanvasModule> | null = null;

/** Starts (once) and returns the canvas chunk's import; a failed import may be tried again. */
export function loadCanvas(): Promise<CanvasModule> {
  loading ??= import("./GraphView").then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

export function CanvasSlot({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const [canvas, setCanvas] = useState(loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (canvas) return;
    let live = true;
    loadCanvas().then(
      (m) => live && setCanvas(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [canvas]);
  if (canvas) return <canvas.GraphView hidden={hidden} />;
  // The same boxes as the view itself, so nothing moves when the canvas arrives.
  return (
    <div className="graph" hidden={hidden}>
      <div className="graph-area">
        <div className="screen-state" role="status" aria-live="polite">
          {failed ? (
            <>
              <p>{t("graph.canvasFailed")}</p>
              <button type="button" onClick={() => window.location.reload()}>
                {t("graph.reload")}
              </button>
            </>
          ) : (
            <>
              <div className="spinner" aria-hidden="true" />
              <p>{t("graph.loadingCanvas")}</p>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
