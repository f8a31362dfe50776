// Where review decisions go. Served by `npm start` or `npm run dev`, the local endpoint writes
// data/curation.yaml and rebuilds the graph, which is then refetched. In a static deploy (no
// endpoint answers) they stay in this browser (IndexedDB) and are applied here to the loaded graph.
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { parseCuration, parseGraph, type DecisionInput, type Graph, type Report } from "../../model";
import { articleOptions, dataUrl, graphOptions } from "../api/data";

export type Mode = "server" | "browser";
export type CurationState = { mode: Mode; decisions: DecisionInput[]; curation: Report["curation"] | null };

const ENDPOINT = () => `${import.meta.env.BASE_URL}api/curation`;
const STORE_KEY = "entangle:curation";
export const CURATION_KEY = ["curation"] as const;

async function fromEndpoint(): Promise<CurationState | null> {
  try {
    const response = await fetch(ENDPOINT(), { headers: { Accept: "application/json" } });
    if (!response.ok) return null;
    const body = (await response.json()) as { decisions?: unknown; curation?: Report["curation"] };
    const parsed = parseCuration(body.decisions);
    return parsed.ok && Array.isArray(body.decisions) ? { mode: "server", decisions: parsed.value, curation: body.curation ?? null } : null;
  } catch {
    // A static host answers with its index page or nothing at all: no endpoint.
    return null;
  }
}

async function storedDecisions(): Promise<DecisionInput[]> {
  try {
    const { get } = await import("idb-keyval");
    const parsed = parseCuration(await get(STORE_KEY));
    return parsed.ok ? parsed.value : [];
  } catch {
    // No IndexedDB (private mode, tests): nothing stored.
    return [];
  }
}

let baseGraph: Promise<Graph> | null = null;

/** The graph as built, before this browser's decisions: fetched again, since the cached one is replaced. */
function loadBaseGraph(): Promise<Graph> {
  baseGraph ??= fetch(dataUrl("graph.json"))
    .then((r) => r.json())
    .then((raw) => {
      const parsed = parseGraph(raw);
      if (!parsed.ok) throw new Error(parsed.problems.join("; "));
      return parsed.value;
    });
  return baseGraph;
}

/** Applies the decisions to the built graph in the browser, with the extractor's own curation module (loaded on demand). */
async function applyHere(client: QueryClient, decisions: DecisionInput[]): Promise<Report["curation"]> {
  const [{ applyCuration }, base] = await Promise.all([import("../../extract/curation"), loadBaseGraph()]);
  const parsed = parseCuration(decisions);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  // Only the articles the decisions quote are fetched: the others cannot anchor anything here.
  const wanted = new Set(parsed.value.map((d) => (Object.values(d)[0] as { article?: string }).article));
  const ids = base.articles.map((a) => a.id).filter((id) => wanted.has(id));
  const texts = new Map(await Promise.all(ids.map(async (id) => [id, (await client.fetchQuery(articleOptions(id))).text] as const)));
  const result = applyCuration(base, texts, parsed.value);
  client.setQueryData(graphOptions().queryKey, result.graph);
  return {
    applied: result.applied,
    stale: result.stale,
    rejected: result.rejected.map((r) => ({ edge: r.id, scope: r.scope, reason: r.reason, passages: r.evidence.length })),
  };
}

export function curationOptions(client: QueryClient) {
  return queryOptions({
    queryKey: CURATION_KEY,
    queryFn: async (): Promise<CurationState> => {
      const served = await fromEndpoint();
      if (served) return served;
      const decisions = await storedDecisions();
      return { mode: "browser", decisions, curation: decisions.length ? await applyHere(client, decisions) : null };
    },
    staleTime: Infinity,
  });
}

export function useCuration() {
  const client = useQueryClient();
  return useQuery(curationOptions(client));
}

async function save(client: QueryClient, decisions: DecisionInput[]): Promise<CurationState> {
  const { mode } = await client.ensureQueryData(curationOptions(client));
  if (mode === "browser") {
    try {
      const { set } = await import("idb-keyval");
      await set(STORE_KEY, decisions);
    } catch {
      // No IndexedDB (private mode): the decisions hold for this visit and can still be downloaded.
    }
    return { mode, decisions, curation: await applyHere(client, decisions) };
  }
  const response = await fetch(ENDPOINT(), { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decisions }) });
  const body = (await response.json().catch(() => ({}))) as { decisions?: DecisionInput[]; curation?: Report["curation"]; problems?: string[] };
  if (!response.ok) throw new Error(body.problems?.join(" — ") ?? `HTTP ${response.status}`);
  await client.invalidateQueries({ queryKey: ["graph"] });
  return { mode, decisions: body.decisions ?? decisions, curation: body.curation ?? null };
}

export const SAVE_KEY = ["curation", "save"] as const;

/** Replaces the whole list of decisions (append, undo and load all go through here). */
export function useSaveDecisions() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: SAVE_KEY,
    mutationFn: (decisions: DecisionInput[]) => save(client, decisions),
    onSuccess: (state) => client.setQueryData(CURATION_KEY, state),
  });
}

/** Appends decisions to the current list. */
export function useDecide() {
  const client = useQueryClient();
  const saving = useSaveDecisions();
  return {
    ...saving,
    decide: async (...added: DecisionInput[]) => {
      const { decisions } = await client.ensureQueryData(curationOptions(client));
      return saving.mutateAsync([...decisions, ...added]);
    },
  };
}
