// Which ministry a portfolio names: a ministry's names carry its portfolio after or before a ministry
// noun ("Department of Commerce", "Commerce Department", "ministère guinéen du Plan et de la
// Coopération internationale"), so the registry's and the article's ministries are indexed by the
// portfolio words of their names, and a title's portfolio ("Commerce", "du Plan") opens that key.
import type { EntityRecord } from "../entities";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";
import { articleCountries } from "./article-state";
import type { ArticleInput } from "./facts";

interface Ministry {
  id: string;
  country: string | null;
  /** Portfolio words of one of its names, folded, function words and nationalities left out. */
  key: string[];
}

interface Words {
  ministries: Set<string>;
  skip: Set<string>;
}

const wordsOf = new WeakMap<Knowledge, Words>();
const registryOf = new WeakMap<Knowledge, Ministry[]>();
const articleOf = new WeakMap<ArticleInput, Ministry[]>();

function lexicon(k: Knowledge): Words {
  let w = wordsOf.get(k);
  if (!w) {
    const titles = Object.values(k.roleTitles);
    w = {
      ministries: new Set(titles.flatMap((t) => [...t.ministries])),
      skip: new Set([...k.discovery.stopwords.map((s) => fold(s)), ...titles.flatMap((t) => [...t.links]), ...k.discovery.nationalityOf.keys()]),
    };
    wordsOf.set(k, w);
  }
  return w;
}

/** The portfolio words of a name, or undefined when no ministry noun stands in it. */
function ministryKey(w: Words, name: string): string[] | undefined {
  const norms = tokenize(name)
    .filter((t) => t.isWord)
    .map((t) => t.norm);
  const content = (list: string[]) => list.filter((n) => !w.skip.has(n) && n.length > 1);
  // The ministry noun heads the name, first or last: in "Bureau of Industry … du département du Commerce" it only qualifies.
  const m = norms.findIndex((n, i) => w.ministries.has(n) && (i === norms.length - 1 || content(norms.slice(0, i)).length === 0));
  if (m < 0) return undefined;
  const after = content(norms.slice(m + 1));
  return after.length ? after : content(norms.slice(0, m));
}

function ministriesOf(w: Words, entities: Iterable<EntityRecord>): Ministry[] {
  const out: Ministry[] = [];
  for (const e of entities) {
    if (e.type !== "agency") continue;
    for (const name of new Set([e.label, ...e.forms])) {
      const key = ministryKey(w, name);
      if (key?.length) out.push({ id: e.id, country: e.country, key });
    }
  }
  return out;
}

const opens = (key: readonly string[], portfolio: readonly string[]) => portfolio.length > 0 && portfolio.every((p, n) => key[n] === p);

/**
 * The ministry a portfolio names: one the article names first (of the title's country when it names one),
 * else the registry's of that country, of the article's state, or of the one country among the article's governments that has it.
 */
export function findMinistry(
  k: Knowledge,
  a: ArticleInput,
  portfolio: readonly string[],
  country: string | undefined,
  articleState: () => string | undefined,
): string | undefined {
  const w = lexicon(k);
  const wanted = portfolio.filter((n) => !w.skip.has(n));
  if (!wanted.length) return undefined;
  let inArticle = articleOf.get(a);
  if (!inArticle) {
    const ids = new Set(a.mentions.map((m) => m.entityId));
    inArticle = ministriesOf(
      w,
      [...ids].map((id) => a.entity(id)).filter((e): e is EntityRecord => e !== undefined),
    );
    articleOf.set(a, inArticle);
  }
  const fits = (m: Ministry) => opens(m.key, wanted) && (!country || !m.country || m.country === country);
  const named = inArticle.find(fits);
  if (named) return named.id;
  let registry = registryOf.get(k);
  if (!registry) registryOf.set(k, (registry = ministriesOf(w, k.registryEntities)));
  // Unnamed, the state is the article's own; with none, the one country among the article's governments that has the ministry.
  const own = country ? undefined : articleState();
  const ownCountry = own ? a.entity(own)?.country : undefined;
  const countries = country ? new Set([country]) : ownCountry ? new Set([ownCountry]) : articleCountries(a);
  const found = new Set(registry.filter((m) => m.country && countries.has(m.country) && opens(m.key, wanted)).map((m) => m.id));
  return found.size === 1 ? [...found][0] : undefined;
}
