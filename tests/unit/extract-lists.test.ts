// Lists as one argument (issue 10): a name glossed in parentheses, a colon enumeration, a class noun
// followed by the members it names. Each row is one article and every edge its graph should hold.
import { relateArticle, scanArticle } from "../../src/extract/article";
import { bytes, edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const edges = (text: string) => edgeLines(extract(k, text)).filter((e) => !e.includes("-contract->"));

describe("a list is one argument", () => {
  it.each<[string, string[]]>([
    // a parenthesised acronym glosses the member before it and keeps the list going
    ["Amazon Web Services (AWS) and Google supply cloud services to the Israeli military.", ["aws -supplies-> idf", "google -supplies-> idf"]],
    ["Amazon Web Services (AWS) et Google fournissent des services cloud à l'armée israélienne.", ["aws -supplies-> idf", "google -supplies-> idf"]],
    // a colon enumeration belongs to its clause
    [
      "Les États-Unis ont sanctionné quatre entreprises : NSO Group, Candiru, Positive Technologies et Computer Security Initiative Consultancy.",
      ["us -sanction-> candiru", "us -sanction-> coseinc", "us -sanction-> nso-group", "us -sanction-> positive-technologies"],
    ],
    ["The United States sanctioned two companies: NSO Group and Candiru.", ["us -sanction-> candiru", "us -sanction-> nso-group"]],
    // a colon that opens a clause still ends the argument's reach
    ["The United States sanctioned NSO Group: Candiru said nothing.", ["us -sanction-> nso-group"]],
    // a class followed by the members it names: those members, not every company of that country in the article
    [
      "Les États-Unis ont placé sur liste noire plusieurs entreprises chinoises, dont Hikvision. Dahua et Huawei vendent des caméras.",
      ["us -sanction-> hikvision"],
    ],
    ["The United States blacklisted several Chinese companies, such as Hikvision. Dahua and Huawei sell cameras.", ["us -sanction-> hikvision"]],
    [
      "The United States blacklisted several Chinese firms, including Hikvision and Dahua. Huawei sells phones.",
      ["us -sanction-> dahua", "us -sanction-> hikvision"],
    ],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("members of an unnamed class are recorded as inferred", () => {
  it("names the class words and the member's mention", () => {
    const text = "Hikvision vend des caméras. Les États-Unis ont sanctionné plusieurs entreprises chinoises.";
    const scanned = scanArticle(bytes(text), k).article!;
    const facts = relateArticle(
      { text: scanned.text, lang: scanned.meta.language, sentences: scanned.sentences, mentions: scanned.registryMentions, records: k.registryEntities },
      k,
    ).facts;
    const start = text.indexOf("entreprises chinoises");
    expect(facts.map(({ type, source, target, rule, via }) => ({ type, source, target, rule, via }))).toEqual([
      {
        type: "sanction",
        source: "us",
        target: "hikvision",
        rule: "class-member",
        via: {
          target: { start, end: start + "entreprises chinoises".length, text: "entreprises chinoises", antecedentStart: 0, antecedentEnd: 9, how: "list" },
        },
      },
    ]);
  });
});
