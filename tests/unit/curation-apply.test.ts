// Applying data/curation.yaml: each kind of decision on a small hand-made graph, quotes found
// again after the text moved, and decisions that no longer apply reported by name.
import { applyCuration } from "../../src/extract/curation/apply";
import { anchorQuote } from "../../src/extract/curation/anchor";
import { readCuration, writeCuration } from "../../src/extract/curation";
import { parseCuration, SCHEMA_VERSION, type Decision, type Evidence, type Graph, type GraphNode } from "../../src/model";

const TEXT = "Acme supplies the Agency with drones. Beta criticised Acme for it. Acme and Beta work together.";
const texts = new Map([["a1", TEXT]]);

const span = (quote: string): Evidence => {
  const start = TEXT.indexOf(quote);
  return { articleId: "a1", start, end: start + quote.length, quote, modality: "asserted" };
};
const node = (id: string, label: string): GraphNode => ({
  id,
  label,
  type: "company",
  country: null,
  sectors: [],
  aliases: [label],
  curated: true,
  mentions: [],
  attributes: {},
});

function graph(): Graph {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [{ id: "a1", file: "seeds/a1.txt", title: "t", language: "en", outlet: null, published: null, url: null, translationOf: null }],
    nodes: [node("acme", "Acme"), node("agency", "Agency"), node("beta", "Beta")],
    edges: [
      { id: "acme|partnership|beta", source: "acme", target: "beta", type: "partnership", status: "active", evidence: [span("Acme and Beta work together.")] },
      {
        id: "acme|supplies|agency",
        source: "acme",
        target: "agency",
        type: "supplies",
        status: "active",
        evidence: [span("Acme supplies the Agency with drones."), span("Acme and Beta work together.")],
      },
      { id: "beta|criticism|acme", source: "beta", target: "acme", type: "criticism", status: "active", evidence: [span("Beta criticised Acme for it.")] },
    ],
  };
}

const run = (decisions: Decision[], t: ReadonlyMap<string, string> = texts) => applyCuration(graph(), t, decisions);
const ids = (g: Graph) => g.edges.map((e) => e.id);

describe("applying decisions", () => {
  it("rejects a whole edge: gone from the edges, listed as rejected with its evidence", () => {
    const r = run([{ reject: { edge: "beta|criticism|acme" } }]);
    expect(ids(r.graph)).not.toContain("beta|criticism|acme");
    expect(r.graph.rejected).toEqual([expect.objectContaining({ id: "beta|criticism|acme", scope: "edge", reason: "rejected" })]);
    expect(r.stale).toEqual([]);
    expect(r.applied).toBe(1);
  });

  it("rejects one passage: the edge keeps its other passages", () => {
    const r = run([{ reject: { edge: "acme|supplies|agency", article: "a1", quote: "Acme and Beta work together." } }]);
    const edge = r.graph.edges.find((e) => e.id === "acme|supplies|agency")!;
    expect(edge.evidence.map((e) => e.quote)).toEqual(["Acme supplies the Agency with drones."]);
    expect(r.rejected).toEqual([expect.objectContaining({ id: "acme|supplies|agency", scope: "passage" })]);
  });

  it("rejecting an edge's last passage rejects the edge", () => {
    const r = run([{ reject: { edge: "beta|criticism|acme", article: "a1", quote: "criticised Acme" } }]);
    expect(ids(r.graph)).not.toContain("beta|criticism|acme");
    expect(r.rejected[0]).toMatchObject({ scope: "edge" });
  });

  it("confirms an edge, and a passage of it", () => {
    const r = run([
      { confirm: { edge: "beta|criticism|acme" } },
      { confirm: { edge: "acme|supplies|agency", article: "a1", quote: "Acme supplies the Agency" } },
    ]);
    expect(r.graph.edges.find((e) => e.id === "beta|criticism|acme")!.reviewed).toBe(true);
    const supplies = r.graph.edges.find((e) => e.id === "acme|supplies|agency")!;
    expect(supplies.reviewed).toBe(true);
    expect(supplies.evidence.map((e) => e.curated)).toEqual(["confirmed", undefined]);
  });

  it("retypes and reverses an edge under its new id, merging into one that exists", () => {
    const r = run([{ retype: { edge: "acme|supplies|agency", type: "client_of", reverse: true } }]);
    expect(ids(r.graph)).toContain("agency|client_of|acme");
    expect(ids(r.graph)).not.toContain("acme|supplies|agency");
    const into = run([{ retype: { edge: "beta|criticism|acme", type: "partnership" } }]);
    const p = into.graph.edges.find((e) => e.id === "acme|partnership|beta")!;
    expect(p.evidence).toHaveLength(2);
    expect(p.reviewed).toBe(true);
  });

  it("adds a relation with its quote at the offsets of the text", () => {
    const r = run(readCuration('- add: { source: agency, type: client_of, target: acme, article: a1, quote: "Agency with drones" }\n'));
    const e = r.graph.edges.find((x) => x.id === "agency|client_of|acme")!;
    expect(e.evidence).toEqual([{ articleId: "a1", start: 18, end: 36, quote: "Agency with drones", modality: "asserted", curated: "added" }]);
    expect(TEXT.slice(18, 36)).toBe("Agency with drones");
    expect(e.status).toBe("active");
  });

  it("renames, types and places an entity, keeping the old label as an alias; creates one that is new", () => {
    const r = run([
      { entity: { id: "acme", label: "Acme Corp", country: "US", sectors: ["defense"] } },
      { entity: { id: "gamma", label: "Gamma", type: "agency" } },
    ]);
    const acme = r.graph.nodes.find((n) => n.id === "acme")!;
    expect(acme).toMatchObject({ label: "Acme Corp", country: "US", sectors: ["defense"], reviewed: true });
    expect(acme.aliases).toEqual(["Acme", "Acme Corp"]);
    expect(r.graph.nodes.find((n) => n.id === "gamma")).toMatchObject({ type: "agency", mentions: [] });
  });

  it("merges a node into another: edges move over, the relation between the two is dropped", () => {
    const r = run([{ merge: { from: "beta", into: "acme" } }]);
    expect(r.graph.nodes.map((n) => n.id)).toEqual(["acme", "agency"]);
    expect(ids(r.graph)).toEqual(["acme|supplies|agency"]);
    expect(r.graph.nodes[0]!.aliases).toEqual(["Acme", "Beta"]);
  });

  it("not_entity removes the node and lists its relations as rejected for that reason", () => {
    const r = run([{ not_entity: { id: "beta" } }]);
    expect(r.graph.nodes.map((n) => n.id)).toEqual(["acme", "agency"]);
    expect(ids(r.graph)).toEqual(["acme|supplies|agency"]);
    expect(r.rejected.map((x) => [x.id, x.reason])).toEqual([
      ["acme|partnership|beta", "not_entity"],
      ["beta|criticism|acme", "not_entity"],
    ]);
  });

  it("applies in file order: a decision may name the edge an earlier one made", () => {
    const r = run([{ retype: { edge: "beta|criticism|acme", type: "sanction" } }, { reject: { edge: "beta|sanction|acme" } }]);
    expect(r.stale).toEqual([]);
    expect(ids(r.graph)).not.toContain("beta|sanction|acme");
  });

  it("leaves its input untouched and gives the same output for the same input", () => {
    const g = graph();
    const before = JSON.stringify(g);
    const d: Decision[] = [{ merge: { from: "beta", into: "acme" } }, { reject: { edge: "acme|supplies|agency" } }];
    expect(JSON.stringify(applyCuration(g, texts, d))).toBe(JSON.stringify(applyCuration(g, texts, d)));
    expect(JSON.stringify(g)).toBe(before);
  });
});

describe("re-anchoring", () => {
  const moved = new Map([["a1", `A new lead paragraph.\n\n${TEXT.replace("the Agency with", "the Agency  with")}`]]);

  it("finds a passage again after text was inserted above it and its spacing changed", () => {
    const r = run([{ reject: { edge: "beta|criticism|acme", article: "a1", quote: "Beta criticised Acme for it." } }], moved);
    expect(r.stale).toEqual([]);
    const a = anchorQuote(moved, "a1", "Acme supplies the Agency with drones.")!;
    expect(moved.get("a1")!.slice(a.start, a.end)).toBe("Acme supplies the Agency  with drones.");
  });

  it("an added relation takes the offsets of the new text", () => {
    const r = run(
      [{ add: { source: "agency", type: "client_of", target: "acme", article: "a1", quote: "Agency with drones", modality: "asserted", status: "active" } }],
      moved,
    );
    const ev = r.graph.edges.find((x) => x.id === "agency|client_of|acme")!.evidence[0]!;
    expect(moved.get("a1")!.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.start).toBeGreaterThan(18);
  });

  it("matches typographic and straight apostrophes, and follows a renamed article", () => {
    const t = new Map([["b2", "L’armée a signé."]]);
    expect(anchorQuote(t, "old-id", "L'armée a signé")).toEqual({ articleId: "b2", start: 0, end: 15, moved: true });
  });

  it("takes the occurrence nearest the hint when a quote occurs twice", () => {
    const t = new Map([["x", "same words. other. same words."]]);
    expect(anchorQuote(t, "x", "same words", 20)!.start).toBe(19);
  });
});

describe("stale decisions", () => {
  it("reports, by name and reason, a decision whose edge, entity or quote is gone; the others still apply", () => {
    const r = run([
      { reject: { edge: "nobody|supplies|agency" } },
      { confirm: { edge: "acme|supplies|agency", article: "a1", quote: "a sentence that was edited away" } },
      { merge: { from: "ghost", into: "acme" } },
      { reject: { edge: "beta|criticism|acme" } },
    ]);
    expect(r.stale).toEqual([
      { index: 1, decision: 'reject { edge: "nobody|supplies|agency" }', reason: "no relation 'nobody|supplies|agency'" },
      { index: 2, decision: expect.stringContaining("confirm { edge:"), reason: "the quote is no longer in article 'a1'" },
      { index: 3, decision: 'merge { from: "ghost", into: "acme" }', reason: "no entity 'ghost'" },
    ]);
    expect(r.applied).toBe(1);
    expect(ids(r.graph)).not.toContain("beta|criticism|acme");
  });
});

describe("the file", () => {
  it("round-trips through YAML, one line per decision", () => {
    const d: Decision[] = [
      { reject: { edge: "a|supplies|b", article: "x", quote: 'He said: "yes", l’armée' } },
      { entity: { id: "n", sectors: ["defense"], country: null } },
    ];
    const text = writeCuration(d);
    expect(text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(2);
    expect(readCuration(text)).toEqual(d);
  });

  it("rejects an unknown kind or field with the decision's number", () => {
    expect(() => readCuration("- reject: { edge: a }\n- approve: { edge: b }\n")).toThrow(/curation\.yaml: decision 2/);
    expect(parseCuration([{ add: { source: "a", type: "supplies", target: "b", article: "x" } }]).ok).toBe(false);
    expect(parseCuration([{ reject: { edge: "a", quote: "q" } }]).ok).toBe(false);
    expect(parseCuration(null)).toEqual({ ok: true, value: [] });
  });
});
