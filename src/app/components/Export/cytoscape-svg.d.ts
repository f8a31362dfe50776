// cytoscape-svg ships no types: it registers cy.svg(options) → an SVG document as a string.
declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const svg: Ext;
  export default svg;
}
