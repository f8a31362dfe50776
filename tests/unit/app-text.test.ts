import { buildIndex } from "../../src/app/graph/graphIndex";
import { normalise } from "../../src/app/graph/normalise";
import { searchNodes } from "../../src/app/graph/search";
import { i18n, loadCatalogue } from "../../src/app/i18n";
import { articleSegments, groupByPassage, nonOverlapping, passageProblem, quoteContext } from "../../src/app/graph/passages";
import { fixtureArticle, fixtureGraph } from "../fixtures/load";

const graph = fixtureGraph();
const index = buildIndex(graph);

describe("normalise", () => {
  it.each([
    ["L’Armée israélienne", "l'armee israelienne"],
    ["  ÉTATS-UNIS ", "etats-unis"],
    ["ministère  de la\nDéfense", "ministere de la defense"],
    ["ﬁ", "fi"],
  ])("%s → %s", (input, expected) => expect(normalise(input)).toBe(expected));
});

describe("searchNodes", () => {
  it("finds the Israeli military from an unaccented French alias", () => {
    expect(searchNodes(index, "armee israelienne")[0]?.node.id).toBe("idf");
  });

  it("matches any alias and reports which one", () => {
    const [hit] = searchNodes(index, "tsahal");
    expect(hit?.node.id).toBe("idf");
    expect(hit?.matched).toBe("Tsahal");
  });

  it("ranks a label prefix before a match inside a word", () => {
    const ids = searchNodes(index, "pal").map((h) => h.node.id);
    expect(ids[0]).toBe("palantir");
  });

  it("returns nothing for a blank query", () => {
    expect(searchNodes(index, "   ")).toEqual([]);
  });
});

describe("quoteContext", () => {
  const doc = fixtureArticle("a3_microsoft_fr");
  const edge = index.edgeById.get("imod|client_of|microsoft")!;
  const ev = edge.evidence[0]!;

  it("puts the quote back inside its sentence", () => {
    const ctx = quoteContext(doc.text, doc.sentences, ev);
    expect(ctx.quote).toBe(ev.quote);
    expect(ctx.before + ctx.quote + ctx.after).toContain(`${ev.quote}.`);
  });

  it("adds a sentence on each side when the quote is a whole sentence", () => {
    const [s, e] = doc.sentences[2]!;
    const ctx = quoteContext(doc.text, doc.sentences, { start: s, end: e });
    expect(ctx.before).toContain("suspension");
    expect(ctx.after).toContain("L’armée israélienne");
  });
});

describe("articleSegments", () => {
  const doc = fixtureArticle("a3_microsoft_fr");
  const mentions = graph.nodes.flatMap((n) => n.mentions.filter((m) => m.articleId === doc.id).map((m) => ({ ...m, nodeId: n.id })));

  it("keeps the longest of overlapping mentions", () => {
    const kept = nonOverlapping([
      { start: 0, end: 5, nodeId: "a" },
      { start: 0, end: 9, nodeId: "b" },
      { start: 4, end: 12, nodeId: "c" },
      { start: 12, end: 14, nodeId: "d" },
    ]);
    expect(kept.map((m) => m.nodeId)).toEqual(["b", "d"]);
  });

  it("cuts the text so that the segments join back into it", () => {
    const passage = { start: 100, end: 200 };
    const segs = articleSegments(doc.text, mentions, passage);
    expect(segs.map((s) => s.text).join("")).toBe(doc.text);
    const inside = segs
      .filter((s) => s.inPassage)
      .map((s) => s.text)
      .join("");
    expect(inside).toBe(doc.text.slice(100, 200));
    expect(groupByPassage(segs).filter((g) => g.inPassage)).toHaveLength(1);
  });

  it("marks the ministry, not Israel inside its name", () => {
    const segs = articleSegments(doc.text, mentions, null);
    const seg = segs.find((s) => s.text === "ministère de la Défense d’Israël");
    expect(seg?.nodeId).toBe("imod");
  });
});

describe("passageProblem", () => {
  const text = "Acme sells drones.";
  it.each([
    [{ start: 0, end: 4, quote: "Acme" }, null],
    [{ start: 0, end: 4 }, null],
    [{ start: 5, end: 18 }, null],
    [{ start: 5, end: 19 }, "its offsets 5–19 fall outside the article's text, which has 18 characters"],
    [{ start: 4, end: 4 }, "its offsets 4–4 fall outside the article's text, which has 18 characters"],
    [{ start: 1, end: 5, quote: "Acme" }, "the article's text at its offsets 1–5 reads “cme ”, not the quote"],
  ])("%j → %j", (passage, problem) => {
    expect(passageProblem(text, passage)).toBe(problem);
  });

  it("says it in the interface's language", async () => {
    await i18n.changeLanguage(await loadCatalogue("fr"));
    try {
      expect(passageProblem(text, { start: 5, end: 19 })).toBe("ses positions 5–19 sortent du texte de l’article, qui compte 18 caractères");
      expect(passageProblem("A", { start: 0, end: 2 })).toBe("ses positions 0–2 sortent du texte de l’article, qui compte 1 caractère");
      expect(passageProblem(text, { start: 1, end: 5, quote: "Acme" })).toBe("le texte de l’article à ses positions 1–5 est « cme  », et non la citation");
    } finally {
      await i18n.changeLanguage("en");
    }
  });
});
