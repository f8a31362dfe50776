// The corpus's records of discovered names: each article's discoveries added to the registry's
// records, then the records that name one entity merged (shared forms, a state's name before a
// name, a short form that opens a longer one), with up to five passages each for curation.
import type { EntityRecord } from "./entities";
import type { Prepared } from "./prepare";
import type { Sentence } from "./stages/03-segment";
import type { Discovery } from "./stages/06-discover";
import { lastStartAtOrBefore } from "./text/bisect";
import { fold, slugify } from "./text/fold";

/** Per record id, the sentences that discovered it. */
export type Passages = Map<string, { articleId: string; start: number; end: number }[]>;

export function addDiscovery(d: Discovery, p: Prepared, known: Map<string, EntityRecord>, knownForms: Set<string>, passages: Passages): string | undefined {
  const folded = fold(d.label);
  if (knownForms.has(folded) || (d.acronym && knownForms.has(fold(d.acronym)))) return undefined;
  let id = slugify(d.label);
  if (!id) return undefined;
  // The same words name different bodies in different states ("ministère de la Défense", "Supreme Court"): an agency
  // placed in another state than the record of that name is a record of its own.
  const namesake = known.get(id);
  if (namesake && !namesake.curated && d.type === "agency" && d.country && namesake.country && namesake.country !== d.country) {
    id = `${id}-${d.country.toLowerCase()}`;
  }
  let record = known.get(id);
  if (record?.curated) return undefined;
  if (!record) {
    record = { id, label: d.label, type: d.type, country: d.country, sectors: [], forms: [d.label], caseSensitive: [], curated: false, cue: d.cue };
    known.set(id, record);
  }
  for (const form of [d.acronym, ...(d.shortForms ?? [])]) if (form && !record.forms.includes(form) && !knownForms.has(fold(form))) record.forms.push(form);
  record.country ??= d.country;
  const list = passages.get(id) ?? [];
  if (list.length < 5) {
    const sentence = sentenceContaining(p.sentences, d.start);
    if (sentence && d.end <= sentence.end) list.push({ articleId: p.meta.id, start: sentence.start, end: sentence.end });
  }
  passages.set(id, list);
  return id;
}

/** A discovered body whose id the discovery gives ("france-customs"): the registry's entry of that id, else a record with no form of its own. */
export function addLocalDiscovery(d: Discovery, p: Prepared, known: Map<string, EntityRecord>, passages: Passages): string {
  const id = d.id!;
  const record = known.get(id);
  if (record?.curated) return id;
  if (!record) known.set(id, { id, label: d.label, type: d.type, country: d.country, sectors: [], forms: [], caseSensitive: [], curated: false, cue: d.cue });
  const list = passages.get(id) ?? [];
  const sentence = sentenceContaining(p.sentences, d.start);
  if (sentence && list.length < 5 && !list.some((x) => x.articleId === p.meta.id))
    list.push({ articleId: p.meta.id, start: sentence.start, end: sentence.end });
  passages.set(id, list);
  return id;
}

/**
 * Discovered entities that share a form are one ("Laxton Group Limited" and "Laxton Group of
 * Companies", both called "Laxton"; "Palantir" and "Palantir Technologies"): the later record
 * merges into the earlier one, across articles, by normalised form.
 */
export function mergeSharedForms(known: Map<string, EntityRecord>, passages: Passages): void {
  const owner = new Map<string, EntityRecord>();
  for (const record of [...known.values()]) {
    if (record.curated || record.type === "contract") continue;
    const into = record.forms
      .map((f) => owner.get(fold(f)))
      .find((o) => o !== undefined && o.type === record.type && (!o.country || !record.country || o.country === record.country));
    if (!into) {
      for (const f of record.forms) if (!owner.has(fold(f))) owner.set(fold(f), record);
      continue;
    }
    for (const f of record.forms) if (!owner.has(fold(f))) owner.set(fold(f), into);
    absorb(into, record, known, passages);
  }
  // Within an article, a name of two words or more that opens a longer one of the same type is its short form ("Ministère public" … "Ministère public central").
  // Records are indexed by their first two words, so that each looks only at its few neighbours.
  // A record with no form of its own ("Quux (KE)", a branch named by its article's words only) is no longer name of anything.
  const records = [...known.values()].filter((r) => !r.curated && r.type !== "contract" && r.forms.length > 0).map((r) => ({ r, folded: fold(r.label) }));
  const byOpening = new Map<string, typeof records>();
  for (const x of records) {
    const opening = x.folded.split(" ", 2).join(" ");
    byOpening.set(opening, [...(byOpening.get(opening) ?? []), x]);
  }
  const articlesOf = (r: EntityRecord) => new Set((passages.get(r.id) ?? []).map((p) => p.articleId));
  for (const short of records) {
    const words = short.folded.split(" ");
    if (words.length < 2) continue;
    const here = articlesOf(short.r);
    const long = byOpening.get(`${words[0]} ${words[1]}`)!.find(
      (x) =>
        x !== short &&
        known.has(x.r.id) &&
        x.r.type === short.r.type &&
        x.folded.startsWith(`${short.folded} `) &&
        // "Quux Labs Kenya" is Quux Labs' branch, not its full name.
        !x.r.cue?.startsWith("subsidiary") &&
        [...articlesOf(x.r)].some((a) => here.has(a)),
    );
    if (long) absorb(long.r, short.r, known, passages);
  }
}

/**
 * Across articles, "US Immigration and Customs Enforcement" and "Immigration and Customs Enforcement" are one
 * entity: a discovered name that a state's name (one of its registry forms, one or two words) opens and the
 * discovered name of the same type it ends with. The shorter record takes the longer one's forms.
 */
export function mergeStatePrefixed(known: Map<string, EntityRecord>, passages: Passages): void {
  const stateForms = new Set<string>();
  for (const r of known.values()) if (r.curated && r.type === "state") for (const f of r.forms) stateForms.add(fold(f));
  const byLabel = new Map<string, EntityRecord>();
  for (const r of known.values()) if (!r.curated && r.type !== "contract" && r.type !== "person") byLabel.set(fold(r.label), r);
  for (const r of [...byLabel.values()]) {
    const words = fold(r.label).split(" ");
    for (let k = 1; k <= 2 && k <= words.length - 2; k++) {
      const shorter = byLabel.get(words.slice(k).join(" "));
      if (!shorter || shorter === r || shorter.type !== r.type || !known.has(shorter.id) || !stateForms.has(words.slice(0, k).join(" "))) continue;
      absorb(shorter, r, known, passages);
      break;
    }
  }
}

function absorb(into: EntityRecord, record: EntityRecord, known: Map<string, EntityRecord>, passages: Passages): void {
  for (const f of record.forms) if (!into.forms.includes(f)) into.forms.push(f);
  into.country ??= record.country;
  passages.set(into.id, [...(passages.get(into.id) ?? []), ...(passages.get(record.id) ?? [])].slice(0, 5));
  passages.delete(record.id);
  known.delete(record.id);
}

function sentenceContaining(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const s = sentences[lastStartAtOrBefore(sentences, offset)];
  return s && offset < s.end ? s : undefined;
}
