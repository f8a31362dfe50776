// The build-time layout on the graph of a 10,000-article generated corpus: a full layout (first run
// or --relayout) and a rerun after one article brought a new entity (previous positions kept, the
// new node placed). Called from bench/run.ts (BENCH_ONLY=layout runs only this).
import { SCHEMA_VERSION, type Graph } from "../src/model";
import { layoutGraph, positionsOf } from "../src/layout";
import { runExtraction } from "../src/extract/run";
import { readKnowledgeFiles } from "../src/extract/io";
import { defaultWorkers } from "../src/extract/parallel";
import { generateCorpus, vocabulary } from "./corpus";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The graph plus one entity, as one more article naming it beside two known ones would add. */
function withOneMore(graph: Graph): Graph {
  const [a, b] = graph.edges;
  if (!a || !b) return graph;
  const quote = "Newco Systems supplies both of them.";
  const evidence = [{ articleId: graph.articles[0]!.id, start: 0, end: quote.length, quote, modality: "asserted" as const }];
  const node = { ...graph.nodes[0]!, id: "bench-newco", label: "Newco Systems", aliases: ["Newco Systems"], mentions: [], position: undefined };
  const edges = [a.source, b.target].map((target) => ({
    id: `bench-newco|supplies|${target}`,
    source: node.id,
    target,
    type: "supplies" as const,
    status: "active" as const,
    evidence,
  }));
  return { ...graph, nodes: [...graph.nodes, node], edges: [...graph.edges, ...edges] };
}

export async function benchLayoutOn(graph: Graph, label: string): Promise<void> {
  const t0 = performance.now();
  const full = layoutGraph(graph, { previous: new Map() });
  const fullMs = performance.now() - t0;
  const previous = positionsOf(full.graph);
  const grown = withOneMore(graph);
  const t1 = performance.now();
  const again = layoutGraph(grown, { previous });
  const againMs = performance.now() - t1;
  console.log(
    `build-time layout (${label}: ${graph.nodes.length.toLocaleString("en")} nodes, ${graph.edges.length.toLocaleString("en")} edges, schemaVersion ${SCHEMA_VERSION}): ` +
      `full ${seconds(fullMs)} (${full.mode}, ${full.placed} nodes placed); after one new entity ${seconds(againMs)} (${again.mode}, ${again.placed} placed, the others kept)`,
  );
}

export async function runLayoutBench(): Promise<void> {
  const files = readKnowledgeFiles("data");
  const count = Number(process.env.BENCH_LAYOUT_ARTICLES ?? 10_000);
  const encoder = new TextEncoder();
  const inputs = generateCorpus(vocabulary(files), count, 1, 0.3).map((a) => ({ file: a.file, bytes: encoder.encode(a.text) }));
  const { result } = await runExtraction(inputs, files, { workers: defaultWorkers(inputs.length), warn: () => {} });
  await benchLayoutOn(result.graph, `${count.toLocaleString("en")}-article generated corpus`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runLayoutBench();
