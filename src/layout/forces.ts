// The fcose forces one layout style uses, in the browser and at build time alike: a graph laid
// out by the extractor and one laid out live must look like the same map.
export const FCOSE_FORCES = {
  packComponents: true,
  nodeRepulsion: 3500,
  idealEdgeLength: 40,
  edgeElasticity: 0.35,
  nestingFactor: 0.1,
  gravity: 0.6,
  gravityRange: 3.8,
  numIter: 2500,
  tile: true,
  tilingPaddingVertical: 12,
  tilingPaddingHorizontal: 12,
} as const;
