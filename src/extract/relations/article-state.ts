// The state an article is about, for titles that leave it implicit ("le Premier ministre X" in a story
// on Norway). Each country scores its public bodies' mentions (states, agencies, organisations), twice,
// and its nationality adjectives in the text; companies are left out, since global firms are named everywhere. The top
// country wins only when no other ties it: an article shared between two states has none.
import type { EntityRecord } from "../entities";
import type { Knowledge } from "../knowledge";
import { tokenize } from "../text/tokens";
import type { ArticleInput } from "./facts";

const GOVERNMENT = new Set(["state", "agency"]);
/** Bodies whose country says where the story is: governments and organisations (a fund, a commission), not firms. */
const PUBLIC = new Set(["state", "agency", "organization"]);
/** A named body says more than an adjective ("les entreprises israéliennes" may be the story's targets). */
const MENTION_WEIGHT = 2;
const CAPITAL = /\p{Lu}/u;
/** Enough characters to hold the word before a mention. */
const LOOK_BEFORE = 16;

const stateIds = new WeakMap<Knowledge, Map<string, string>>();
const articleStates = new WeakMap<ArticleInput, string | null>();

/** The registry's state entity of each country code. */
export function stateOfCountry(k: Knowledge, country: string): string | undefined {
  let map = stateIds.get(k);
  if (!map) {
    map = new Map();
    for (const e of k.registryEntities) if (e.type === "state" && e.country && !map.has(e.country)) map.set(e.country, e.id);
    stateIds.set(k, map);
  }
  return map.get(country);
}

/** The id of the article's state entity, computed once per article and only when a title asks for it. */
export function articleState(k: Knowledge, a: ArticleInput): string | undefined {
  const known = articleStates.get(a);
  if (known !== undefined) return known ?? undefined;
  const score = new Map<string, number>();
  const add = (country: string | null | undefined, weight = 1) => {
    if (country) score.set(country, (score.get(country) ?? 0) + weight);
  };
  const locative = k.cues.locative[a.lang];
  for (const m of a.mentions) {
    const e: EntityRecord | undefined = a.entity(m.entityId);
    // "la situation à Gaza", "in Xinjiang": a state named as a place is where things happen, not who acts.
    const before = tokenize(a.text, Math.max(0, m.start - LOOK_BEFORE), m.start).pop();
    if (e && PUBLIC.has(e.type) && !(before && locative.matchAt([before], 0))) add(e.country, MENTION_WEIGHT);
  }
  // English capitalises its nationalities, and "us" is a pronoun before it is a country.
  const capitalOnly = a.lang === "en";
  const tokens = tokenize(a.text);
  // "les entreprises israéliennes", "Israeli firms": the adjective places an organisation, not the story.
  const describes = (n: number) => {
    const w = tokens[n]?.norm ?? "";
    return k.descriptors.has(w) || (w.endsWith("s") && k.descriptors.has(w.slice(0, -1)));
  };
  tokens.forEach((t, n) => {
    if (!t.isWord || (capitalOnly && !CAPITAL.test(a.text[t.start]!)) || describes(n - 1) || describes(n + 1)) return;
    add(k.discovery.nationalityOf.get(t.norm));
  });
  const ranked = [...score].sort((x, y) => y[1] - x[1]);
  const [top, second] = ranked;
  const state = top && (!second || second[1] < top[1]) ? stateOfCountry(k, top[0]) : undefined;
  articleStates.set(a, state ?? null);
  return state;
}

/** The countries whose state or agencies the article names. */
export function articleCountries(a: ArticleInput): Set<string> {
  const out = new Set<string>();
  for (const m of a.mentions) {
    const e = a.entity(m.entityId);
    if (e?.country && GOVERNMENT.has(e.type)) out.add(e.country);
  }
  return out;
}
