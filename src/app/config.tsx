// How the canvas runs: in the browser it draws and animates; component tests run it headless.
import { createContext, useContext } from "react";

export type CanvasConfig = {
  /** No renderer: jsdom cannot draw on a canvas. */
  headless: boolean;
  /** Animate layouts, fit and centring; off in tests so they finish synchronously. */
  animate: boolean;
  /** Called once with each new Cytoscape instance: tests and benchmarks inspect the canvas through it. */
  onCy?: (cy: import("cytoscape").Core) => void;
};

export const BROWSER_CONFIG: CanvasConfig = { headless: false, animate: true };
export const CanvasConfigContext = createContext<CanvasConfig>(BROWSER_CONFIG);

export function useCanvasConfig(): CanvasConfig {
  return useContext(CanvasConfigContext);
}
