// Shared by both bench pages: when a renderer has drawn, and when that drawing has reached the
// screen. Each page calls markDrawn from its renderer's own draw (Cytoscape's render, sigma's
// afterRender); a frame counts as painted at the message task that follows its rAF callbacks,
// which runs after the frame's paint. Both pages are measured by this same code.
export type BenchPage = {
  /** performance.now() at the first frame painted with the graph drawn. */
  firstFrame?: number;
  /** Hides every other node (and the edges touching them) or shows all again; resolves with ms to the painted frame. */
  toggleHalf(hide: boolean): Promise<number>;
  /** Ms from the last mouse move to the frame painted after it. */
  afterMove(): Promise<number>;
  /** What the page draws with (renderer, WebGL or not) and how many elements are drawn now. */
  describe(): string;
};

declare global {
  interface Window {
    bench?: BenchPage;
  }
}

let drawnAt = Number.NEGATIVE_INFINITY;
let movedAt = Number.NEGATIVE_INFINITY;

export function markDrawn(): void {
  drawnAt = performance.now();
}

// The capture listener on window runs before either library's own handlers.
window.addEventListener("mousemove", () => (movedAt = performance.now()), { capture: true });

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const afterPaint = () =>
  new Promise<number>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

/** performance.now() once a frame drawn at or after `since` has been painted (NaN after 600 frames). */
export async function paintedAfter(since: number): Promise<number> {
  for (let i = 0; i < 600; i++) {
    await nextFrame();
    const at = await afterPaint();
    if (drawnAt >= since) return at;
  }
  return Number.NaN;
}

export async function timed(change: () => void): Promise<number> {
  const start = performance.now();
  change();
  return (await paintedAfter(start)) - start;
}

export async function sinceMove(): Promise<number> {
  const since = movedAt;
  return (await paintedAfter(since)) - since;
}

export type Payload = {
  graph: import("../../src/model").Graph;
  /** Node id → [x, y], the same for both pages. */
  positions: Record<string, [number, number]>;
};

export async function loadPayload(): Promise<Payload> {
  const name = new URLSearchParams(location.search).get("g") ?? "small";
  return (await fetch(`./${name}.json`)).json() as Promise<Payload>;
}

/** Every other node by position in the file, as the "hide half" step of both pages. */
export const hiddenHalf = (i: number) => i % 2 === 1;
