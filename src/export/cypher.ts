// A Cypher MERGE script for Neo4j (`cypher-shell -f entangle.cypher`): rows are sent in UNWIND
// batches, one statement per entity type or relation type and batch, so a 10,000-element graph is a
// few dozen statements. Relation types are UPPER_SNAKE; passages are list properties on the
// relation (quotes, articleIds, starts, ends, modalities, one entry per passage). Running it
// twice changes nothing: every node and relation is matched on its id.
import type { Graph } from "../model";
import { articleIdsOf, isSymmetric, modalityOf, upperSnake, type ExportFile } from "./common";

export const CYPHER_BATCH = 500;

type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are escaped, so a Cypher string literal never holds one raw.
const CYPHER_ESCAPED = /[\\'\u0000-\u001F\u2028\u2029]/g;
const escapeChar = (c: string): string => (c === "\\" ? "\\\\" : c === "'" ? "\\'" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A Cypher literal. Strings are single-quoted with every control character escaped. */
export function literal(v: Value): string {
  if (v === null) return "null";
  if (typeof v === "string") return `'${v.replace(CYPHER_ESCAPED, escapeChar)}'`;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "null";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(literal).join(", ")}]`;
  return `{${Object.entries(v)
    .map(([k, x]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, "``")}\``}: ${literal(x)}`)
    .join(", ")}}`;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CYPHER_BATCH) out.push(rows.slice(i, i + CYPHER_BATCH));
  return out;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const label = (type: string) => type.charAt(0).toUpperCase() + type.slice(1);
const rowsLiteral = (rows: Value[]) => `[\n  ${rows.map(literal).join(",\n  ")}\n]`;

export function cypher(graph: Graph): string {
  const out: string[] = [`// Entangle: ${graph.nodes.length} entities, ${graph.edges.length} relations, ${graph.articles.length} articles.`];
  for (const rows of batches(graph.articles)) {
    const values = rows.map((a): Value => ({ id: a.id, title: a.title, language: a.language, outlet: a.outlet, published: a.published, url: a.url }));
    out.push(`UNWIND ${rowsLiteral(values)} AS row\nMERGE (a:Article {id: row.id})\nSET a += row;`);
  }
  for (const [type, nodes] of groupBy(graph.nodes, (n) => n.type)) {
    for (const rows of batches(nodes)) {
      const values = rows.map(
        (n): Value => ({
          id: n.id,
          name: n.label,
          type: n.type,
          country: n.country,
          sectors: n.sectors,
          aliases: n.aliases,
          curated: n.curated,
          valueMin: n.attributes.value?.min ?? null,
          valueMax: n.attributes.value?.max ?? null,
          currency: n.attributes.value?.currency ?? null,
          date: n.attributes.date ?? null,
          scope: n.attributes.scope ?? null,
          articleIds: [...new Set(n.mentions.map((m) => m.articleId))],
        }),
      );
      out.push(
        `UNWIND ${rowsLiteral(values)} AS row\nMERGE (n:Entity {id: row.id})\nSET n:${label(type)}, n += row\nWITH n, row\nUNWIND row.articleIds AS articleId\nMATCH (a:Article {id: articleId})\nMERGE (n)-[:MENTIONED_IN]->(a);`,
      );
    }
  }
  for (const [type, edges] of groupBy(graph.edges, (e) => e.type)) {
    for (const rows of batches(edges)) {
      const values = rows.map(
        (e): Value => ({
          id: e.id,
          source: e.source,
          target: e.target,
          props: {
            id: e.id,
            status: e.status,
            modality: modalityOf(e),
            symmetric: isSymmetric(e),
            passages: e.evidence.length,
            articleIds: articleIdsOf(e),
            quotes: e.evidence.map((ev) => ev.quote),
            quoteArticleIds: e.evidence.map((ev) => ev.articleId),
            starts: e.evidence.map((ev) => ev.start),
            ends: e.evidence.map((ev) => ev.end),
            modalities: e.evidence.map((ev) => ev.modality),
          },
        }),
      );
      out.push(
        `UNWIND ${rowsLiteral(values)} AS row\nMATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})\nMERGE (s)-[r:${upperSnake(type)} {id: row.id}]->(t)\nSET r += row.props;`,
      );
    }
  }
  return `${out.join("\n\n")}\n`;
}

export function cypherFiles(graph: Graph): ExportFile[] {
  return [{ name: "entangle.cypher", mime: "text/plain", content: cypher(graph) }];
}
