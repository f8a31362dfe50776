// The curated registry: parseRegistry names the entry that is wrong, and data/entities.yaml is
// valid, with no surface form claimed by two entries.
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { parseRegistry, surfaceForms } from "../../src/extract/registry";

const ok = { id: "acme", name: "Acme", type: "company" };
const yaml = (...entries: object[]) => stringify(entries);

describe("parseRegistry", () => {
  it("fills defaults for a minimal entry", () => {
    expect(parseRegistry(yaml(ok))).toEqual([
      { id: "acme", name: "Acme", type: "company", country: null, sectors: [], aliases: { all: [], en: [], fr: [] }, case_sensitive: [] },
    ]);
  });

  it("reads an empty file as an empty registry", () => {
    expect(parseRegistry("")).toEqual([]);
  });

  it.each<[string, object[], RegExp]>([
    ["an id that is not kebab-case", [ok, { ...ok, id: "Bad_Id" }], /entry 1 \('Bad_Id'\): id: ids are kebab-case/],
    ["an unknown type", [{ ...ok, type: "corporation" }], /entry 0 \('acme'\): type:/],
    ["a country that is not ISO alpha-2", [{ ...ok, country: "USA" }], /entry 0 \('acme'\): country:/],
    ["an unknown sector", [{ ...ok, sectors: ["space"] }], /entry 0 \('acme'\): sectors\.0:/],
    ["an unknown field", [{ ...ok, website: "acme.test" }], /entry 0 \('acme'\)/],
    ["an unknown alias language", [{ ...ok, aliases: { de: ["Akme"] } }], /entry 0 \('acme'\): aliases/],
    ["an empty alias", [{ ...ok, aliases: { all: [""] } }], /entry 0 \('acme'\): aliases\.all\.0:/],
    ["a missing name", [{ id: "acme", type: "company" }], /entry 0 \('acme'\): name:/],
    ["an entry without id", [ok, { name: "Nameless", type: "company" }], /entry 1: id:/],
    ["a duplicate id", [ok, { ...ok, name: "Acme Two" }], /duplicate id 'acme'/],
    ["an unknown parent", [{ ...ok, parent: "nobody" }], /'acme' names unknown parent 'nobody'/],
    ["a case-sensitive form that is no alias", [{ ...ok, case_sensitive: ["ACME"] }], /'acme' lists 'ACME' as case_sensitive but not as its name or an alias/],
  ])("rejects %s, naming the entry", (_what, entries, message) => {
    expect(() => parseRegistry(yaml(...entries), "test.yaml")).toThrow(message);
  });

  it("names the source file in its messages", () => {
    expect(() => parseRegistry(yaml({ ...ok, type: "x" }), "custom/entities.yaml")).toThrow(/^custom\/entities\.yaml: /);
  });

  it("lists each surface form once, name first", () => {
    const [e] = parseRegistry(yaml({ ...ok, aliases: { all: ["ACME"], en: ["Acme", "Acme Corp"], fr: ["ACME"] } }));
    expect(surfaceForms(e!)).toEqual(["Acme", "ACME", "Acme Corp"]);
  });
});

describe("data/entities.yaml", () => {
  const entries = parseRegistry(readFileSync("data/entities.yaml", "utf8"));

  it("parses, with entries of every type", () => {
    expect(entries.length).toBeGreaterThan(100);
    const types = new Set(entries.map((e) => e.type));
    for (const t of ["state", "agency", "company", "organization", "person"] as const) expect(types).toContain(t);
  });

  it("has no surface form claimed by two entries (folded as scripts/check-registry.ts does)", () => {
    const fold = (s: string) =>
      s
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[’‘`´]/g, "'")
        .toLowerCase();
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const e of entries) {
      for (const form of surfaceForms(e)) {
        const prev = owner.get(fold(form));
        if (prev && prev !== e.id) collisions.push(`'${form}': ${prev} and ${e.id}`);
        else owner.set(fold(form), e.id);
      }
    }
    expect(collisions).toEqual([]);
  });
});
