// Stages 5 and 6: finding registry entities in text (accent-, case- and elision-aware, on word
// boundaries, leftmost-longest) and discovering organisations the registry lacks.
import type { EntityRecord } from "../../src/extract/entities";
import { fromRegistry } from "../../src/extract/entities";
import { EntityMatcher, surnameMentions } from "../../src/extract/stages/05-mentions";
import { makeDiscoverer } from "../../src/extract/stages/06-discover";
import { segment } from "../../src/extract/stages/03-segment";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

const record = (id: string, forms: string[], extra: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  label: forms[0]!,
  type: "company",
  country: null,
  sectors: [],
  forms,
  caseSensitive: [],
  curated: true,
  ...extra,
});

const small = new EntityMatcher([
  record("amazon", ["Amazon"]),
  record("un", ["United Nations", "UN", "ONU"], { type: "organization" }),
  record("us", ["United States", "US", "États-Unis"], { type: "state" }),
  record("idf", ["armée israélienne", "Israeli army"], { type: "agency" }),
  record("x", ["X"], { caseSensitive: ["X"] }),
  record("gaia-x", ["Gaia-X"], { type: "organization" }),
  record("palantir", ["Palantir", "Palantir Technologies"]),
  record("palantir-japan", ["Palantir Technologies Japan"]),
  record("orange", ["Orange"], { caseSensitive: ["Orange"] }),
  record("brad-smith", ["Brad Smith"], { type: "person" }),
]);
const found = (m: EntityMatcher, text: string) => m.find(text).map((x) => `${text.slice(x.start, x.end)}=${x.entityId}`);

describe("EntityMatcher on hand-made records", () => {
  it.each<[string, string[]]>([
    // elisions
    ["les serveurs d’Amazon", ["Amazon=amazon"]],
    ["les serveurs d'Amazon", ["Amazon=amazon"]],
    ["le rapport de l’ONU", ["ONU=un"]],
    ["il dit qu’Amazon ment", ["Amazon=amazon"]],
    // accents and case
    ["les Etats-Unis", ["Etats-Unis=us"]],
    ["les États-Unis", ["États-Unis=us"]],
    ["LES ETATS-UNIS", ["ETATS-UNIS=us"]],
    ["L'ARMÉE ISRAÉLIENNE", ["ARMÉE ISRAÉLIENNE=idf"]],
    ["l’armee israelienne", ["armee israelienne=idf"]],
    ["the ISRAELI ARMY", ["ISRAELI ARMY=idf"]],
    // word boundaries
    ["la forêt d’Amazonie", []],
    ["Amazonian rivers", []],
    ["le projet Gaia-X avance", ["Gaia-X=gaia-x"]],
    ["X-ray machines", []],
    ["le réseau X publie", ["X=x"]],
    ["Amazon.", ["Amazon=amazon"]],
    ["(Amazon)", ["Amazon=amazon"]],
    // a dash separates words, a hyphen joins them
    ["Amazon—and Palantir—said", ["Amazon=amazon", "Palantir=palantir"]],
    ["Amazon – Palantir", ["Amazon=amazon", "Palantir=palantir"]],
    ["Amazon‑Palantir", []],
    // all-caps aliases are case-sensitive
    ["the US and us", ["US=us"]],
    ["let us go", []],
    ["the UN said", ["UN=un"]],
    ["un accord a été signé", []],
    ["the Un said", []],
    ["a x b", []],
    // listed common words are case-sensitive too
    ["Orange vend des oranges et une orange", ["Orange=orange"]],
    // leftmost-longest
    ["Palantir Technologies Japan signed", ["Palantir Technologies Japan=palantir-japan"]],
    ["Palantir Technologies signed", ["Palantir Technologies=palantir"]],
    ["Palantir Japan", ["Palantir=palantir"]],
    ["United Nations and United States", ["United Nations=un", "United States=us"]],
  ])("%j → %j", (text, expected) => {
    expect(found(small, text)).toEqual(expected);
  });

  it("maps offsets back through characters that fold to two (œ) or vanish (combining accents)", () => {
    const text = "Le cœur d’Amazon e\u0301tait aux États-Unis.";
    expect(found(small, text)).toEqual(["Amazon=amazon", "États-Unis=us"]);
  });

  it.each<[string, string[]]>([
    ["😀 Amazon et Google", ["Amazon=amazon", "Google=google"]],
    ["😀😀 United Nations and the 🇺🇳 UN", ["United Nations=un", "UN=un"]],
    ["Amazon 😀 United States", ["Amazon=amazon", "United States=us"]],
  ])("keeps offsets exact after characters outside the BMP: %j → %j", (text, expected) => {
    const small2 = new EntityMatcher([
      record("amazon", ["Amazon"]),
      record("google", ["Google"]),
      record("un", ["United Nations", "UN"]),
      record("us", ["United States"]),
    ]);
    expect(found(small2, text)).toEqual(expected);
  });

  it("counts a surname after the full name as a mention of the same person, only as a whole word", () => {
    const text = "Brad Smith a parlé. Ensuite, Smith a ajouté que Smithson et Goldsmith ne savaient rien.";
    const people = new Set(["brad-smith"]);
    expect(surnameMentions(text, small.find(text), people).map((m) => text.slice(m.start, m.end))).toEqual(["Brad Smith", "Smith"]);
  });

  it("does not count a surname when the full name never appears", () => {
    const text = "Smith a parlé.";
    expect(surnameMentions(text, small.find(text), new Set(["brad-smith"]))).toEqual([]);
  });
});

describe("EntityMatcher on the real registry", () => {
  const real = new EntityMatcher(k.registry.map(fromRegistry));
  it.each<[string, string[]]>([
    ["d’Amazon et l’ONU", ["Amazon=amazon", "ONU=un"]],
    ["Les Etats-Unis et les États-Unis", ["Etats-Unis=us", "États-Unis=us"]],
    ["L'ARMÉE ISRAÉLIENNE a frappé", ["ARMÉE ISRAÉLIENNE=idf"]],
    ["la forêt d’Amazonie", []],
    ["Gaia-X", ["Gaia-X=gaia-x"]],
    ["the US said to us", ["US=us"]],
    ["un accord avec l’ONU", ["ONU=un"]],
    ["Palantir Technologies Japan et Palantir", ["Palantir Technologies Japan=palantir-japan", "Palantir=palantir"]],
    ["Orange et une orange", ["Orange=orange"]],
    ["AWS and aws", ["AWS=aws"]],
  ])("%j → %j", (text, expected) => {
    expect(found(real, text)).toEqual(expected);
  });
});

describe("discovery", () => {
  const discoverer = makeDiscoverer(k);
  const matcher = new EntityMatcher(k.registry.map(fromRegistry));
  const discover = (text: string, lang: "fr" | "en" = "fr") =>
    discoverer.discover(text, segment(text, lang, k.language.abbreviations), matcher.find(text)).map((d) => [d.label, d.type, d.country]);

  it.each<[string, (string | null)[][], ("fr" | "en")?]>([
    ["La société XYZ Analytics a signé.", [["XYZ Analytics", "company", null]]],
    ["Ensuite, la société chinoise Zebra Vision a signé.", [["Zebra Vision", "company", "CN"]]],
    ["Fooble, une entreprise londonienne, a signé.", [["Fooble", "company", "GB"]]],
    ["The Department of Widgets signed.", [["Department of Widgets", "agency", null]], "en"],
    ["Wibble Technologies signed a deal.", [["Wibble Technologies", "company", null]], "en"],
    ["the surveillance firm Quux Labs signed", [["Quux Labs", "company", null]], "en"],
    ["the Israeli firm Quux Labs signed", [["Quux Labs", "company", "IL"]], "en"],
    ["“We agree,” said Jane Doakes, a spokesperson.", [["Jane Doakes", "person", null]], "en"],
    ["said Secretary of Commerce Wilbur Rossi in a statement", [["Wilbur Rossi", "person", null]], "en"],
    ["the data broker called Quuxly sold data", [["Quuxly", "company", null]], "en"],
    ["une start-up baptisée Zebrovia a signé", [["Zebrovia", "company", null]]],
    // a product right after a known name is no new organisation
    ["Palantir Widget Systems was deployed", [], "en"],
    // A name ended by its suffix is not continued by "and"; names with "and" inside still hold.
    [
      "the banks Fooble Bank and Barzo Bank signed",
      [
        ["Fooble Bank", "company", null],
        ["Barzo Bank", "company", null],
      ],
      "en",
    ],
    ["The Department of Widgets and Gadgets signed.", [["Department of Widgets and Gadgets", "agency", null]], "en"],
    // not entities
    ["Les Américains et les Britanniques ont protesté.", []],
    ["The Americans protested. Chinese officials agreed.", [], "en"],
    // a sentence's first capitalised word says nothing; "avec Barzo" stands as an argument (names with no cue, 06-bare.ts)
    ["Hier Fooble a signé avec Barzo.", [["Barzo", "company", null]]],
    ["Yesterday Fooble signed with Barzo.", [["Barzo", "company", null]], "en"],
    ["Lundi, la société a signé.", []],
    ["La société Palantir a signé.", []],
  ])("%j → %j", (text, expected, lang) => {
    expect(discover(text, lang)).toEqual(expected);
  });

  it("keeps discovered organisations with curated: false and lists them in the report", () => {
    const r = extract(k, "La société Fooble Analytics fournit des logiciels au ministère des Armées depuis deux ans.");
    const node = r.graph.nodes.find((n) => n.id === "fooble-analytics");
    expect(node).toMatchObject({ label: "Fooble Analytics", type: "company", curated: false, attributes: { cue: "société" } });
    expect(r.report.discovered.map((d) => d.id)).toEqual(["fooble-analytics"]);
    expect(r.report.discovered[0]!.passages[0]!.quote).toContain("Fooble Analytics");
  });

  it("matches a discovered name everywhere in the corpus once discovered", () => {
    const r = extract(k, {
      "a.txt": "La société Fooble Analytics a ouvert un bureau à Paris cette année.",
      "b.txt": "Fooble Analytics fournit des logiciels au ministère des Armées depuis deux ans.",
    });
    expect(r.graph.edges.map((e) => e.id)).toEqual(["fooble-analytics|supplies|france-armed-forces-ministry"]);
    expect(r.graph.nodes.find((n) => n.id === "fooble-analytics")!.mentions.map((m) => m.articleId)).toEqual(["a", "b"]);
  });
});
