// The validation before writing: articles related from the same input as in a validated run
// (the cache's) are not schema-checked again, passage by passage; everything else is, and the
// invariants (references, quotes equal to their slices) are checked for every article.
import { describe, expect, it } from "vitest";
import { compileKnowledge, extractCorpus, validate } from "../../src/extract/index";
import { readArticleFiles, readKnowledgeFiles } from "../../src/extract/io";
import type { Graph } from "../../src/model";

const { graph, articles } = extractCorpus(readArticleFiles("seeds"), compileKnowledge(readKnowledgeFiles("data")));
const copy = (): Graph => structuredClone(graph);
const edgeIn = (g: Graph, article: string) => g.edges.find((e) => e.evidence.some((ev) => ev.articleId === article))!;
const [a, b] = graph.articles.map((x) => x.id);

describe("validate with reused articles", () => {
  it("passes the extractor's own graph, whatever is reused", () => {
    expect(() => validate(graph, articles)).not.toThrow();
    expect(() => validate(graph, articles, new Set(graph.articles.map((x) => x.id)))).not.toThrow();
  });

  it("schema-checks the passages and mentions of the articles not reused", () => {
    const g = copy();
    const ev = edgeIn(g, b!).evidence.find((e) => e.articleId === b)!;
    (ev as { modality: string }).modality = "rumoured";
    expect(() => validate(g, articles, new Set([a!]))).toThrow(/modality/);
    const m = copy();
    const node = m.nodes.find((n) => n.mentions.some((x) => x.articleId === b))!;
    (node.mentions.find((x) => x.articleId === b) as { start: number }).start = 1.5;
    expect(() => validate(m, articles, new Set([a!]))).toThrow(/start/);
  });

  it("leaves the schema of a reused article's passages to the run that made them", () => {
    const g = copy();
    const edge = edgeIn(g, a!);
    // A second passage of article a, only the schema can tell it is wrong; the first one stays.
    const ev = edge.evidence.find((e) => e.articleId === a)!;
    edge.evidence.push({ ...ev, modality: "rumoured" as "asserted" });
    expect(() => validate(g, articles)).toThrow(/modality/);
    expect(() => validate(g, articles, new Set([a!]))).not.toThrow();
  });

  it("schema-checks an edge whole when one of its passages is fresh, and not when all were reused", () => {
    // An edge whose passages all come from one article x, and one with a passage from elsewhere.
    const single = graph.edges.findIndex((e) => e.evidence.every((ev) => ev.articleId === e.evidence[0]!.articleId));
    const x = graph.edges[single]!.evidence[0]!.articleId;
    const other = graph.edges.findIndex((e) => e.evidence.some((ev) => ev.articleId !== x));
    const g = copy();
    (g.edges[single] as { status: string }).status = "rumoured";
    expect(() => validate(g, articles)).toThrow(/status/);
    expect(() => validate(g, articles, new Set([x]))).not.toThrow();
    const f = copy();
    (f.edges[other] as { status: string }).status = "rumoured";
    expect(() => validate(f, articles, new Set([x]))).toThrow(/status/);
  });

  it("checks every article's quotes and references", () => {
    const g = copy();
    const ev = edgeIn(g, a!).evidence.find((e) => e.articleId === a)!;
    ev.quote = `${ev.quote}!`;
    expect(() => validate(g, articles, new Set([a!]))).toThrow(/quote differs from its slice/);
    const r = copy();
    edgeIn(r, a!).target = "no-such-node";
    expect(() => validate(r, articles, new Set([a!]))).toThrow(/unknown node/);
  });
});
