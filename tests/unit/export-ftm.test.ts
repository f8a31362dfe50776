// The FollowTheMoney export checked against FtM's own model (its published schema data): every
// schema and property exists, values fit their property's type, and every reference resolves to
// an exported entity of the schema the property expects.
import { Model, defaultModel } from "@alephdata/followthemoney";
import { ftmEntities, ftmEdgeId, ftmNodeId, ftmArticleId, type FtmEntity } from "../../src/export/ftm";
import { exportGraph } from "../../src/export";
import { readFileSync } from "node:fs";
import { parseGraph } from "../../src/model";
import { exportFixture, HOSTILE_QUOTE } from "./export-fixture";

const model = new Model(defaultModel);
const graph = exportFixture();
const entities = ftmEntities(graph);
const byId = new Map(entities.map((e) => [e.id, e]));

/** Problems with one entity, in words; empty when FtM's model accepts it. */
function problems(entity: FtmEntity, byId: Map<string, FtmEntity>): string[] {
  const out: string[] = [];
  const schema = model.schemata[entity.schema];
  if (!schema) return [`${entity.id}: unknown schema ${entity.schema}`];
  if (schema.abstract) out.push(`${entity.id}: schema ${entity.schema} is abstract`);
  for (const required of schema.required) if (!entity.properties[required]?.length) out.push(`${entity.id}: missing required ${required}`);
  for (const [name, values] of Object.entries(entity.properties)) {
    if (!schema.hasProperty(name)) {
      out.push(`${entity.id}: ${entity.schema} has no property ${name}`);
      continue;
    }
    const prop = schema.getProperty(name);
    for (const v of values) {
      if (prop.maxLength && v.length > prop.maxLength) out.push(`${entity.id}: ${name} longer than ${prop.maxLength}`);
      switch (prop.type.name) {
        case "entity": {
          const target = byId.get(v);
          if (!target) out.push(`${entity.id}: ${name} points to missing ${v}`);
          else if (!model.getSchema(target.schema).isA(prop.getRange())) out.push(`${entity.id}: ${name} wants ${prop.getRange().name}, got ${target.schema}`);
          break;
        }
        case "date":
          if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) out.push(`${entity.id}: ${name} is not an ISO date: ${v}`);
          break;
        case "country":
          if (!/^[a-z]{2}$/.test(v)) out.push(`${entity.id}: ${name} is not a country code: ${v}`);
          break;
        case "language":
          if (!/^[a-z]{3}$/.test(v)) out.push(`${entity.id}: ${name} is not an ISO 639-3 code: ${v}`);
          break;
        case "url":
          if (!/^https?:\/\//.test(v)) out.push(`${entity.id}: ${name} is not a URL: ${v}`);
          break;
        case "number":
          if (!Number.isFinite(Number(v))) out.push(`${entity.id}: ${name} is not a number: ${v}`);
          break;
      }
    }
  }
  return out;
}

describe("FollowTheMoney export", () => {
  it("passes FtM's model: schemata, properties, types and references", () => {
    expect(entities.flatMap((e) => problems(e, byId))).toEqual([]);
  });

  it("passes FtM's model on the committed data/graph.json too", () => {
    const parsed = parseGraph(JSON.parse(readFileSync("data/graph.json", "utf8")));
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    const real = ftmEntities(parsed.value);
    const realById = new Map(real.map((e) => [e.id, e]));
    expect(real.flatMap((e) => problems(e, realById))).toEqual([]);
    expect([...new Set(real.map((e) => e.schema))]).toEqual(
      expect.arrayContaining(["Article", "Company", "PublicBody", "Contract", "ContractAward", "Sanction", "UnknownLink"]),
    );
  });

  it("the checker rejects unknown properties, dangling references and a wrong range", () => {
    const bad: FtmEntity = { id: "x", schema: "Ownership", properties: { owner: ["missing"], asset: [ftmNodeId("ice")], colour: ["red"] } };
    expect(problems(bad, byId)).toEqual(["x: owner points to missing missing", "x: asset wants Asset, got PublicBody", "x: Ownership has no property colour"]);
  });

  it("reads back through FtM's own Entity class", () => {
    for (const raw of entities) {
      const entity = model.getEntity(raw);
      expect(entity.schema.name).toBe(raw.schema);
      expect(entity.getCaption()).not.toBe("");
    }
  });

  it("writes one JSON object per line, ids unique", () => {
    const lines = exportGraph(graph, "ftm")[0]!.content.trimEnd().split("\n");
    expect(lines.map((l) => JSON.parse(l))).toEqual(entities);
    expect(byId.size).toBe(entities.length);
    expect(entities.length).toBe(graph.articles.length + graph.nodes.length + graph.edges.length);
  });

  it("maps entity types and relation types to FtM schemata", () => {
    const schemaOf = (id: string) => byId.get(id)?.schema;
    expect(schemaOf(ftmNodeId("palantir"))).toBe("Company");
    expect(schemaOf(ftmNodeId("ice"))).toBe("PublicBody");
    expect(schemaOf(ftmNodeId("israel"))).toBe("LegalEntity");
    expect(schemaOf(ftmNodeId("top10vpn"))).toBe("Organization");
    expect(schemaOf(ftmNodeId("contract-fujitsu-palantir-2024"))).toBe("Contract");
    expect(schemaOf(ftmArticleId("a1_fujitsu_fr"))).toBe("Article");
    expect(schemaOf(ftmEdgeId("idf|member_of|imod"))).toBe("Membership");
    expect(schemaOf(ftmEdgeId("fujitsu|contract|contract-fujitsu-palantir-2024"))).toBe("ContractAward");
    expect(byId.get(ftmEdgeId("palantir|supplies|ice"))).toMatchObject({ schema: "UnknownLink", properties: { role: ["supplies"] } });
    // A state is a LegalEntity, which FtM's Membership.organization does not accept: the link stays, as an UnknownLink.
    expect(byId.get(ftmEdgeId("imod|member_of|israel"))).toMatchObject({ schema: "UnknownLink", properties: { role: ["member of"] } });
  });

  it("cites every passage with its article's publisher, date and URL, and says when a claim is alleged", () => {
    const suspension = byId.get(ftmEdgeId("microsoft|suspension|imod"))!;
    expect(suspension.properties).toMatchObject({ publisher: ["Le Monde"], date: ["2025-09-26"], sourceUrl: ["https://example.org/microsoft"] });
    const alleged = byId.get(ftmEdgeId("palantir|supplies|idf"))!;
    expect(alleged.properties.summary?.[0]).toMatch(/^Alleged/);
    expect(alleged.properties.description?.every((d) => d.startsWith("(alleged)"))).toBe(true);
    expect(byId.get(ftmEdgeId("fujitsu|partnership|palantir"))!.properties.description?.[0]).toContain(HOSTILE_QUOTE);
    expect(suspension.properties.summary).toBeUndefined();
  });

  it("gives distinct FtM ids to graph ids that differ only in escaped characters", () => {
    expect(ftmNodeId("a|b")).not.toBe(ftmNodeId("a.b"));
    expect(ftmNodeId("a|b")).toMatch(/^[A-Za-z0-9.-]+$/);
  });
});
