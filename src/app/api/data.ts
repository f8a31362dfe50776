// Loading data/: TanStack Query options factories and hooks. Everything fetched is validated with
// the model's parse functions at this boundary; failures become a DataError the UI can explain.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseArticle, parseGraph } from "../../model";
import { buildIndex, type GraphIndex } from "../graph/graphIndex";
import { embeddedSnapshot } from "./snapshot";
import { mergeAdded } from "../graph/addedGraph";
import { memoLast } from "../graph/memo";
import type { Graph } from "../../model";
import { addedOptions, type StoredArticle } from "./added";
import { t } from "../i18n";

/** Why a data file could not be used: each kind has its own heading and fix in the UI. */
export type DataErrorKind = "missing" | "empty" | "not-json" | "invalid";

const SUMMARY: Record<DataErrorKind, string> = {
  missing: "not found",
  empty: "is empty",
  "not-json": "is not valid JSON",
  invalid: "does not match the schema",
};

export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    readonly url: string,
    readonly problems: string[],
  ) {
    super(`${url}: ${SUMMARY[kind]}${problems.length ? ` — ${problems[0]}` : ""}`);
    this.name = "DataError";
  }
}

/** Where data/ lives relative to the page; Vite's base is "./" so the build works from any folder. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new DataError("missing", url, [`HTTP ${response.status} ${response.statusText}`.trim()]);
  const body = await response.text();
  if (body.trim() === "") throw new DataError("empty", url, []);
  try {
    return JSON.parse(body);
  } catch (e) {
    // A dev server or static host answers an absent file with the app's index.html.
    if (/^\s*</.test(body)) throw new DataError("missing", url, [t("errorScreen.problem.webPage")]);
    throw new DataError("not-json", url, [e instanceof Error ? e.message : String(e)]);
  }
}

/** An article from the snapshot the page carries, else from data/. */
async function articleJson(id: string, url: string): Promise<unknown> {
  const snapshot = embeddedSnapshot();
  if (!snapshot) return fetchJson(url);
  const doc = snapshot.articles[id];
  if (doc === undefined) throw new DataError("missing", url, [t("errorScreen.problem.notInSnapshot")]);
  return doc;
}

export function graphOptions() {
  const url = dataUrl("graph.json");
  return queryOptions({
    queryKey: ["graph", url],
    queryFn: async () => {
      const parsed = parseGraph(embeddedSnapshot()?.graph ?? (await fetchJson(url)));
      if (!parsed.ok) throw new DataError("invalid", url, parsed.problems);
      return parsed.value;
    },
    staleTime: Infinity,
  });
}

export function articleOptions(id: string) {
  const url = dataUrl(`articles/${encodeURIComponent(id)}.json`);
  return queryOptions({
    queryKey: ["article", id, url],
    queryFn: async ({ client }) => {
      // An article added in this browser is read from there, never fetched.
      const added = (await client.ensureQueryData(addedOptions())).find((a) => a.id === id);
      if (added) return added.doc;
      const parsed = parseArticle(await articleJson(id, url));
      if (!parsed.ok) throw new DataError("invalid", url, parsed.problems);
      if (parsed.value.id !== id) throw new DataError("invalid", url, [`id is '${parsed.value.id}', expected '${id}'`]);
      return parsed.value;
    },
    staleTime: Infinity,
  });
}

const indexes = new WeakMap<Graph, GraphIndex>();

/** One index per loaded graph, shared by every component that asks for it. */
export function indexOf(graph: Graph): GraphIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = buildIndex(graph)));
  return index;
}

/** The loaded graph with the articles added in this browser merged in; one index per pair. */
const withAdded = memoLast((index: GraphIndex, added: readonly StoredArticle[]): GraphIndex => {
  if (!added.length) return index;
  const { graph, marks } = mergeAdded(
    index.graph,
    added.map((a) => a.graph),
  );
  return { ...buildIndex(graph), added: marks };
});

/**
 * The graph to show. It waits for the added articles too (IndexedDB answers in milliseconds), so
 * the canvas is not laid out twice on load; until they are read, `data` is the loaded graph alone.
 */
export function useGraph() {
  const base = useQuery({ ...graphOptions(), select: indexOf });
  const added = useQuery(addedOptions());
  const data = base.data && withAdded(base.data, added.data ?? []);
  const state = { data, isPending: base.isPending || added.isPending, refetch: base.refetch };
  return base.isError ? { ...state, isError: true as const, error: base.error } : { ...state, isError: false as const, error: null };
}

export function useArticle(id: string | null) {
  return useQuery({ ...articleOptions(id ?? ""), enabled: id !== null });
}
