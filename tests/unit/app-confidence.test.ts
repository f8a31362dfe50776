// The minimum-confidence filter as a pure function, and its URL parameter.
import { filterByConfidence, hasConfidence, meetsConfidence } from "../../src/app/graph/confidence";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { buildIndex } from "../../src/app/graph/graphIndex";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { INITIAL_SNAPSHOT } from "../../src/app/store/explorer";
import { fromQuery, toQuery } from "../../src/app/store/url";
import type { Evidence, Graph } from "../../src/model";
import { fixtureGraph } from "../fixtures/load";

function graphWith(confidence: Record<string, (number | "curated" | undefined)[]>): Graph {
  const graph = structuredClone(fixtureGraph());
  for (const e of graph.edges) {
    const given = confidence[e.id];
    if (!given) continue;
    e.evidence = given.map((c, i): Evidence => {
      const ev: Evidence = { ...e.evidence[i % e.evidence.length]!, rule: "r" };
      if (c === "curated") ev.curated = "added";
      else if (c !== undefined) ev.confidence = c;
      return ev;
    });
  }
  return graph;
}

describe("filterByConfidence", () => {
  const index = buildIndex(
    graphWith({
      "fujitsu|partnership|palantir": [0.4, 0.6],
      "palantir|supplies|ice": [0.3],
      "palantir|supplies|idf": [0.2, "curated"],
      "imod|client_of|microsoft": [undefined],
    }),
  );
  const all = filterGraph(index, EMPTY_FILTERS, true);

  it.each([
    [0.5, ["palantir|supplies|ice"]],
    [0.7, ["fujitsu|partnership|palantir", "palantir|supplies|ice"]],
    [0.3, []],
  ])("at %f hides exactly %j (a person's passage and an unmeasured one never hide their relation)", (min, hidden) => {
    const shown = filterByConfidence(index, all, min);
    expect([...all.edges].filter((id) => !shown.edges.has(id)).sort()).toEqual(hidden);
  });

  it("keeps the ends of the relations left and no other entity", () => {
    const shown = filterByConfidence(index, all, 0.7);
    expect(shown.nodes.has("ice")).toBe(false);
    expect(shown.nodes.has("palantir")).toBe(true);
  });

  it("knows whether the data carries any confidence", () => {
    expect(hasConfidence(index)).toBe(true);
    expect(hasConfidence(buildIndex(fixtureGraph()))).toBe(false);
  });

  it("reads a passage without a confidence as never below the bar", () => {
    const ev: Evidence = { articleId: "a", start: 0, end: 1, quote: "x", modality: "asserted" };
    expect(meetsConfidence(ev, 0.99)).toBe(true);
    expect(meetsConfidence({ ...ev, confidence: 0.5 }, 0.6)).toBe(false);
  });
});

describe("the confidence URL parameter", () => {
  it("round-trips", () => {
    const query = toQuery({ ...INITIAL_SNAPSHOT, minConfidence: 0.8 });
    expect(query).toBe("?confidence=0.8");
    expect(fromQuery(query).minConfidence).toBe(0.8);
  });

  it.each(["2", "-0.5", "0", "abc", "0.5x", ""])("drops %j", (raw) => {
    expect(fromQuery(`?confidence=${raw}`).minConfidence).toBeNull();
  });
});
