// Ambient types: Vite's import.meta.env, the untyped fcose layout plugin, and the readiness mark the benchmarks read.
/// <reference types="vite/client" />

declare module "cytoscape-fcose" {
  import type { Ext } from "cytoscape";
  const fcose: Ext;
  export default fcose;
}

interface Window {
  /** performance.now() when the first laid-out graph was drawn; read by e2e tests and bench/ui.ts. */
  __entangleReady?: number;
}
