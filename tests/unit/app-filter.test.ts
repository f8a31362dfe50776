import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { EMPTY_FILTERS, toggleValue, type Filters } from "../../src/app/graph/filters";
import { facetCounts } from "../../src/app/graph/facets";
import { fixtureGraph } from "../fixtures/load";

const index = buildIndex(fixtureGraph());
const f = (patch: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...patch });
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe("filterGraph", () => {
  it("shows everything when no filter is set", () => {
    const v = filterGraph(index, EMPTY_FILTERS, false);
    expect(v.nodes.size).toBe(9);
    expect(v.edges.size).toBe(11);
  });

  it("keeps only relations between matching nodes by sector", () => {
    const v = filterGraph(index, f({ sectors: ["immigration"] }), false);
    expect(sorted(v.nodes)).toEqual(["ice"]);
    expect(v.edges.size).toBe(0);
  });

  it("keeps neighbours of matches when the toggle is on, so who supplies ICE still shows", () => {
    const v = filterGraph(index, f({ sectors: ["immigration"] }), true);
    expect(sorted(v.nodes)).toEqual(["ice", "palantir"]);
    expect(sorted(v.edges)).toEqual(["palantir|supplies|ice"]);
    expect(sorted(v.matched)).toEqual(["ice"]);
  });

  it("filters by country with names as ISO codes; values of one facet combine with or", () => {
    const v = filterGraph(index, f({ countries: ["IL", "JP"] }), false);
    expect(sorted(v.nodes)).toEqual(["fujitsu", "idf", "imod", "israel"]);
    expect(sorted(v.edges)).toEqual(["idf|member_of|imod", "imod|member_of|israel"]);
  });

  it("combines facets with and", () => {
    const v = filterGraph(index, f({ countries: ["IL"], types: ["agency"] }), false);
    expect(sorted(v.nodes)).toEqual(["idf", "imod"]);
  });

  it("with only edge filters, shows matching relations and their endpoints", () => {
    const v = filterGraph(index, f({ modalities: ["alleged"] }), false);
    expect(sorted(v.edges)).toEqual(["palantir|supplies|idf", "top10vpn|criticism|microsoft"]);
    expect(sorted(v.nodes)).toEqual(["idf", "microsoft", "palantir", "top10vpn"]);
  });

  it("filters by status and by source article", () => {
    expect(sorted(filterGraph(index, f({ statuses: ["ended"] }), false).edges)).toEqual(["imod|client_of|microsoft"]);
    const byArticle = filterGraph(index, f({ articles: ["a1_fujitsu_fr"] }), false);
    expect(sorted(byArticle.edges)).toEqual(["fujitsu|contract|contract-fujitsu-palantir-2024", "fujitsu|partnership|palantir", "palantir|supplies|idf"]);
  });

  it("returns nothing when no node matches", () => {
    const v = filterGraph(index, f({ countries: ["FR"] }), true);
    expect(v.nodes.size + v.edges.size).toBe(0);
  });
});

describe("toggleValue", () => {
  it("adds then removes a value without mutating the input", () => {
    const once = toggleValue(EMPTY_FILTERS, "sectors", "defense");
    expect(once.sectors).toEqual(["defense"]);
    expect(EMPTY_FILTERS.sectors).toEqual([]);
    expect(toggleValue(once, "sectors", "defense").sectors).toEqual([]);
  });
});

describe("facetCounts", () => {
  it("counts nodes per sector and relations per type on the whole graph", () => {
    const c = facetCounts(index, EMPTY_FILTERS, false);
    expect(c.sectors.find((o) => o.value === "defense")?.count).toBe(3);
    expect(c.relations.find((o) => o.value === "supplies")?.count).toBe(3);
    expect(c.statuses.map((o) => o.value)).toEqual(["active", "ended", "planned"]);
    expect(c.articles.find((o) => o.value === "a3_microsoft_fr")?.count).toBe(6);
  });

  it("counts each facet on the graph filtered by every other facet, with several facets chosen", () => {
    const filters = f({ countries: ["US", "IL"], relations: ["supplies", "partnership"], statuses: ["active"] });
    for (const keep of [true, false]) {
      const c = facetCounts(index, filters, keep);
      // Hand-made reference: filter with the facet cleared, then count relations per type.
      const others = filterGraph(index, { ...filters, relations: [] }, keep);
      const perType = (type: string) => [...others.edges].filter((id) => index.edgeById.get(id)?.type === type).length;
      expect(c.relations.map((o) => o.count)).toEqual(c.relations.map((o) => perType(o.value)));
      // Unchosen types are counted too, or the user could never widen the choice.
      expect(c.relations.some((o) => !filters.relations.includes(o.value as never) && o.count > 0)).toBe(true);
      // A facet with nothing chosen counts against the fully filtered graph.
      const all = filterGraph(index, filters, keep);
      const alleged = [...all.edges].filter((id) => index.edgeModality.get(id) === "alleged").length;
      expect(c.modalities.find((o) => o.value === "alleged")?.count ?? 0).toBe(alleged);
    }
  });

  it("ignores a facet's own selection so its options stay choosable", () => {
    const c = facetCounts(index, f({ countries: ["JP"] }), false);
    expect(c.countries.find((o) => o.value === "US")?.count).toBe(3);
    expect(c.types.find((o) => o.value === "company")?.count).toBe(1);
  });
});
