// People linked to the organisation they serve by a role in apposition: "Simon Migliano,
// responsable de la recherche à Top10VPN", "le président de Microsoft, Brad Smith",
// "Palantir CEO Alex Karp", "Francesca Albanese, UN Rapporteur".
import type { Language } from "../../model";
import type { EntityRecord } from "../entities";
import type { Knowledge } from "../knowledge";
import type { Item } from "./items";

export interface RoleLink {
  person: string;
  organisation: string;
  role: string;
  /** Item index of the role word: what stands just before it ("former", "ancien", "ex-") says whether the role is over. */
  roleAt: number;
  /** Item index of the possessive that stood for the organisation ("Son président est X"): it is inferred, not named. */
  possessiveAt?: number;
}

const ORGANISATION_TYPES = new Set(["company", "agency", "organization"]);
const APPOSITION = new Set([",", "("]);
const GLUE = new Set([",", "'s", "le", "la", "les", "l'", "the", "de", "du", "des", "d'", "of", "at", "a", "à", "au", "chez", "for", "pour"]);
const REACH = 16;

/** Possessive determiners that, before a role, stand for an organisation named earlier ("Son président est X", "its CEO, X"). */
const POSSESSIVE = new Set(["son", "sa", "leur", "its", "their"]);
/** What may stand between such a role and the name. */
const COPULA = new Set(["est", "etait", "is", "was", ",", ":"]);

export function roleLinks(
  k: Knowledge,
  lang: Language,
  items: readonly Item[],
  entity: (id: string) => EntityRecord | undefined,
  /** The organisation a possessive at this item stands for, if the caller can resolve it. */
  ownerAt?: (item: number) => string | undefined,
): RoleLink[] {
  const roles = k.roles[lang];
  const isRole = (i: number) =>
    roles.has(items[i]?.norm ?? "") ||
    (items[i + 1]?.norm === "-" && roles.has(`${items[i]?.norm}-${items[i + 2]?.norm}`)) ||
    (items[i]?.norm === "chief" && items[i + 1]?.norm === "executive");
  const typeOf = (i: number) => (items[i]?.entityId ? entity(items[i]!.entityId!)?.type : undefined);
  const links: RoleLink[] = [];
  const add = (p: number, o: number, r: number) => {
    const link = { person: items[p]!.entityId!, organisation: items[o]!.entityId!, role: items[r]!.norm ?? "", roleAt: r };
    if (!links.some((l) => l.person === link.person && l.organisation === link.organisation)) links.push(link);
  };

  for (let p = 0; p < items.length; p++) {
    if (typeOf(p) !== "person") continue;
    // Person, role … organisation (the role in apposition after the name).
    if (APPOSITION.has(items[p + 1]?.norm ?? "")) {
      let role = -1;
      for (let i = p + 2; i < Math.min(items.length, p + 2 + REACH); i++) {
        if (items[i]!.blocksGap) break;
        const t = typeOf(i);
        if (t === "person") break;
        if (t && ORGANISATION_TYPES.has(t)) {
          // "Albanese, UN Rapporteur": the role may follow the organisation.
          if (role < 0 && isRole(i + 1)) role = i + 1;
          if (role >= 0) add(p, i, role);
          break;
        }
        if (role < 0 && isRole(i)) role = i;
      }
    }
    // Possessive, role, person ("Son président est Walter Cappilati", "its chief executive, Jane Doe").
    if (ownerAt) {
      let q = p - 1;
      let role = -1;
      while (q >= Math.max(0, p - 6) && (COPULA.has(items[q]!.norm ?? "") || isRole(q) || (role >= 0 && items[q]!.norm === "-"))) {
        if (isRole(q)) role = q;
        q--;
      }
      if (role >= 0 && q >= 0 && POSSESSIVE.has(items[q]!.norm ?? "")) {
        const organisation = ownerAt(q);
        if (organisation && organisation !== items[p]!.entityId) {
          const link = { person: items[p]!.entityId!, organisation, role: items[role]!.norm ?? "", roleAt: role, possessiveAt: q };
          if (!links.some((l) => l.person === link.person && l.organisation === link.organisation)) links.push(link);
        }
      }
    }
    // Role … organisation, person ("le président de Microsoft, Brad Smith"; "Palantir CEO Alex Karp").
    for (let o = p - 1; o >= Math.max(0, p - 5); o--) {
      const t = typeOf(o);
      if (t && ORGANISATION_TYPES.has(t)) {
        let role = -1;
        for (let i = o + 1; i < p; i++) if (isRole(i)) role = i;
        for (let i = Math.max(0, o - 3); i < o && role < 0; i++) if (isRole(i)) role = i;
        const glueOnly = items.slice(o + 1, p).every((it, n) => GLUE.has(it.norm ?? "") || isRole(o + 1 + n));
        if (role >= 0 && glueOnly) add(p, o, role);
        break;
      }
      if (t || items[o]!.blocksGap) break;
    }
  }
  return links;
}
