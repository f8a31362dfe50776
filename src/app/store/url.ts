// The store ⇄ the URL query string, so any view can be shared, reloaded, and walked with back/forward.
// Parsing is forgiving: unknown values are dropped, never thrown on.
import { ENTITY_TYPES, LANGUAGES, MODALITIES, RELATION_TYPES, SECTORS, STATUSES, type Language } from "../../model";
import type { FocusSpec } from "../graph/focus";
import { EMPTY_FILTERS, REVIEW_STATES, type FacetKey, type Filters } from "../graph/filters";
import { INITIAL_SNAPSHOT, snapshotOf, useExplorer, type ExplorerSnapshot, type ExplorerState } from "./explorer";

/** Short, readable parameter names; order here is the order in the URL. */
const PARAM: Record<FacetKey, string> = {
  sectors: "sector",
  countries: "country",
  types: "type",
  relations: "relation",
  modalities: "modality",
  statuses: "status",
  articles: "source",
  reviews: "review",
};

const ALLOWED: Partial<Record<FacetKey, readonly string[]>> = {
  sectors: SECTORS,
  types: ENTITY_TYPES,
  relations: RELATION_TYPES,
  modalities: MODALITIES,
  statuses: STATUSES,
  reviews: REVIEW_STATES,
};

export function toQuery(s: ExplorerSnapshot): string {
  const p = new URLSearchParams();
  for (const facet of Object.keys(PARAM) as FacetKey[]) {
    const values = s.filters[facet];
    if (values.length) p.set(PARAM[facet], values.join(","));
  }
  if (s.keepNeighbours !== INITIAL_SNAPSHOT.keepNeighbours) p.set("neighbours", s.keepNeighbours ? "1" : "0");
  if (s.search) p.set("q", s.search);
  if (s.selection) p.set(s.selection.kind, s.selection.id);
  if (s.view !== "graph") p.set("view", s.view);
  if (s.path?.from) p.set("from", s.path.from);
  if (s.path?.to) p.set("to", s.path.to);
  if (s.focus) {
    p.set("focus", s.focus.root);
    p.set("hops", String(s.focus.hops));
    if (s.focus.expanded.length) p.set("expand", s.focus.expanded.join(","));
    if (s.focus.hidden.length) p.set("hide", s.focus.hidden.join(","));
  }
  if (s.time) {
    p.set("years", `${s.time.from}-${s.time.to}`);
    if (!s.time.undated) p.set("undated", "0");
  }
  if (s.minConfidence !== null) p.set("confidence", String(s.minConfidence));
  if (s.language) p.set("lang", s.language);
  if (s.reading) {
    p.set("read", s.reading.articleId);
    if (s.reading.start !== null && s.reading.end !== null) p.set("at", `${s.reading.start}-${s.reading.end}`);
  }
  const pairs = [...p].map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",").replace(/%7C/g, "|").replace(/%3A/g, ":")}`);
  return pairs.length ? `?${pairs.join("&")}` : "";
}

export function fromQuery(query: string): ExplorerSnapshot {
  const p = new URLSearchParams(query);
  const filters = { ...EMPTY_FILTERS } as Record<FacetKey, string[]>;
  for (const facet of Object.keys(PARAM) as FacetKey[]) {
    const raw = p.get(PARAM[facet]);
    if (!raw) continue;
    const allowed = ALLOWED[facet];
    const values = [
      ...new Set(
        raw
          .split(",")
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    filters[facet] = facet === "countries" ? values.filter(isCountryCode) : allowed ? values.filter((v) => allowed.includes(v)) : values;
  }
  const node = p.get("node");
  const edge = p.get("edge");
  const at = /^(\d+)-(\d+)$/.exec(p.get("at") ?? "");
  const read = p.get("read");
  return {
    filters: filters as Filters,
    keepNeighbours: p.has("neighbours") ? p.get("neighbours") === "1" : INITIAL_SNAPSHOT.keepNeighbours,
    search: p.get("q") ?? "",
    selection: edge ? { kind: "edge", id: edge } : node ? { kind: "node", id: node } : null,
    view: (["table", "players", "rejected"] as const).find((v) => v === p.get("view")) ?? "graph",
    reading: read ? { articleId: read, start: at ? Number(at[1]) : null, end: at ? Number(at[2]) : null } : null,
    path: p.get("from") || p.get("to") ? { from: p.get("from") ?? "", to: p.get("to") ?? "" } : null,
    focus: focusOf(p),
    time: timeOf(p),
    minConfidence: confidenceOf(p),
    language: LANGUAGES.includes(p.get("lang") as Language) ? (p.get("lang") as Language) : null,
  };
}

const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** A region ICU knows: "XX" or "QQ" would show "1 chosen" over an empty graph. ZZ is ICU's "Unknown Region". */
function isCountryCode(v: string): boolean {
  return /^[A-Z]{2}$/.test(v) && v !== "ZZ" && regions.of(v) !== undefined;
}

const list = (raw: string | null) => (raw ? [...new Set(raw.split(",").filter(Boolean))] : []);

function timeOf(p: URLSearchParams): ExplorerSnapshot["time"] {
  const m = /^(\d{4})-(\d{4})$/.exec(p.get("years") ?? "");
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])].sort((a, b) => a - b) as [number, number];
  return { from, to, undated: p.get("undated") !== "0" };
}

/** "confidence=0.8": a share in (0, 1]; anything else shows every relation. */
function confidenceOf(p: URLSearchParams): number | null {
  const raw = p.get("confidence");
  const value = raw && /^(0(\.\d+)?|1(\.0+)?)$/.test(raw) ? Number(raw) : 0;
  return value > 0 ? value : null;
}

function focusOf(p: URLSearchParams): FocusSpec | null {
  const root = p.get("focus");
  if (!root) return null;
  const hops = Number(p.get("hops"));
  return { root, hops: hops === 2 || hops === 3 ? hops : 1, expanded: list(p.get("expand")), hidden: list(p.get("hide")) };
}

/** Typing in the search box replaces the history entry; every other change adds one. */
function onlySearchChanged(a: ExplorerState, b: ExplorerState): boolean {
  return a.search !== b.search && toQuery({ ...snapshotOf(a), search: "" }) === toQuery({ ...snapshotOf(b), search: "" });
}

/** Restores the store from the current URL, then mirrors every change into history. Returns a stop function. */
export function startUrlSync(win: Window = window): () => void {
  useExplorer.getState().restore(fromQuery(win.location.search));
  const unsubscribe = useExplorer.subscribe((state, prev) => {
    const query = toQuery(state);
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (onlySearchChanged(state, prev)) win.history.replaceState(null, "", url);
    else win.history.pushState(null, "", url);
  });
  const onPop = () => useExplorer.getState().restore(fromQuery(win.location.search));
  win.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", onPop);
  };
}
