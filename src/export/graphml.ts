// GraphML for Gephi, yEd, Cytoscape desktop and NetworkX: typed keys, weight = number of passages.
// Every edge says whether it is directed: the default is "undirected" with directed="true" on
// the directed ones, because graphology's reader honours only directed="true" on an edge.
import type { Graph } from "../model";
import { LIST_SEPARATOR } from "./csv";
import { articleIdsOf, isSymmetric, modalityOf, type ExportFile } from "./common";
import { attrs, xmlEscape } from "./xml";

type Key = { id: string; for: "node" | "edge"; type: "string" | "boolean" | "int" | "double" };

const KEYS: Key[] = [
  { id: "label", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "country", for: "node", type: "string" },
  { id: "sectors", for: "node", type: "string" },
  { id: "curated", for: "node", type: "boolean" },
  { id: "mentions", for: "node", type: "int" },
  { id: "relation", for: "edge", type: "string" },
  { id: "status", for: "edge", type: "string" },
  { id: "modality", for: "edge", type: "string" },
  { id: "passages", for: "edge", type: "int" },
  { id: "articles", for: "edge", type: "string" },
  { id: "weight", for: "edge", type: "double" },
];

function data(pairs: [string, string | number | boolean | null][]): string {
  return pairs
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `<data key="${k}">${xmlEscape(String(v))}</data>`)
    .join("");
}

export function graphml(graph: Graph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (k) =>
        `  <key${attrs([
          ["id", k.id],
          ["for", k.for],
          ["attr.name", k.id],
          ["attr.type", k.type],
        ])}/>`,
    ),
    '  <graph id="entangle" edgedefault="undirected">',
  ];
  for (const n of graph.nodes) {
    const d = data([
      ["label", n.label],
      ["type", n.type],
      ["country", n.country],
      ["sectors", n.sectors.join(LIST_SEPARATOR)],
      ["curated", n.curated],
      ["mentions", n.mentions.length],
    ]);
    out.push(`    <node${attrs([["id", n.id]])}>${d}</node>`);
  }
  for (const e of graph.edges) {
    const d = data([
      ["relation", e.type],
      ["status", e.status],
      ["modality", modalityOf(e)],
      ["passages", e.evidence.length],
      ["articles", articleIdsOf(e).join(LIST_SEPARATOR)],
      ["weight", e.evidence.length],
    ]);
    const a = attrs([
      ["id", e.id],
      ["source", e.source],
      ["target", e.target],
      ["directed", isSymmetric(e) ? "false" : "true"],
    ]);
    out.push(`    <edge${a}>${d}</edge>`);
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function graphmlFiles(graph: Graph): ExportFile[] {
  return [{ name: "entangle.graphml", mime: "application/graphml+xml", content: graphml(graph) }];
}
