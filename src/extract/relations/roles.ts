// People linked to the organisation they serve by a role in apposition: "Simon Migliano,
// responsable de la recherche à Top10VPN", "le président de Microsoft, Brad Smith",
// "Palantir CEO Alex Karp", "Francesca Albanese, UN Rapporteur", "said Chief Constable Jane Doe,
// Gwent Police.", "Alex Karp et Peter Thiel, cofondateurs de Palantir".
import type { Language } from "../../model";
import type { EntityRecord } from "../entities";
import type { Knowledge } from "../knowledge";
import type { Item } from "./items";
import { phraseStartingAt } from "./role-titles-lexicon";

export interface RoleLink {
  person: string;
  organisation: string;
  role: string;
  /** Item index of the role word: what stands just before it ("former", "ancien", "ex-") says whether the role is over. */
  roleAt: number;
  /** Item index of the possessive that stood for the organisation ("Son président est X"): it is inferred, not named. */
  possessiveAt?: number;
  /** Item range [roleAt, titleEnd) of a title that names its institution without naming it ("Commerce Secretary"). */
  titleEnd?: number;
  /** Item range of the anaphor that stood for the organisation ("directeur de la société"). */
  anaphor?: { first: number; last: number; antecedent: { start: number; end: number } };
}

/** What the caller resolves that the items alone do not name. */
export interface RoleResolvers {
  /** The organisation a possessive at this item stands for. */
  ownerAt?: (item: number) => string | undefined;
  /** An anaphor starting at this item ("la société de gestion"): its last item and the organisation it stands for. */
  anaphorAt?: (item: number, exclude: string) => { last: number; id: string; start: number; end: number } | undefined;
}

const ORGANISATION_TYPES = new Set(["company", "agency", "organization"]);
const APPOSITION = new Set([",", "("]);
const GLUE = new Set([",", "'s", "le", "la", "les", "l'", "the", "de", "du", "des", "d'", "of", "at", "a", "à", "au", "chez", "for", "pour"]);
const REACH = 16;
/** Items a long title may run on past its last role word before the organisation: "… officer at Lockheed Martin". */
const ROLE_TO_ORGANISATION = 12;
/** Words between a predicate and its role: "was the", "sera ensuite nommé". */
const MAX_FILLERS = 4;
const QUOTES = new Set(['"', "“", "”", "«", "»"]);
/** Items between an organisation and the person it precedes: "KLP head of responsible investments, Kiran Aziz". */
const BACK_REACH = 9;
const OF = new Set(["of", "de", "du", "des", "d'"]);
/** What may end the clause after "Person, Organisation": "said Chief Constable Jane Doe, Gwent Police." */
const CLAUSE_END = new Set([".", ",", ";", ")", ":", "!", "?"]);
/** Joins persons who share a role: "Alex Karp et Peter Thiel, cofondateurs de Palantir". */
const PERSON_LIST = new Set([",", "et", "and"]);

/** Possessive determiners that, before a role, stand for an organisation named earlier ("Son président est X", "its CEO, X"). */
const POSSESSIVE = new Set(["son", "sa", "leur", "its", "their"]);
/** What may stand between such a role and the name. */
const COPULA = new Set(["est", "etait", "is", "was", ",", ":"]);

export function roleLinks(
  k: Knowledge,
  lang: Language,
  items: readonly Item[],
  entity: (id: string) => EntityRecord | undefined,
  resolve: RoleResolvers = {},
): RoleLink[] {
  const roles = k.roles[lang];
  const modifiers = k.roleTitles[lang].modifiers;
  const norm = (i: number) => items[i]?.norm ?? undefined;
  const known = (w: string) => roles.has(w) || (w.endsWith("s") && roles.has(w.slice(0, -1)));
  const isRole = (i: number) =>
    known(norm(i) ?? "") ||
    (norm(i + 1) === "-" && known(`${norm(i)}-${norm(i + 2)}`)) ||
    (norm(i - 1) === "-" && known(`${norm(i - 2)}-${norm(i)}`)) ||
    (norm(i) === "chief" && norm(i + 1) === "executive");
  /** A plural role is shared by the persons listed before it: "cofondateurs", "co-founders". */
  const plural = (i: number) => {
    const w = norm(i + 1) === "-" ? `${norm(i)}-${norm(i + 2)}` : (norm(i) ?? "");
    return !roles.has(w) && w.endsWith("s") && known(w);
  };
  const isModifier = (i: number) => phraseStartingAt(norm, i, modifiers) > 0;
  const copulas = k.roleTitles[lang].copulas;
  const fillers = k.roleTitles[lang].fillers;
  const typeOf = (i: number) => (items[i]?.entityId ? entity(items[i]!.entityId!)?.type : undefined);
  const links: RoleLink[] = [];
  const push = (link: RoleLink) => {
    if (link.person !== link.organisation && !links.some((l) => l.person === link.person && l.organisation === link.organisation)) links.push(link);
  };
  const add = (p: number, o: number, r: number) => push({ person: items[p]!.entityId!, organisation: items[o]!.entityId!, role: norm(r) ?? "", roleAt: r });
  /** The role word of a title standing right before item `p` ("said Chief Constable Jane Doe"), -1 when none. */
  const titleBefore = (p: number) => {
    let role = -1;
    for (let q = p - 1; q >= 0 && (isRole(q) || isModifier(q) || norm(q) === "-"); q--) if (isRole(q)) role = q;
    return role;
  };
  /** Persons listed before item `p`, joined by commas and "et"/"and": they share a plural role. */
  const listedBefore = (p: number) => {
    const out: number[] = [];
    for (let q = p - 1; q >= 1 && PERSON_LIST.has(norm(q) ?? "") && typeOf(q - 1) === "person"; q -= 2) out.push(q - 1);
    return out;
  };

  for (let p = 0; p < items.length; p++) {
    if (typeOf(p) !== "person") continue;
    // Person, role … organisation (the role in apposition after the name), or Person is/was named role … organisation.
    const predicate = predicateRole(p);
    if (predicate >= 0 || APPOSITION.has(norm(p + 1) ?? "")) {
      let role = predicate;
      let limit = Math.min(items.length, p + 2 + REACH);
      for (let i = predicate >= 0 ? predicate : p + 2; i < limit; i++) {
        // After the role, a quotation mark closes the title: « … patron de la revue X" cité par Y » names no employer in Y.
        if (items[i]!.blocksGap || (role >= 0 && QUOTES.has(norm(i) ?? ""))) break;
        const t = typeOf(i);
        if (t === "person") break;
        const anaphor = role >= 0 && !t ? resolve.anaphorAt?.(i, items[p]!.entityId!) : undefined;
        if (anaphor) {
          // "Nikolai Tangen, directeur de la société de gestion": the anaphor stands for the organisation.
          const { id, last, start, end } = anaphor;
          push({
            person: items[p]!.entityId!,
            organisation: id,
            role: norm(role) ?? "",
            roleAt: role,
            anaphor: { first: i, last, antecedent: { start, end } },
          });
          break;
        }
        if (t && ORGANISATION_TYPES.has(t)) {
          // "Albanese, UN Rapporteur", "X, Microsoft's executive vice president": the role may follow the organisation.
          if (role < 0) role = roleAfterOrganisation(i);
          // "said Chief Constable Jane Doe, Gwent Police.": the title before the name, the organisation closing the clause.
          if (role < 0 && i === p + 2 && (i + 1 >= items.length || CLAUSE_END.has(norm(i + 1) ?? ""))) role = titleBefore(p);
          if (role >= 0) {
            add(p, i, role);
            if (plural(role)) for (const q of listedBefore(p)) add(q, i, role);
          }
          break;
        }
        if (isRole(i)) {
          if (role < 0) role = i;
          // A long title ("senior vice president for … as well as chief information officer at X") reads on from its last role.
          limit = Math.max(limit, Math.min(items.length, i + 1 + ROLE_TO_ORGANISATION));
        }
      }
    }
    possessiveRole(p);
    organisationBefore(p);
  }
  return links;

  /** "X was the Chief of Y", "X, who is the CEO at Y", "X sera ensuite nommé président de Y": the role word after the predicate, -1 when none. */
  function predicateRole(p: number): number {
    let q = p + 1;
    if (norm(q) === ",") q++;
    const copula = phraseStartingAt(norm, q, copulas);
    if (copula === 0) return -1;
    q += copula;
    for (let n = 0; n < MAX_FILLERS && q < items.length && !isRole(q); n++, q++) {
      if (items[q]!.entityId || !(fillers.has(norm(q) ?? "") || isModifier(q))) return -1;
    }
    return isRole(q) ? q : -1;
  }

  /** The role word after an organisation, past "'s" and up to two modifiers ("Lockheed Martin Senior Vice President"), -1 when none. */
  function roleAfterOrganisation(o: number): number {
    let q = o + 1;
    if (norm(q) === "'s" || norm(q) === "'") q++;
    for (let n = 0; n <= 2; n++, q++) {
      if (isRole(q)) return q;
      if (!isModifier(q)) return -1;
    }
    return -1;
  }

  // Possessive, role, person ("Son président est Walter Cappilati", "its chief executive, Jane Doe").
  function possessiveRole(p: number): void {
    if (!resolve.ownerAt) return;
    let q = p - 1;
    let role = -1;
    while (q >= Math.max(0, p - 6) && (COPULA.has(norm(q) ?? "") || isRole(q) || isModifier(q) || (role >= 0 && norm(q) === "-"))) {
      if (isRole(q)) role = q;
      q--;
    }
    if (role >= 0 && q >= 0 && POSSESSIVE.has(norm(q) ?? "")) {
      // "Son président est X, …, et son directeur général est Y": parallel possessives share their owner.
      const first = links.find((l) => l.possessiveAt !== undefined);
      const organisation = first && COPULA.has(norm(p - 1) ?? "") ? first.organisation : resolve.ownerAt(q);
      if (organisation) push({ person: items[p]!.entityId!, organisation, role: norm(role) ?? "", roleAt: role, possessiveAt: q });
    }
  }

  // Role … organisation, person ("le président de Microsoft, Brad Smith"; "Palantir CEO Alex Karp";
  // "IEBC acting Chief Executive Officer X"; "KLP head of responsible investments, X").
  function organisationBefore(p: number): void {
    for (let o = p - 1; o >= Math.max(0, p - BACK_REACH); o--) {
      const t = typeOf(o);
      if (t && ORGANISATION_TYPES.has(t)) {
        let role = -1;
        for (let i = o + 1; i < p; i++) if (isRole(i)) role = i;
        // "le directeur général par intérim de Palantir, X": the title before the organisation.
        for (let i = o - 1; i >= Math.max(0, o - 6) && role < 0 && (GLUE.has(norm(i) ?? "") || isRole(i) || isModifier(i)); i--) {
          if (norm(i) !== "," && isRole(i)) role = i;
        }
        // A role after the organisation joins it with no comma between ("IEBC acting CEO X"): in "…à la police, le ministre X" the organisation closed a phrase.
        const joined = role < o || !items.slice(o + 1, role).some((it) => it.norm === ",");
        if (role >= 0 && joined && titleOnly(o + 1, p)) add(p, o, role);
        return;
      }
      if (t || items[o]!.blocksGap) return;
    }
  }

  /** Items [from, to) hold only a title: glue, roles, modifiers, and the lowercase complement of "role of" ("head of responsible investments"). */
  function titleOnly(from: number, to: number): boolean {
    let complement = false;
    for (let i = from; i < to; i++) {
      const w = norm(i) ?? "";
      if (isRole(i) || isModifier(i) || w === "-") continue;
      if (OF.has(w) && isRole(i - 1)) complement = true;
      else if (w === ",") complement = false;
      else if (!GLUE.has(w) && !(complement && items[i]!.isWord)) return false;
    }
    // Most of the span must be the title: a long lowercase run is a clause, not a complement.
    return to - from <= 5 || items.slice(from, to).some((it) => it.norm === ",");
  }
}
