// Articles added in this browser: kept in IndexedDB (idb-keyval, under a key of their own) and
// held by TanStack Query like the rest of the data. What comes back from storage is validated;
// an entry that no longer matches the model is dropped, not shown half-broken.
import { queryOptions, useQuery, type QueryClient } from "@tanstack/react-query";
import { get, set } from "idb-keyval";
import { z } from "zod/mini";
import { ArticleDocSchema, GraphSchema } from "../../model";

/** Curation decisions live under another key; this one is only for added articles. */
export const ADDED_KEY = "entangle:added-articles:v1";

export const StoredArticleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  source: z.string(),
  seed: z.string(),
  doc: ArticleDocSchema,
  graph: GraphSchema,
  notes: z.array(z.string()),
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

const NONE: StoredArticle[] = [];

/** The app waits for the added articles before its first layout; storage that never answers must not hold it. */
export const LOAD_TIMEOUT_MS = 3000;

/** The stored articles; none when this browser has no IndexedDB (private modes, tests) or it does not answer. */
export async function loadAdded(): Promise<StoredArticle[]> {
  let raw: unknown;
  let timer: Parameters<typeof clearTimeout>[0];
  try {
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, LOAD_TIMEOUT_MS)));
    raw = await Promise.race([get(ADDED_KEY), timeout]);
  } catch {
    return NONE;
  } finally {
    clearTimeout(timer);
  }
  if (!Array.isArray(raw)) return NONE;
  return raw.flatMap((entry) => {
    const parsed = StoredArticleSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function addedOptions() {
  return queryOptions({ queryKey: ["added"], queryFn: loadAdded, staleTime: Infinity });
}

export function useAdded() {
  return useQuery(addedOptions());
}

/** Shows the new list at once, then stores it; resolves to false when it could not be stored. */
async function replaceAdded(client: QueryClient, next: StoredArticle[]): Promise<boolean> {
  client.setQueryData(addedOptions().queryKey, next);
  try {
    await set(ADDED_KEY, next);
    return true;
  } catch {
    return false;
  }
}

export function addArticles(client: QueryClient, articles: readonly StoredArticle[]): Promise<boolean> {
  const current = client.getQueryData(addedOptions().queryKey) ?? NONE;
  const fresh = articles.filter((a) => !current.some((c) => c.id === a.id));
  return replaceAdded(client, [...current, ...fresh]);
}

export function removeAdded(client: QueryClient, id: string): Promise<boolean> {
  const current = client.getQueryData(addedOptions().queryKey) ?? NONE;
  return replaceAdded(
    client,
    current.filter((a) => a.id !== id),
  );
}
