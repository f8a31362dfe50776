// A country name used as an adjective ("a US company", "la société suisse X", "the Israeli firm NSO") qualifies
// a name or a noun; it names no party of a relation.
import type { EntityRecord } from "../entities";
import type { Knowledge } from "../knowledge";
import type { Group, Item } from "./items";

/** "a US company", "Paragon’s US subsidiary": a country name used as an adjective names no party. */
export function adjectival(k: Knowledge, items: readonly Item[], g: Group, entity: (id: string) => EntityRecord | undefined): boolean {
  if (g.first !== g.last || entity(g.entityIds[0]!)?.type !== "state") return false;
  const next = items[g.last + 1];
  const before = items[g.first - 1]?.norm ?? "";
  const nounNext = next?.isWord === true && /^\p{Ll}/u.test(next.norm ?? "") && !k.discovery.stopwords.includes(next.norm ?? "");
  // "la société suisse Quorvex", "the Israeli firm NSO": a country beside a describing noun qualifies the name after them.
  const describing = (norm: string | null | undefined) => norm !== null && norm !== undefined && k.descriptors.has(norm);
  if ((describing(before) && next?.entityId) || (describing(next?.norm) && items[g.last + 2]?.entityId)) return true;
  return nounNext && (["a", "an", "'s", "its", "their", "his", "her"].includes(before) || items[g.first - 1]?.entityId !== undefined);
}
