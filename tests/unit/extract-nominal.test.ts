// Nominal frames (issue 10): a noun such as "filiale", "supplier", "coentreprise" relates the name it
// describes to the names its complements introduce. Each row is one article and every edge its graph
// should hold, written "source -type-> target"; a second table checks the rule and inferred endpoints
// the facts carry.
import { relateArticle, scanArticle } from "../../src/extract/article";
import { inflections } from "../../src/extract/relations/inflect";
import { bytes, edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const edges = (text: string) => edgeLines(extract(k, text)).filter((e) => !e.includes("-contract->"));

/** The facts of one article, with the registry's mentions (enough for the names these sentences use). */
function facts(text: string) {
  const scanned = scanArticle(bytes(text), k).article!;
  return relateArticle(
    { text: scanned.text, lang: scanned.meta.language, sentences: scanned.sentences, mentions: scanned.registryMentions, records: k.registryEntities },
    k,
  ).facts;
}

describe("nominal frames", () => {
  it.each<[string, string[]]>([
    // complement "of" / "de", the head named by an apposition or a copula
    ["Hikvision is a subsidiary of CETC.", ["cetc -ownership-> hikvision"]],
    ["Hikvision et Dahua sont des filiales de CETC.", ["cetc -ownership-> dahua", "cetc -ownership-> hikvision"]],
    ["Palantir, a close partner of the Israeli military, grew fast.", ["idf -partnership-> palantir"]],
    ["Fujitsu est devenu un partenaire proche de Palantir.", ["fujitsu -partnership-> palantir"]],
    ["Palantir, un partenaire d'Amazon, a grandi.", ["amazon -partnership-> palantir"]],
    ["Le rapport désigne Palantir comme un fournisseur de la police israélienne.", ["palantir -supplies-> israel-police"]],
    ["Amazon, which is a supplier of the Israeli military, grew.", ["amazon -supplies-> idf"]],
    ["The Israeli military is a customer of Palantir.", ["idf -client_of-> palantir"]],
    ["CETC, the parent company of Hikvision, grew.", ["cetc -ownership-> hikvision"]],
    // generated forms: feminine, plural
    ["La police israélienne est cliente de Palantir.", ["israel-police -client_of-> palantir"]],
    ["Elbit Systems est la fournisseuse de l'armée israélienne.", ["elbit-systems -supplies-> idf"]],
    ["Palantir and Fujitsu are partners of the Israeli military.", ["fujitsu -partnership-> idf", "idf -partnership-> palantir"]],
    // the name after the noun, a possessor or a name before it
    ["The report says CETC's subsidiary Hikvision sells cameras.", ["cetc -ownership-> hikvision"]],
    ["CETC a présenté sa filiale Hikvision hier.", ["cetc -ownership-> hikvision"]],
    ["Pentagon contractor Anduril builds towers.", ["anduril -supplies-> us-dod"]],
    ["Le sous-traitant de l'armée israélienne, Elbit Systems, a grandi.", ["elbit-systems -supplies-> idf"]],
    // members: between, of, formed by, a list before the noun
    ["The joint venture between Thales and Google opened.", ["google -partnership-> thales"]],
    ["The consortium of Airbus and Thales won.", ["airbus -partnership-> thales"]],
    [
      "Le projet revient au groupement formé par Thales, Airbus et Safran.",
      ["airbus -partnership-> safran", "airbus -partnership-> thales", "safran -partnership-> thales"],
    ],
    ["The Airbus/Thales consortium won.", ["airbus -partnership-> thales"]],
    ["Thales et Google ont créé une coentreprise en 2021.", ["google -partnership-> thales"]],
    // members own the venture the noun names
    ["Thales and Google formed a joint venture, S3NS.", ["google -ownership-> s3ns", "google -partnership-> thales", "thales -ownership-> s3ns"]],
    ["Le rapport cite S3NS, une coentreprise de Thales et Google.", ["google -ownership-> s3ns", "google -partnership-> thales", "thales -ownership-> s3ns"]],
    // use by: the user is the client of the owner of what is used
    ["Microsoft a dénoncé l'usage de ses outils par l'armée israélienne.", ["idf -client_of-> microsoft", "microsoft -criticism-> idf"]],
    ["The report criticises ICE's use of Clearview AI.", ["ice -client_of-> clearview-ai"]],
    // a capitalised head inside a name is no head; a negated one states nothing
    ["The Homeland Security Investigations Division signed with Palantir.", []],
    ["Palantir n'est pas un fournisseur de l'armée israélienne.", []],
    ["Palantir is not a supplier of the Israeli military.", []],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("nominal facts carry their rule and inferred endpoints", () => {
  it.each<[string, { type: string; source: string; target: string; rule: string; via?: object }]>([
    ["Hikvision est une filiale de CETC.", { type: "ownership", source: "cetc", target: "hikvision", rule: "nominal-of" }],
    ["The consortium of Airbus and Thales won.", { type: "partnership", source: "airbus", target: "thales", rule: "nominal-of" }],
    ["The joint venture between Thales and Google opened.", { type: "partnership", source: "thales", target: "google", rule: "nominal-between" }],
    ["Pentagon contractor Anduril builds towers.", { type: "supplies", source: "anduril", target: "us-dod", rule: "nominal-possessor" }],
    [
      "CETC a grandi. Le rapport présente sa filiale Hikvision.",
      {
        type: "ownership",
        source: "cetc",
        target: "hikvision",
        rule: "nominal-possessor",
        via: { source: { start: 35, end: 37, text: "sa", antecedentStart: 0, antecedentEnd: 4, how: "anaphor" } },
      },
    ],
  ])("%s", (text, expected) => {
    const found = facts(text).filter((f) => f.rule?.startsWith("nominal-"));
    expect(found.map(({ type, source, target, rule, via }) => ({ type, source, target, rule, ...(via ? { via } : {}) }))).toContainEqual(expected);
  });
});

describe("inflected forms of head nouns come from suffix rules", () => {
  const frPlural = [
    ["al", "aux"],
    ["eau", "eaux"],
    ["s", "s"],
    ["x", "x"],
    ["z", "z"],
    ["", "s"],
  ] as const;
  const fr = {
    plural: frPlural,
    feminine: [
      ["ateur", "atrice"],
      ["eur", "euse"],
      ["ien", "ienne"],
      ["e", "e"],
      ["", "e"],
    ] as const,
  };
  const frNoFeminine = { plural: frPlural };
  const en = {
    plural: [
      ["ay", "ays"],
      ["y", "ies"],
      ["s", "ses"],
      ["", "s"],
    ] as const,
  };
  it.each<[string, string[], boolean, typeof fr | typeof frNoFeminine | typeof en]>([
    ["fournisseur", ["fournisseur", "fournisseurs", "fournisseuse", "fournisseuses"], true, fr],
    ["opérateur", ["opérateur", "opérateurs", "opératrice", "opératrices"], true, fr],
    ["sous-traitant", ["sous-traitant", "sous-traitants", "sous-traitante", "sous-traitantes"], true, fr],
    ["maison mère", ["maison mère", "maisons mères"], true, frNoFeminine],
    ["canal", ["canal", "canaux"], true, frNoFeminine],
    ["subsidiary", ["subsidiary", "subsidiaries"], false, en],
    ["joint venture", ["joint venture", "joint ventures"], false, en],
  ])("%s", (word, expected, everyWord, rules) => {
    expect(inflections(word, rules, everyWord).sort()).toEqual(expected.sort());
  });
});
