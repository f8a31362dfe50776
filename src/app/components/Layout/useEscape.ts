// Esc closes what is open, innermost first: a drawer, then the article, then the selection, then the paths.
import { useEffect } from "react";
import { useExplorer } from "../../store/explorer";

export function useEscape(closeDrawer: (() => void) | null): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      // A combobox uses Esc to close its own list.
      if (e.target instanceof HTMLElement && e.target.getAttribute("role") === "combobox") return;
      const s = useExplorer.getState();
      if (closeDrawer) closeDrawer();
      else if (s.reading) s.closeArticle();
      else if (s.selection) s.clearSelection();
      else if (s.path) s.setPath(null);
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [closeDrawer]);
}
