// A title before a person's name that names the institution rather than stating it: a portfolio
// ("Commerce Secretary X", "le ministre du Plan X", "le sous-secrétaire au Trésor chargé du …, X") names
// a ministry of a state, a head of government ("le Premier ministre X") the state itself. Words are data
// (data/relations.yaml `role_titles`); which ministry a portfolio names is read off the names of the
// ministries the registry and the article know (ministry-index.ts).
import type { Knowledge } from "../knowledge";
import { tokenize } from "../text/tokens";
import { articleState, stateOfCountry } from "./article-state";
import type { ArticleInput } from "./facts";
import type { Item } from "./items";
import { findMinistry } from "./ministry-index";
import { phraseEndingAt, phraseStartingAt, type RoleTitles } from "./role-titles-lexicon";

export interface TitleLink {
  institution: string;
  /** Item range [roleAt, titleEnd) of the title. */
  roleAt: number;
  titleEnd: number;
  role: string;
}

/** A participle clause inside the title is short: "chargé du terrorisme et du renseignement financier". */
const MAX_EXTENSION = 10;
const MAX_PORTFOLIO = 3;
/** "de l'Économie, de l'Industrie et des Finances": at most this many portfolios joined. */
const MAX_PORTFOLIOS = 3;
const COORDINATION = new Set(["et", "and", ","]);
const CAPITAL = /^\p{Lu}/u;
/** A mention of these is no portfolio word: "Microsoft President X", "Kenya's Minister". */
const NOT_PORTFOLIO = new Set(["person", "state", "contract"]);

interface ReadTitle {
  kind: "minister" | "government" | "state";
  /** Item range [first, end) of the title words. */
  first: number;
  end: number;
  /** Where the whole title ends, its portfolio and nationality included. */
  spanEnd: number;
  /** Folded portfolio words ("commerce", "finances"). */
  portfolio: string[];
  /** The country the title names ("US Commerce Secretary", "le ministre norvégien"). */
  country?: string;
  /** A state the title names as an entity ("U.S. Commerce Secretary"). */
  stateId?: string;
}

export function titleInstitution(k: Knowledge, a: ArticleInput, items: readonly Item[], p: number): TitleLink | undefined {
  const t = readTitle(k, a, items, p);
  if (!t) return undefined;
  const role = items
    .slice(t.first, t.end)
    .map((i) => i.norm)
    .join(" ");
  const named = t.stateId ?? (t.country ? stateOfCountry(k, t.country) : undefined);
  const link = (institution: string | undefined) => (institution ? { institution, roleAt: t.first, titleEnd: t.spanEnd, role } : undefined);
  if (t.kind === "state") return link(named);
  if (t.kind === "government") return link(named ?? articleState(k, a));
  const country = named ? (a.entity(named)?.country ?? t.country) : undefined;
  const ministry = findMinistry(k, a, t.portfolio, country, () => articleState(k, a));
  // No ministry the registry or the article names: none is invented, and the state is not the minister's
  // institution either (annotators link a minister to the ministry, "named only through its minister's title").
  return link(ministry);
}

/** Reads the title that ends right before the person at item `p`, if it is one of `role_titles`. */
function readTitle(k: Knowledge, a: ArticleInput, items: readonly Item[], p: number): ReadTitle | undefined {
  const lex = k.roleTitles[a.lang];
  const norm = (i: number) => items[i]?.norm ?? undefined;
  const lowerWord = (i: number) => items[i]?.isWord === true && !CAPITAL.test(a.text[items[i]!.start]!);
  const capitalWord = (i: number) => items[i]?.isWord === true && CAPITAL.test(a.text[items[i]!.start]!);
  const nationality = (i: number) => (norm(i) ? k.discovery.nationalityOf.get(norm(i)!) : undefined);
  let i = p - 1;
  let comma = false;
  if (norm(i) === ",") {
    i--;
    comma = true;
  }
  // "le sous-secrétaire au Trésor chargé du terrorisme et du renseignement financier, X": the clause is the title's.
  if (comma) {
    for (let j = i, n = 0; j >= 0 && n < MAX_EXTENSION && lowerWord(j); j--, n++) {
      const len = phraseStartingAt(norm, j, lex.extensions);
      if (len > 0 && j + len - 1 <= i) {
        i = j - 1;
        break;
      }
    }
  }
  // "le ministre de la Défense du Kenya, X": the state after the portfolio.
  const stateAfter = items[i]?.entityId && a.entity(items[i]!.entityId!)?.type === "state" && lex.links.has(norm(i - 1) ?? "") ? items[i]!.entityId : undefined;
  const spanEnd = i + 1;
  if (stateAfter) for (i--; i >= 0 && lex.links.has(norm(i) ?? ""); ) i--;
  // A portfolio word the name finder took for a body of its own ("Defense Minister"): the title's still.
  const portfolioWord = (n: number) => {
    if (capitalWord(n)) return true;
    const e = items[n]?.entityId ? a.entity(items[n]!.entityId!) : undefined;
    // A registry company before a title is its organisation ("Microsoft President X"), a discovered one may be a portfolio.
    return e !== undefined && !NOT_PORTFOLIO.has(e.type) && !(e.curated && e.type === "company");
  };
  const named = (first: number, country: string | undefined) => (stateAfter ? { stateId: stateAfter } : namedBefore(k, a, items, first, country));
  // Portfolio after the title: "ministre des Finances", "Secretary of Commerce", "ministre de l'Économie et des Finances".
  let portfolio: string[] = [];
  let l = i;
  for (let part = 0; part < MAX_PORTFOLIOS; part++) {
    let j = l;
    while (j > l - MAX_PORTFOLIO && portfolioWord(j) && !titleEndingAt(lex, norm, j)) j--;
    if (j === l) break;
    portfolio = [...words(a.text, items, j + 1, l + 1), ...portfolio];
    for (l = j; l >= 0 && lex.links.has(norm(l) ?? ""); ) l--;
    if (!COORDINATION.has(norm(l) ?? "")) break;
    l--;
    while (l >= 0 && lex.links.has(norm(l) ?? "")) l--;
  }
  // A link word stands between the title and its first portfolio: "ministre de", "Secretary of".
  if (portfolio.length && lex.links.has(norm(l + 1) ?? "")) {
    const country = nationality(l);
    if (country) l--;
    const len = phraseEndingAt(norm, l, lex.ministers);
    if (len > 0) return { kind: "minister", first: l - len + 1, end: l + 1, spanEnd, portfolio, ...named(l - len + 1, country) };
  }
  // "le président kényan X", "le Premier ministre norvégien X".
  const after = a.lang === "fr" ? nationality(i) : undefined;
  const end = after ? i - 1 : i;
  const kinds: [ReadTitle["kind"], RoleTitles["ministers"]][] = [
    ["government", lex.governmentHeads],
    ["state", lex.stateHeads],
    ["minister", lex.ministers],
  ];
  for (const [kind, list] of kinds) {
    const len = phraseEndingAt(norm, end, list);
    if (len === 0) continue;
    const first = end - len + 1;
    // The whole title is capitalised in English ("Prime Minister"): capitalised words before it are its portfolio ("Commerce Secretary").
    let q = first - 1;
    while (kind === "minister" && q > first - 1 - MAX_PORTFOLIO && portfolioWord(q) && !nationality(q)) q--;
    const portfolio = words(a.text, items, q + 1, first);
    if (kind === "minister" && portfolio.length === 0) return undefined;
    return { kind, first: q + 1, end: end + 1, spanEnd, portfolio, ...named(q + 1, after) };
  }
  return undefined;
}

function titleEndingAt(lex: RoleTitles, norm: (i: number) => string | undefined, i: number): boolean {
  return [lex.ministers, lex.governmentHeads, lex.stateHeads].some((list) => phraseEndingAt(norm, i, list) > 0);
}

/** The folded words of items [from, to), a mention's words included. */
const words = (text: string, items: readonly Item[], from: number, to: number): string[] =>
  items.slice(from, to).flatMap((i) => (i.norm ? [i.norm] : tokenize(text, i.start, i.end).map((t) => t.norm)));

/** The state named right before the title: "U.S. Commerce Secretary", "Kenya's President", "the Norwegian Prime Minister". */
function namedBefore(
  k: Knowledge,
  a: ArticleInput,
  items: readonly Item[],
  first: number,
  country: string | undefined,
): { country?: string; stateId?: string } {
  if (country) return { country };
  let b = first - 1;
  if (items[b]?.norm === "'s") b--;
  const id = items[b]?.entityId;
  if (id && a.entity(id)?.type === "state") return { stateId: id };
  const adjective = items[b]?.norm ? k.discovery.nationalityOf.get(items[b]!.norm!) : undefined;
  return adjective ? { country: adjective } : {};
}
