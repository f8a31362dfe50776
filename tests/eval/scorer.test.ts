// The project's scorer: hand-computed answers on small graphs, and, when ../shared sits beside the
// checkout, the same numbers as the shared score.mjs on every corpus present.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type Graph, type GraphEdge, type GraphNode } from "../../src/model";
import { CORPORA, type CorpusScore, extract, readGold, scoreCorpus } from "./score";
import { type Gold, norm, scoreGraph, typedKey } from "./scorer";

const TEXT = "Acme sells drones to the Army. Globex partners with Acme. Widget also sells to the Army.";
const at = (s: string) => ({ articleId: "a1", start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function node(id: string, label: string, type: GraphNode["type"], mention: string): GraphNode {
  return { id, label, type, country: null, sectors: [], aliases: [], curated: false, mentions: [at(mention)], attributes: {} };
}
function edge(source: string, type: GraphEdge["type"], target: string, quote: string): GraphEdge {
  return { id: `${source}|${type}|${target}`, source, target, type, status: "active", evidence: [{ ...at(quote), quote, modality: "asserted" }] };
}
function graphOf(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const meta = { id: "a1", file: "a1.txt", title: "t", language: "en" as const, outlet: null, published: null, url: null, translationOf: null };
  return { schemaVersion: SCHEMA_VERSION, articles: [meta], nodes, edges };
}
const score = (graph: Graph, golds: { file: string; gold: Gold }[]) => scoreGraph({ graph, text: () => TEXT }, golds).summary;

describe("the scorer on hand-made graphs", () => {
  it.each([
    ["The Army", "army"],
    ["l'Armée de l’Air", "armee de l'air"],
    ["« Le  Monde »", "le monde"],
    ["the the Army.", "army"],
    ["(Acme)", "acme"],
  ])("normalises %j to %j", (raw, expected) => {
    expect(norm(raw)).toBe(expected);
  });

  it("reads 'X client_of Y' as 'Y supplies X' and partnership either way", () => {
    expect(typedKey("army", "acme", "client_of")).toBe(typedKey("acme", "army", "supplies"));
    expect(typedKey("b", "a", "partnership")).toBe(typedKey("a", "b", "partnership"));
    expect(typedKey("b", "a", "supplies")).not.toBe(typedKey("a", "b", "supplies"));
  });

  it("counts entities, pairs, typed relations and evidence, leaving optional gold out", () => {
    const graph = graphOf(
      [
        node("acme", "Acme Corp", "company", "Acme"),
        node("army", "US Army", "agency", "Army"),
        node("globex", "Globex", "company", "Globex"),
        node("widget", "Widget", "company", "Widget"),
      ],
      [
        edge("acme", "supplies", "army", "Acme sells drones to the Army"),
        edge("acme", "partnership", "globex", "Globex partners with Acme"),
        edge("widget", "supplies", "army", "Widget also sells to the Army"),
      ],
    );
    const gold: Gold = {
      article: "a1.txt",
      entities: [
        { id: "acme", name: "Acme", type: "company" },
        { id: "army", name: "the Army", type: "agency" },
        { id: "globex", name: "Globex", type: "company", optional: true },
        { id: "initech", name: "Initech", type: "company" },
      ],
      relations: [
        { source: "acme", target: "army", type: "supplies", quote: "sells drones" },
        { source: "globex", target: "acme", type: "partnership", quote: "partners", optional: true },
      ],
    };
    const s = score(graph, [{ file: "a1.json", gold }]);
    // Entities: 3 counted in the graph (globex matched an optional one), 2 of 3 required found.
    expect(s.entities).toEqual({ p: 2 / 3, r: 2 / 3, f1: 2 / 3 });
    // Pairs: acme–army found, widget–army extra, acme–globex optional.
    expect(s.relations).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
    expect(s.typed).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
    expect(s.evidenceAccuracy).toBe(1);
    expect(s.entityTypeAccuracy).toBe(1);
    expect(s.counts).toEqual({ gold: { entities: 3, relations: 1 }, graph: { entities: 3, relations: 2 } });
  });

  it("matches a contract by a shared party when no name is shared, and misses evidence that does not overlap", () => {
    const graph = graphOf(
      [node("acme", "Acme", "company", "Acme"), node("deal", "drone deal", "contract", "drones")],
      [edge("acme", "contract", "deal", "Acme sells drones")],
    );
    const gold: Gold = {
      entities: [
        { id: "acme", name: "Acme", type: "company" },
        { id: "c1", name: "Army contract", type: "contract" },
      ],
      relations: [{ source: "acme", target: "c1", type: "contract", quote: "Globex partners" }],
    };
    const s = score(graph, [{ file: "a1.json", gold }]);
    expect(s.entities.f1).toBe(1);
    expect(s.relations.f1).toBe(1);
    expect(s.typed.f1).toBe(1);
    expect(s.evidenceAccuracy).toBe(0);
  });

  it("reports a gold file whose article is not in the graph", () => {
    const s = score(graphOf([], []), [{ file: "zz.json", gold: { entities: [{ name: "Acme", type: "company" }] } }]);
    expect(s.missingArticles).toEqual(["zz.json"]);
    expect(s.entities).toEqual({ p: 0, r: 0, f1: 0 });
  });
});

const SHARED_SCORER = resolve("../shared/tools/score.mjs");
const hasShared = existsSync(SHARED_SCORER);
if (!hasShared) console.log(`eval: skipping the comparison with the shared scorer: no ${SHARED_SCORER} beside this checkout`);

/** The shared scorer's JSON for an extraction written out as data/ is. */
function sharedScore(corpus: (typeof CORPORA)[number]): { summary: unknown; perArticle: unknown[] } {
  const out = mkdtempSync(join(tmpdir(), "entangle-score-"));
  try {
    const result = extract(corpus.articles);
    mkdirSync(join(out, "articles"));
    writeFileSync(join(out, "graph.json"), JSON.stringify(result.graph));
    for (const a of result.articles) writeFileSync(join(out, "articles", `${a.id}.json`), JSON.stringify(a));
    const raw = execFileSync(process.execPath, [SHARED_SCORER, out, corpus.gold, "--json"], { encoding: "utf8" });
    return JSON.parse(raw.slice(0, raw.lastIndexOf("\n}") + 2));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe.skipIf(!hasShared)(`the scorer against ${hasShared ? "" : "(skipped: no ../shared beside this checkout) "}the shared score.mjs`, () => {
  const present = CORPORA.map((c) => scoreCorpus(c)).filter((s): s is Extract<CorpusScore, { status: "scored" }> => s.status === "scored");

  it.each(present.map((s) => [s.corpus.name, s] as const))("gives the identical numbers on the %s corpus", (_, mine) => {
    const theirs = sharedScore(mine.corpus);
    expect(mine.summary).toEqual(theirs.summary);
  });

  it("lists the same misses and extras per article on the tune corpus", () => {
    const tune = present.find((s) => s.corpus.name === "tune");
    if (!tune) throw new Error("the tune corpus is part of the repository");
    const mine = scoreGraph(tune.data, readGold(tune.corpus.gold)).perArticle;
    const theirs = sharedScore(tune.corpus).perArticle as Record<string, unknown>[];
    const keys = ["file", "missedEntities", "extraEntities", "missedRelations", "spuriousRelations"];
    const pick = (a: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, a[k]]));
    expect(mine.map((a) => pick(a as Record<string, unknown>))).toEqual(theirs.map(pick));
  });
});
