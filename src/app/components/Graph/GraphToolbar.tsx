// Canvas controls: fit, zoom in/out, re-layout.

type Props = { onFit: () => void; onZoom: (factor: number) => void; onRelayout: () => void };

export function GraphToolbar({ onFit, onZoom, onRelayout }: Props) {
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
      <button type="button" onClick={() => onZoom(1.25)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => onZoom(0.8)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={onFit} title="Fit the visible graph to the screen">
        Fit
      </button>
      <button type="button" onClick={onRelayout} title="Lay out the visible graph again">
        Re-layout
      </button>
    </div>
  );
}
