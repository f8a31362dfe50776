// Type-ahead over every name and alias (accent- and case-insensitive), as an ARIA combobox:
// arrows move, Enter or click selects the entity and centres the graph on it.
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useExplorer } from "../../store/explorer";
import { useIndex } from "../../derived";
import { searchNodes } from "../../graph/search";
import { NODE_LOOK } from "../../graph/palette";
import { typeLabel } from "../../labels";
import { useTranslation } from "react-i18next";

export function SearchBox() {
  const { t } = useTranslation();
  const index = useIndex();
  const query = useExplorer((s) => s.search);
  const setSearch = useExplorer((s) => s.setSearch);
  const selectNode = useExplorer((s) => s.selectNode);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const hits = useMemo(() => searchNodes(index, query), [index, query]);
  const expanded = open && query.trim().length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    selectNode(hit.node.id, { centre: true });
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setOpen(true), setActive((a) => Math.min(a + 1, hits.length - 1)), e.preventDefault();
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0)), e.preventDefault();
    else if (e.key === "Enter") choose(active), e.preventDefault();
    else if (e.key === "Escape") setOpen(false);
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t("search.label")}
      </label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setSearch(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t("search.list")} className="search-results" hidden={!expanded}>
        {hits.length === 0 && expanded && (
          <li className="search-none" role="option" aria-selected="false" aria-disabled="true">
            {t("search.none", { query })}
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(i)}
          >
            <span className="swatch dot" style={{ background: NODE_LOOK[hit.node.type].colour }} aria-hidden="true" />
            <span className="hit-label">{hit.node.label}</span>
            {hit.matched !== hit.node.label && <span className="hit-alias">“{hit.matched}”</span>}
            <span className="hit-type">{typeLabel(hit.node.type)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
