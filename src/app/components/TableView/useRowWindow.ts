// Which rows of a long table are in the DOM: @tanstack/react-virtual over the table's scroll box,
// so 30,000 relations cost the same to draw as the screenful the reader sees.
import { useLayoutEffect, useState, type RefObject } from "react";
import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";

/** A typical one-line row, in px; rows that wrap are measured once drawn. */
const ROW_ESTIMATE = 37;
/** Rows drawn beyond each edge of the screen, so Tab and the arrow keys always land on a drawn row. */
const OVERSCAN = 12;
/** A box with no layout yet (the tab is hidden, or jsdom) still gets a first screenful, not nothing. */
const UNMEASURED = { width: 1024, height: 800 };

export type RowWindow = {
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>;
  /** Empty space to keep above and below the drawn rows, so the scrollbar spans the whole table. */
  padTop: number;
  padBottom: number;
};

export function useRowWindow(count: number, scrollRef: RefObject<HTMLDivElement | null>, bodyRef: RefObject<HTMLTableSectionElement | null>): RowWindow {
  // The rows start below the caption and the header: the virtualizer counts offsets from there.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const box = scrollRef.current;
    if (body && box) setScrollMargin(offsetWithin(body, box));
  });
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin,
    initialRect: UNMEASURED,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : UNMEASURED)),
    // A row with no layout measures 0: counted as 0 it would pull every row into the window.
    measureElement: (row, entry, instance) => measureElement(row, entry, instance) || ROW_ESTIMATE,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? Math.max(0, first.start - scrollMargin) : 0;
  const padBottom = last ? Math.max(0, virtualizer.getTotalSize() - (last.end - scrollMargin)) : 0;
  return { virtualizer, padTop, padBottom };
}

/** Distance from the top of `box`'s content to `el`, whatever the scroll position. */
function offsetWithin(el: HTMLElement, box: HTMLElement): number {
  let top = 0;
  for (let at: Element | null = el; at instanceof HTMLElement && at !== box; at = at.offsetParent) top += at.offsetTop;
  return top;
}
