// Stage 9 (merging): one node per entity and one edge per (source, type, target) across the
// corpus, evidence from every article kept, symmetric relations stored once, translations linked.
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

const FR = [
  "Palantir et Fujitsu renforcent leur alliance",
  "Le groupe japonais Fujitsu collabore avec Palantir depuis des années.",
  "Amazon fournit des services cloud à l'armée israélienne.",
  "Microsoft a suspendu ses services à l'armée israélienne.",
].join("\n");
const EN = [
  "Palantir and Fujitsu strengthen their alliance",
  "The Japanese group Fujitsu has worked with Palantir for years.",
  "Amazon supplies cloud services to the Israeli military.",
  "Microsoft suspended its services to the Israeli military.",
].join("\n");

describe("merge across articles", () => {
  const r = extract(k, { "seeds/010_fr.txt": FR, "seeds/011_en.txt": EN });
  const edge = (id: string) => r.graph.edges.find((e) => e.id === id);

  it("keeps one node per entity, with mentions from both articles", () => {
    const ids = r.graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toEqual(["amazon", "fujitsu", "idf", "microsoft", "palantir"]);
    const fujitsu = r.graph.nodes.find((n) => n.id === "fujitsu")!;
    expect([...new Set(fujitsu.mentions.map((m) => m.articleId))]).toEqual(["010_fr", "011_en"]);
  });

  it.each([
    ["amazon|supplies|idf", ["010_fr", "011_en"]],
    ["fujitsu|partnership|palantir", ["010_fr", "011_en"]],
    ["microsoft|suspension|idf", ["010_fr", "011_en"]],
  ])("keeps one edge %s with evidence from %j", (id, articles) => {
    // The headline states the alliance too, so an article may give an edge more than one passage; never the same one twice.
    const evidence = edge(id)?.evidence ?? [];
    expect([...new Set(evidence.map((e) => e.articleId))]).toEqual(articles);
    const spans = evidence.map((e) => `${e.articleId}:${e.start}-${e.end}`);
    expect(spans).toEqual([...new Set(spans)]);
  });

  it("quotes the headline and the body sentence that state the same alliance", () => {
    const quotes = edge("fujitsu|partnership|palantir")!
      .evidence.filter((e) => e.articleId === "011_en")
      .map((e) => e.quote);
    expect(quotes).toEqual(["Palantir and Fujitsu strengthen their alliance", "The Japanese group Fujitsu has worked with Palantir for years."]);
  });

  it("has no other edges", () => {
    expect(r.graph.edges.map((e) => e.id)).toEqual(["amazon|supplies|idf", "fujitsu|partnership|palantir", "microsoft|suspension|idf"]);
  });

  it("links the French and English articles as translations of each other", () => {
    expect(r.graph.articles.map((a) => [a.id, a.translationOf])).toEqual([
      ["010_fr", "011_en"],
      ["011_en", "010_fr"],
    ]);
    expect(r.articles.map((a) => a.translationOf)).toEqual(["011_en", "010_fr"]);
  });

  it("does not link two articles in the same language", () => {
    const same = extract(k, { "a.txt": FR, "b.txt": FR.replace("depuis des années", "depuis longtemps") });
    expect(same.graph.articles.map((a) => a.translationOf)).toEqual([null, null]);
  });

  it("does not link articles that share fewer than four entities", () => {
    const short = extract(k, {
      "a.txt": "Le groupe japonais Fujitsu collabore avec Palantir depuis des années.",
      "b.txt": "The Japanese group Fujitsu has worked with Palantir for years.",
    });
    expect(short.graph.articles.map((a) => a.translationOf)).toEqual([null, null]);
  });

  it("follows translationOf from front matter and links both ways", () => {
    const fm = extract(k, {
      "a.txt": "---\ntranslationOf: b\n---\nLe groupe japonais Fujitsu collabore avec Palantir depuis des années.",
      "b.txt": "The Japanese group Fujitsu has worked with Palantir for years.",
    });
    expect(fm.graph.articles.map((a) => [a.id, a.translationOf])).toEqual([
      ["a", "b"],
      ["b", "a"],
    ]);
  });
});

describe("symmetric and directed edges", () => {
  it.each([
    ["Palantir collabore avec Fujitsu depuis des années.", "fujitsu|partnership|palantir", "fujitsu", "palantir"],
    ["Fujitsu collabore avec Palantir depuis des années.", "fujitsu|partnership|palantir", "fujitsu", "palantir"],
    ["Palantir fournit des logiciels à Fujitsu depuis des années.", "palantir|supplies|fujitsu", "palantir", "fujitsu"],
  ])("%s → %s", (text, id, source, target) => {
    const r = extract(k, text);
    expect(r.graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([[id, source, target]]);
  });

  it("stores a partnership stated both ways once, with both passages", () => {
    const r = extract(k, "Palantir collabore avec Fujitsu depuis des années. Fujitsu collabore avec Palantir au Japon.");
    expect(r.graph.edges.map((e) => [e.id, e.evidence.length])).toEqual([["fujitsu|partnership|palantir", 2]]);
  });

  it("keeps the most final status when passages disagree (ended over active)", () => {
    const r = extract(k, "Microsoft fournit des services à l'armée israélienne. Microsoft ne fournit plus de services à l'armée israélienne.");
    expect(r.graph.edges.map((e) => [e.id, e.status, e.evidence.length])).toEqual([["microsoft|supplies|idf", "ended", 2]]);
  });

  it("keeps one evidence per passage, asserted when one reading asserts it", () => {
    const r = extract(k, "Amazon fournit des services à l'armée israélienne et fournirait aussi des logiciels à l'armée israélienne.");
    expect(r.graph.edges.map((e) => [e.id, e.evidence.map((v) => v.modality)])).toEqual([["amazon|supplies|idf", ["asserted"]]]);
    for (const e of r.graph.edges) {
      const keys = e.evidence.map((v) => `${v.articleId}:${v.start}:${v.end}`);
      expect(keys).toEqual([...new Set(keys)]);
    }
  });
});
