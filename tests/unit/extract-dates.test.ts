import { dateReader } from "../../src/extract/dates";

const read = dateReader({
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
});

describe("dates stated in a passage", () => {
  it.each([
    ["Le contrat a été signé en octobre 2019 avec l’armée.", "2019-10"],
    ["signé en Février 2021", "2021-02"],
    ["Microsoft suspended the services in March 3, 2024.", "2024-03"],
    ["le 3 août 2023, Google a signé", "2023-08"],
    ["Palantir supplies ICE since 2020.", "2020"],
    ["depuis 2014, la société fournit", "2014"],
    ["a contract worth 2,000 million", null],
    ["2.019 employees, 2025% growth", null],
    ["No date at all.", null],
    ["In May the deal closed; by 2022 it had grown.", "2022"],
  ])("%s → %s", (passage, expected) => {
    expect(read(passage)).toBe(expected);
  });
});

describe("schema version 2", () => {
  it("migrates a version 1 graph (the committed fixture is one) and rejects unknown versions", async () => {
    const { parseGraph, SCHEMA_VERSION } = await import("../../src/model");
    const { fixtureGraphJson } = await import("../fixtures/load");
    const old = fixtureGraphJson() as { schemaVersion: number };
    expect(old.schemaVersion).toBe(1);
    const parsed = parseGraph(old);
    expect(parsed.ok && parsed.value.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parseGraph({ ...old, schemaVersion: 7 }).ok).toBe(false);
  });

  it("accepts a stated date on evidence, and only as YYYY or YYYY-MM", async () => {
    const { EvidenceSchema } = await import("../../src/model");
    const ev = { articleId: "a", start: 0, end: 1, quote: "x", modality: "asserted" };
    expect(EvidenceSchema.safeParse({ ...ev, date: "2019-10" }).success).toBe(true);
    expect(EvidenceSchema.safeParse({ ...ev, date: "2019-13" }).success).toBe(false);
  });
});

describe("dates read at the relate step (so that a rerun takes them from the cache)", () => {
  it.each([
    ["fr", "En octobre 2019, Amazon fournit des services cloud à Hikvision. Amazon fournit des services cloud à Hikvision.", ["2019-10", ""]],
    ["en", "Since 2020, Amazon provides cloud services to Hikvision. Amazon provides cloud services to Hikvision.", ["2020", ""]],
  ])(
    "%s: each fact's passage has its date, or none",
    async (_lang, body, expected) => {
      const { compileKnowledge } = await import("../../src/extract/index");
      const { readKnowledgeFiles } = await import("../../src/extract/io");
      const { scanArticle, relateArticle } = await import("../../src/extract/article");
      const k = compileKnowledge(readKnowledgeFiles("data"));
      const scanned = scanArticle(new TextEncoder().encode(`Title\n\n${body}\n`), k);
      const a = scanned.article!;
      const related = relateArticle(
        { text: a.text, lang: a.meta.language, sentences: a.sentences, mentions: a.registryMentions, records: k.registryEntities },
        k,
      );
      expect(related.facts.length).toBeGreaterThan(0);
      expect(related.dates).toEqual(related.facts.map((f) => read(a.text.slice(f.start, f.end)) ?? ""));
      expect([...new Set(related.dates)].sort()).toEqual([...expected].sort());
    },
    120_000,
  );
});
