// A labelled combobox that picks one entity with the same accent-insensitive search as the header.
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { useIndex } from "../../derived";
import { searchNodes } from "../../graph/search";
import { typeLabel } from "../../labels";

type Props = { label: string; value: string; onChange: (id: string) => void };

export function EntityPicker({ label, value, onChange }: Props) {
  const { t } = useTranslation();
  const index = useIndex();
  const chosen = index.nodeById.get(value);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const id = useId();
  const hits = useMemo(() => searchNodes(index, query ?? "", 6), [index, query]);
  const open = query !== null && query.trim().length > 0;
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onChange(hit.node.id);
    setQuery(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, hits.length - 1)), e.preventDefault();
    else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0)), e.preventDefault();
    else if (e.key === "Enter") choose(active), e.preventDefault();
    else if (e.key === "Escape" && open) setQuery(null), e.stopPropagation();
  };
  return (
    <div className="picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${id}-${active}` : undefined}
        placeholder={t("paths.pick")}
        value={query ?? chosen?.label ?? ""}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onFocus={(e) => e.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="search-results" hidden={!open}>
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span className="hit-label">{hit.node.label}</span>
            {hit.matched !== hit.node.label && <span className="hit-alias">“{hit.matched}”</span>}
            <span className="hit-type">{typeLabel(hit.node.type)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
