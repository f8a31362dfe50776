// FollowTheMoney entities, one JSON object per line, as Aleph, `ftm` and `alephclient` read them.
// Nodes become Company, PublicBody, LegalEntity (a state as a whole), Organization, Person or
// Contract; relations become Ownership, Membership, Sanction, ContractAward or UnknownLink (with
// the relation as its role); every article is an Article entity. Relations cite their passages
// (sourceUrl, publisher, date, the quotes in description) and say when every passage hedges.
import type { ArticleMeta, EntityType, Graph, GraphEdge, GraphNode } from "../model";
import { articlesById, modalityOf, words, type ExportFile } from "./common";

export type FtmEntity = { id: string; schema: string; properties: Record<string, string[]> };

const NODE_SCHEMA: Record<EntityType, string> = {
  company: "Company",
  agency: "PublicBody",
  state: "LegalEntity",
  organization: "Organization",
  person: "Person",
  contract: "Contract",
};
/** Schemata that FtM's Ownership.asset and Membership.organization accept (Asset, Organization and descendants). */
const ASSETS = new Set(["Company", "Contract"]);
const ORGANIZATIONS = new Set(["Company", "PublicBody", "Organization"]);
/** Parties that award a contract rather than win it. */
const AUTHORITIES = new Set<EntityType>(["agency", "state"]);
/** FtM's language type takes ISO 639-3 codes. */
const LANGUAGE_639_3: Record<string, string> = { fr: "fra", en: "eng" };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const WEB_URL = /^https?:\/\/\S+$/;

/** FtM ids allow letters, digits, '-' and '.'; other characters are escaped as .XX so distinct ids stay distinct. */
const encoder = new TextEncoder();
function encodeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/gu, (c) => Array.from(encoder.encode(c), (b) => `.${b.toString(16).padStart(2, "0")}`).join(""));
}
export const ftmNodeId = (id: string) => `entangle-node-${encodeId(id)}`;
export const ftmEdgeId = (id: string) => `entangle-rel-${encodeId(id)}`;
export const ftmArticleId = (id: string) => `entangle-article-${encodeId(id)}`;

/** Drops empty values and duplicates, and properties left with no value. */
function props(pairs: [string, (string | null | undefined)[]][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, vs] of pairs) {
    const clean = [...new Set(vs.filter((v): v is string => typeof v === "string" && v.length > 0))];
    if (clean.length) out[k] = clean;
  }
  return out;
}

function amount(node: GraphNode | undefined): [string, string[]][] {
  const v = node?.attributes.value;
  if (!v) return [];
  return [
    ["amount", v.min === v.max ? [String(v.min)] : [String(v.min), String(v.max)]],
    ["currency", [v.currency]],
  ];
}

function nodeEntity(n: GraphNode, authorities: string[]): FtmEntity {
  const schema = NODE_SCHEMA[n.type];
  const base: [string, (string | null)[]][] = [
    ["name", [n.label]],
    ["alias", n.aliases.filter((a) => a !== n.label)],
    ["proof", [...new Set(n.mentions.map((m) => m.articleId))].map(ftmArticleId)],
    ["description", n.curated ? [] : [`Found by Entangle's extractor${n.attributes.cue ? ` (cue: ${n.attributes.cue})` : ""}; not in its curated registry.`]],
  ];
  if (schema === "Contract") {
    const date = n.attributes.date;
    return {
      id: ftmNodeId(n.id),
      schema,
      properties: props([
        ...base,
        ["title", [n.label]],
        ["summary", [n.attributes.scope]],
        ["contractDate", [date && ISO_DATE.test(date) ? date : null]],
        ["authority", authorities],
        ...amount(n),
      ]),
    };
  }
  const country = n.country?.toLowerCase() ?? null;
  return {
    id: ftmNodeId(n.id),
    schema,
    properties: props([...base, ["country", [country]], ...(schema === "Person" ? [] : ([["sector", n.sectors]] as [string, string[]][]))]),
  };
}

function articleEntity(a: ArticleMeta): FtmEntity {
  return {
    id: ftmArticleId(a.id),
    schema: "Article",
    properties: props([
      ["title", [a.title]],
      ["name", [a.title]],
      ["publisher", [a.outlet]],
      ["sourceUrl", [a.url && WEB_URL.test(a.url) ? a.url : null]],
      ["publishedAt", [a.published && ISO_DATE.test(a.published) ? a.published : null]],
      ["language", [LANGUAGE_639_3[a.language]]],
    ]),
  };
}

/** What every relation entity says about its sources: where, who published, when, and the passages themselves. */
function citations(e: GraphEdge, articles: Map<string, ArticleMeta>): [string, (string | null | undefined)[]][] {
  const metas = e.evidence.map((ev) => articles.get(ev.articleId));
  const alleged = modalityOf(e) === "alleged";
  return [
    ["recordId", [e.id]],
    ["sourceUrl", metas.map((a) => (a?.url && WEB_URL.test(a.url) ? a.url : null))],
    ["publisher", metas.map((a) => a?.outlet)],
    ["date", metas.map((a) => (a?.published && ISO_DATE.test(a.published) ? a.published : null))],
    [
      "description",
      e.evidence.map((ev) => `${ev.modality === "alleged" ? "(alleged) " : ""}“${ev.quote}” — ${articles.get(ev.articleId)?.title ?? ev.articleId}`),
    ],
    ["summary", [alleged ? `Alleged: every passage (${e.evidence.length}) reports this ${words(e.type)} as a claim, not a fact.` : null]],
  ];
}

function relationEntity(e: GraphEdge, nodes: Map<string, GraphNode>, articles: Map<string, ArticleMeta>): FtmEntity {
  const source = nodes.get(e.source);
  const target = nodes.get(e.target);
  const sourceSchema = source ? NODE_SCHEMA[source.type] : "";
  const targetSchema = target ? NODE_SCHEMA[target.type] : "";
  const cited = citations(e, articles);
  const interest: [string, string[]][] = [["status", [e.status]]];
  const s = ftmNodeId(e.source);
  const t = ftmNodeId(e.target);
  const make = (schema: string, pairs: [string, (string | null | undefined)[]][]): FtmEntity => ({
    id: ftmEdgeId(e.id),
    schema,
    properties: props([...pairs, ...cited]),
  });

  if (e.type === "ownership" && sourceSchema !== "Contract" && ASSETS.has(targetSchema)) {
    return make("Ownership", [["owner", [s]], ["asset", [t]], ...interest]);
  }
  if (e.type === "member_of" && sourceSchema !== "Contract" && ORGANIZATIONS.has(targetSchema)) {
    return make("Membership", [["member", [s]], ["organization", [t]], ["role", ["member"]], ...interest]);
  }
  if (e.type === "sanction") {
    return make("Sanction", [
      ["entity", [t]],
      ["authority", [source?.label]],
      ["country", [source?.country?.toLowerCase()]],
      ["status", [e.status]],
    ]);
  }
  if (e.type === "contract" && targetSchema === "Contract" && source && !AUTHORITIES.has(source.type) && sourceSchema !== "Contract") {
    return make("ContractAward", [["supplier", [s]], ["contract", [t]], ["role", ["party"]], ...amount(target), ...interest]);
  }
  const role = e.type === "contract" && source && AUTHORITIES.has(source.type) ? "contracting authority" : words(e.type);
  return make("UnknownLink", [["subject", [s]], ["object", [t]], ["role", [role]], ...interest]);
}

export function ftmEntities(graph: Graph): FtmEntity[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const articles = articlesById(graph);
  const authorities = new Map<string, string[]>();
  for (const e of graph.edges) {
    const party = nodes.get(e.source);
    if (e.type !== "contract" || !party || !AUTHORITIES.has(party.type)) continue;
    authorities.set(e.target, [...(authorities.get(e.target) ?? []), ftmNodeId(party.id)]);
  }
  return [
    ...graph.articles.map(articleEntity),
    ...graph.nodes.map((n) => nodeEntity(n, authorities.get(n.id) ?? [])),
    ...graph.edges.map((e) => relationEntity(e, nodes, articles)),
  ];
}

export function ftm(graph: Graph): string {
  return ftmEntities(graph)
    .map((e) => JSON.stringify(e))
    .join("\n")
    .concat("\n");
}

export function ftmFiles(graph: Graph): ExportFile[] {
  return [{ name: "entangle.ftm.json", mime: "application/x-ndjson", content: ftm(graph) }];
}
