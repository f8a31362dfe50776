// Restoring a kept-aside element makes Cytoscape recompute its whole style, though nothing it
// depends on changed: our stylesheet's selectors read only the element's own data and classes.
// Showing half a big graph again was mostly that restyle. This module tells which restored
// elements still hold a valid computed style, and keeps it.
import type { Core, SingularElementArgument } from "cytoscape";

/** The internals read here; absent in another Cytoscape version, which then restyles as usual. */
type StyleInternals = { _private?: { styleDirty?: boolean; style?: object } };
type StylesheetInternals = { length?: number; _private?: { contextStyles?: object } };

/** What identifies the stylesheet an element's style was computed against; null when unknown. */
export type StyleGeneration = readonly [stylesheet: object, contexts: object, rules: number] | null;

/** The current stylesheet's generation: a new stylesheet, or rules replaced or added, give a new one. */
export function styleGeneration(cy: Core): StyleGeneration {
  const style = cy.style() as unknown as StylesheetInternals;
  const contexts = style?._private?.contextStyles;
  if (!contexts || typeof style.length !== "number") return null;
  return [style, contexts, style.length];
}

export const sameGeneration = (a: StyleGeneration, b: StyleGeneration): boolean => a !== null && b !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** True when the element holds a computed style that Cytoscape has not been asked to redo. */
export function hasCleanStyle(ele: SingularElementArgument): boolean {
  const p = (ele as unknown as StyleInternals)._private;
  return Boolean(p?.style) && p?.styleDirty === false;
}

/**
 * After `restore()` (and its batch) marked them dirty: these elements keep the style they had when
 * removed. Call only for elements whose data, classes and stylesheet did not change since.
 */
export function keepStyle(eles: readonly SingularElementArgument[]): void {
  for (const ele of eles) {
    const p = (ele as unknown as StyleInternals)._private;
    if (p?.style) p.styleDirty = false;
  }
}
