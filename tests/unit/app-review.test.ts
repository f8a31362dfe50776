// The review's pure parts in the app and the endpoint: the reviewed/unreviewed facet, the URL
// parameter for it, which decisions restore a rejected entry, and who may call the endpoint.
import { buildIndex } from "../../src/app/graph/graphIndex";
import { filterGraph } from "../../src/app/graph/filterGraph";
import { facetCounts } from "../../src/app/graph/facets";
import { EMPTY_FILTERS } from "../../src/app/graph/filters";
import { fromQuery, toQuery } from "../../src/app/store/url";
import { INITIAL_SNAPSHOT } from "../../src/app/store/explorer";
import { decisionsBehind, without } from "../../src/app/review/decisions";
import { isLocalRequest, optionsFromEnv } from "../../src/server/curation-endpoint";
import type { DecisionInput, Rejected } from "../../src/model";
import { fixtureGraph } from "../fixtures/load";

const graph = fixtureGraph();
const reviewed = { ...graph, edges: graph.edges.map((e) => (e.id === "palantir|supplies|ice" ? { ...e, reviewed: true } : e)) };

describe("the review facet", () => {
  it("is offered only once something was reviewed", () => {
    expect(facetCounts(buildIndex(graph), EMPTY_FILTERS, true).reviews).toEqual([]);
    expect(facetCounts(buildIndex(reviewed), EMPTY_FILTERS, true).reviews).toEqual([
      { value: "reviewed", count: 1 },
      { value: "unreviewed", count: graph.edges.length - 1 },
    ]);
  });

  it("keeps reviewed or unreviewed relations", () => {
    const index = buildIndex(reviewed);
    expect([...filterGraph(index, { ...EMPTY_FILTERS, reviews: ["reviewed"] }, false).edges]).toEqual(["palantir|supplies|ice"]);
    expect(filterGraph(index, { ...EMPTY_FILTERS, reviews: ["unreviewed"] }, false).edges.size).toBe(graph.edges.length - 1);
  });

  it("round-trips through the URL, unknown values dropped", () => {
    const snap = { ...INITIAL_SNAPSHOT, filters: { ...EMPTY_FILTERS, reviews: ["unreviewed" as const] }, view: "rejected" as const };
    expect(toQuery(snap)).toBe("?review=unreviewed&view=rejected");
    expect(fromQuery("?review=unreviewed,maybe&view=rejected")).toMatchObject({ filters: { reviews: ["unreviewed"] }, view: "rejected" });
  });
});

describe("restoring a rejected relation", () => {
  const decisions: DecisionInput[] = [
    { reject: { edge: "a|supplies|b" } },
    { confirm: { edge: "a|supplies|b" } },
    { reject: { edge: "a|supplies|b", article: "x", quote: "q" } },
    { not_entity: { id: "c" } },
  ];
  const entry = (over: Partial<Rejected>): Rejected => ({
    id: "a|supplies|b",
    source: "a",
    target: "b",
    type: "supplies",
    scope: "edge",
    reason: "rejected",
    evidence: [],
    ...over,
  });

  it("removes the rejections of that edge, and nothing else", () => {
    const behind = decisionsBehind(decisions, entry({}));
    expect(behind).toEqual([decisions[0], decisions[2]]);
    expect(without(decisions, behind)).toEqual([decisions[1], decisions[3]]);
  });

  it("removes the not_entity decision that took an endpoint away", () => {
    expect(decisionsBehind(decisions, entry({ id: "c|criticism|b", source: "c", reason: "not_entity" }))).toEqual([decisions[3]]);
  });
});

describe("the curation endpoint", () => {
  const req = (remoteAddress: string, headers: Record<string, string>) => ({ socket: { remoteAddress }, headers }) as never;

  it("answers loopback requests addressed to a loopback name from the same origin only", () => {
    expect(isLocalRequest(req("127.0.0.1", { host: "localhost:4173" }))).toBe(true);
    expect(isLocalRequest(req("::1", { host: "[::1]:4173", origin: "http://[::1]:4173" }))).toBe(true);
    expect(isLocalRequest(req("::ffff:127.0.0.1", { host: "127.0.0.1:5173", origin: "http://127.0.0.1:5173" }))).toBe(true);
    expect(isLocalRequest(req("192.168.1.20", { host: "localhost:4173" }))).toBe(false);
    expect(isLocalRequest(req("127.0.0.1", { host: "evil.example:4173" }))).toBe(false);
    expect(isLocalRequest(req("127.0.0.1", { host: "localhost:4173", origin: "http://evil.example" }))).toBe(false);
  });

  it("writes into data/ by default, elsewhere when the environment says so", () => {
    expect(optionsFromEnv({})).toEqual({ seeds: "seeds", data: "data", out: "data", curation: "data/curation.yaml" });
    expect(optionsFromEnv({ ENTANGLE_OUT: "/tmp/o", ENTANGLE_CURATION: "/tmp/c.yaml" })).toMatchObject({
      out: "/tmp/o",
      curation: "/tmp/c.yaml",
      data: "data",
    });
  });
});
