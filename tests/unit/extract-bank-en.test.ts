// Classes of sentence the English bank (tests/bank/en-relations.yaml) showed unread, each fixed by a general
// mechanism: a contract's purpose names its other party; a gap over the names that qualify a list noun, whose
// owner is a passive's agent; a class noun's members after a place phrase, a dash or a colon. Sentences
// written for these tests, in both languages where the mechanism is shared.
import { edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const edges = (text: string) => edgeLines(extract(k, text));

describe("a contract's purpose clause names its other party", () => {
  it.each<[string, string[]]>([
    [
      "Microsoft was awarded a 10-year contract worth up to $21.9 billion to supply the US Army with headsets.",
      ["microsoft -contract-> contract-microsoft-us-army", "microsoft -supplies-> us-army", "us-army -contract-> contract-microsoft-us-army"],
    ],
    [
      "Thales a obtenu un contrat de 20 millions d'euros pour équiper la gendarmerie de caméras.",
      [
        "gendarmerie-nationale -contract-> contract-gendarmerie-nationale-thales",
        "thales -contract-> contract-gendarmerie-nationale-thales",
        "thales -supplies-> gendarmerie-nationale",
      ],
    ],
    // a value between the verb and its contract word no longer breaks the trigger
    [
      "The Ministry of Defence signed a 23-month, £17.75m private cloud contract with Microsoft.",
      ["microsoft -contract-> contract-microsoft-uk-mod", "uk-mod -contract-> contract-microsoft-uk-mod"],
    ],
    // a purpose that supplies no one adds no party: the awardee holds a contract of its own
    ["Microsoft was awarded a contract worth $2 million to build a data centre.", ["microsoft -contract-> contract-microsoft"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

const sanctions = (text: string) => edges(text).filter((e) => e.includes("-sanction->"));

describe("names that qualify a list noun are crossed, and own the list", () => {
  it.each<[string, string[]]>([
    ["The Commerce Department put Hikvision on a US trade blacklist.", ["us-commerce-department -sanction-> hikvision"]],
    // a passive with no agent takes the list's owner
    ["Hikvision and Dahua have been added to a U.S. government list of entities.", ["us -sanction-> dahua", "us -sanction-> hikvision"]],
    ["Hikvision was added to the Commerce Department's entity list.", ["us-commerce-department -sanction-> hikvision"]],
    // a list of partners is no blacklist
    ["Hikvision was added to a U.S. government list of approved partners.", []],
    ["Les États-Unis ont placé Hikvision sur leur liste noire.", ["us -sanction-> hikvision"]],
  ])("%s", (text, expected) => {
    expect(sanctions(text)).toEqual(expected);
  });
});

describe("a class noun gives way to the members it names", () => {
  it.each<[string, string[]]>([
    // between dashes
    [
      "The Commerce Department will add 28 organizations — including Hikvision and Dahua — to the Entity List.",
      ["us-commerce-department -sanction-> dahua", "us-commerce-department -sanction-> hikvision"],
    ],
    // past a place phrase that qualifies the class
    [
      "The Commerce Department has sanctioned numerous firms in Russia’s defense-industrial base, including Rostec.",
      ["us-commerce-department -sanction-> rostec"],
    ],
    ["Les États-Unis ont sanctionné plusieurs entreprises du secteur de la défense en Russie, dont Rostec.", ["us -sanction-> rostec"]],
    // a colon announcing the members
    [
      "The Commerce Department will blacklist 28 organizations, including two giants in the video surveillance industry: Hikvision and Dahua.",
      ["us-commerce-department -sanction-> dahua", "us-commerce-department -sanction-> hikvision"],
    ],
    // a class with no members named stays unresolved without its nationality
    ["The Commerce Department has sanctioned numerous firms in Russia’s defense-industrial base.", []],
  ])("%s", (text, expected) => {
    expect(sanctions(text)).toEqual(expected);
  });
});

describe("a state right before a nominal head is its nationality, not its possessor", () => {
  // (French writes the nationality as an adjective after the noun: "le fournisseur américain Leidos".)
  it.each<[string, string[]]>([
    ["US supplier Leidos won a new deal.", []],
    ["Pentagon contractor Palantir won a new deal.", ["palantir -supplies-> us-dod"]],
    ["ICE supplier Palantir won a new deal.", ["palantir -supplies-> ice"]],
  ])("%s", (text, expected) => {
    expect(edges(text).filter((e) => !e.includes("contract"))).toEqual(expected);
  });
});

describe("'offer' is a supply verb", () => {
  it.each<[string, string[]]>([
    ["Palantir offers the Danish police access to its databases.", ["palantir -supplies-> danish-police"]],
    ["The platform is made by Palantir and offers the Danish police new analysis tools.", ["palantir -supplies-> danish-police"]],
    ["Palantir offered no comment to the Danish police.", []],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("an editor's square brackets keep a list going", () => {
  it.each<[string, string[]]>([
    ["Amazon and [Google] supply cloud services to the Israeli military.", ["amazon -supplies-> idf", "google -supplies-> idf"]],
    ["[Amazon] and Google supply cloud services to the Israeli military.", ["amazon -supplies-> idf", "google -supplies-> idf"]],
    ["Amazon Web Services (AWS) et [Google] fournissent des services cloud à l'armée israélienne.", ["aws -supplies-> idf", "google -supplies-> idf"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("'the list' refers back to a list an earlier statement named", () => {
  it.each<[string, string[]]>([
    [
      "The Commerce Department added Huawei to its entity list. It also added Hikvision and Dahua to the list.",
      ["us-commerce-department -sanction-> dahua", "us-commerce-department -sanction-> hikvision", "us-commerce-department -sanction-> huawei"],
    ],
    [
      "Les États-Unis ont placé Huawei sur leur liste noire. Ils ont aussi placé Hikvision et Dahua sur la liste.",
      ["us -sanction-> dahua", "us -sanction-> hikvision", "us -sanction-> huawei"],
    ],
    // with no list named before, "the list" is any list
    ["The Commerce Department added Hikvision and Dahua to the list.", []],
    ["Les États-Unis ont placé Hikvision et Dahua sur la liste.", []],
  ])("%s", (text, expected) => {
    expect(sanctions(text)).toEqual(expected);
  });
});
