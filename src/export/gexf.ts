// GEXF 1.3 for Gephi: typed node attributes (type, country, sectors, curated), typed edge
// attributes (relation, status, modality, passages), weight = number of passages, and symmetric
// relations (partnership, other) as undirected edges in an otherwise directed graph.
import type { Graph } from "../model";
import { articleIdsOf, isSymmetric, modalityOf, type ExportFile } from "./common";
import { attrs, xmlEscape } from "./xml";

type AttrDef = { id: string; type: "string" | "boolean" | "integer" | "liststring" };

const NODE_ATTRS: AttrDef[] = [
  { id: "type", type: "string" },
  { id: "country", type: "string" },
  { id: "sectors", type: "liststring" },
  { id: "curated", type: "boolean" },
  { id: "mentions", type: "integer" },
];
const EDGE_ATTRS: AttrDef[] = [
  { id: "relation", type: "string" },
  { id: "status", type: "string" },
  { id: "modality", type: "string" },
  { id: "passages", type: "integer" },
  { id: "articles", type: "liststring" },
];

/** GEXF 1.3 writes list values as a bracketed, comma-separated list. */
const list = (values: readonly string[]) => `[${values.join(", ")}]`;

function declarations(cls: "node" | "edge", defs: AttrDef[]): string {
  const lines = defs.map(
    (d) =>
      `      <attribute${attrs([
        ["id", d.id],
        ["title", d.id],
        ["type", d.type],
      ])}/>`,
  );
  return `    <attributes class="${cls}" mode="static">\n${lines.join("\n")}\n    </attributes>`;
}

function values(pairs: [string, string | number | boolean | null][]): string {
  const present = pairs.filter(([, v]) => v !== null);
  if (!present.length) return "";
  const lines = present.map(
    ([k, v]) =>
      `          <attvalue${attrs([
        ["for", k],
        ["value", String(v)],
      ])}/>`,
  );
  return `\n        <attvalues>\n${lines.join("\n")}\n        </attvalues>\n      `;
}

export function gexf(graph: Graph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    "    <creator>Entangle</creator>",
    `    <description>${xmlEscape(`${graph.nodes.length} entities, ${graph.edges.length} relations from ${graph.articles.length} articles`)}</description>`,
    "  </meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    declarations("node", NODE_ATTRS),
    declarations("edge", EDGE_ATTRS),
    "    <nodes>",
  ];
  for (const n of graph.nodes) {
    const v = values([
      ["type", n.type],
      ["country", n.country],
      ["sectors", list(n.sectors)],
      ["curated", n.curated],
      ["mentions", n.mentions.length],
    ]);
    out.push(
      `      <node${attrs([
        ["id", n.id],
        ["label", n.label],
      ])}>${v}</node>`,
    );
  }
  out.push("    </nodes>", "    <edges>");
  for (const e of graph.edges) {
    const v = values([
      ["relation", e.type],
      ["status", e.status],
      ["modality", modalityOf(e)],
      ["passages", e.evidence.length],
      ["articles", list(articleIdsOf(e))],
    ]);
    const a = attrs([
      ["id", e.id],
      ["source", e.source],
      ["target", e.target],
      ["type", isSymmetric(e) ? "undirected" : "directed"],
      ["label", e.type],
      ["weight", e.evidence.length],
    ]);
    out.push(`      <edge${a}>${v}</edge>`);
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

export function gexfFiles(graph: Graph): ExportFile[] {
  return [{ name: "entangle.gexf", mime: "application/gexf+xml", content: gexf(graph) }];
}
