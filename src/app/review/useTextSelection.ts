// The span of article text the reader has selected (mouse or keyboard), for "add a relation".
import { useCallback, useState, type RefObject } from "react";
import type { Range as Span } from "../graph/passages";
import { selectedSpan } from "./selection";

export function useTextSelection(root: RefObject<HTMLElement | null>, text: string | undefined) {
  const [span, setSpan] = useState<Span | null>(null);
  const onSelect = useCallback(() => {
    const selection = window.getSelection();
    if (!root.current || text === undefined || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const picked = selectedSpan(root.current, text, selection.getRangeAt(0));
    if (picked) setSpan(picked);
  }, [root, text]);
  return { span, onSelect, clear: () => setSpan(null) };
}
