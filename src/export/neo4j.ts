// CSV files for `neo4j-admin database import full`: entities and articles in two id spaces,
// relations typed UPPER_SNAKE with their passages as a JSON property (quotes may hold any
// character, so no array delimiter is safe for them), and MENTIONED_IN links to articles.
import type { Graph } from "../model";
import { toCsv, type Cell } from "./csv";
import { articleIdsOf, isSymmetric, modalityOf, upperSnake, type ExportFile } from "./common";

/** Neo4j's import tool reads arrays with ';' as the delimiter (its default). */
const ARRAY = ";";
const label = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);

export function neo4jFiles(graph: Graph): ExportFile[] {
  const mime = "text/csv";
  const entities = toCsv(
    [
      "id:ID(Entity)",
      "name",
      "type",
      "country",
      "sectors:string[]",
      "aliases:string[]",
      "curated:boolean",
      "valueMin:double",
      "valueMax:double",
      "currency",
      "date",
      "scope",
      ":LABEL",
    ],
    graph.nodes.map((n): Cell[] => [
      n.id,
      n.label,
      n.type,
      n.country,
      n.sectors.join(ARRAY),
      // An alias holding the delimiter would split in two; it is rare and the name is kept whole.
      n.aliases.filter((a) => !a.includes(ARRAY)).join(ARRAY),
      n.curated,
      n.attributes.value?.min ?? null,
      n.attributes.value?.max ?? null,
      n.attributes.value?.currency ?? null,
      n.attributes.date ?? null,
      n.attributes.scope ?? null,
      `Entity${ARRAY}${label(n.type)}`,
    ]),
  );
  const articles = toCsv(
    ["id:ID(Article)", "title", "language", "outlet", "published", "url", ":LABEL"],
    graph.articles.map((a): Cell[] => [a.id, a.title, a.language, a.outlet, a.published, a.url, "Article"]),
  );
  const relations = toCsv(
    [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "status", "modality", "symmetric:boolean", "passages:int", "articleIds:string[]", "evidence"],
    graph.edges.map((e): Cell[] => [
      e.source,
      e.target,
      upperSnake(e.type),
      e.id,
      e.status,
      modalityOf(e),
      isSymmetric(e),
      e.evidence.length,
      articleIdsOf(e).join(ARRAY),
      JSON.stringify(e.evidence.map((ev) => ({ articleId: ev.articleId, start: ev.start, end: ev.end, quote: ev.quote, modality: ev.modality }))),
    ]),
  );
  const mentionRows: Cell[][] = [];
  for (const n of graph.nodes) {
    const counts = new Map<string, number>();
    for (const m of n.mentions) counts.set(m.articleId, (counts.get(m.articleId) ?? 0) + 1);
    for (const [articleId, count] of counts) mentionRows.push([n.id, articleId, "MENTIONED_IN", count]);
  }
  const mentions = toCsv([":START_ID(Entity)", ":END_ID(Article)", ":TYPE", "count:int"], mentionRows);
  return [
    { name: "entities.csv", mime, content: entities },
    { name: "articles.csv", mime, content: articles },
    { name: "relations.csv", mime, content: relations },
    { name: "mentions.csv", mime, content: mentions },
  ];
}
