// The same-sentence fallback (relations/fallback.ts): a trigger the frames could not read still relates
// its nearest fitting names on either side, as rule "same-sentence" — never across a negation, from a
// reporting source, from a place phrase, or further than a few words. Each row is one article and every
// edge its graph should hold, written "source -type-> target [rules]".
import { edgeLine, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const edges = (text: string) =>
  extract(k, text)
    .graph.edges.map((e) => `${edgeLine(e)} [${e.evidence.map((v) => v.rule).join(",")}]`)
    .sort();

describe("a trigger the frames leave without a pair", () => {
  it.each<[string, string[]]>([
    // the right end is an anaphor past a second trigger ("developed by") that bounds the frames
    ["Palantir is growing. France relied on the tools developed by the company.", ["france -client_of-> palantir [same-sentence]"]],
    ["Palantir grandit. La France a eu recours aux outils développés par la société.", ["france -client_of-> palantir [same-sentence]"]],
    // the left end is the last member of an aside list
    [
      "Palantir is growing. In 2021, several states, among them France, relied on the tools developed by the company.",
      ["france -client_of-> palantir [same-sentence]"],
    ],
    [
      "Palantir grandit. En 2021, plusieurs pays, dont la France, ont eu recours aux outils développés par la société.",
      ["france -client_of-> palantir [same-sentence]"],
    ],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("no guess", () => {
  it.each<[string, string[]]>([
    // the frames read the pair: nothing added
    ["The CIA uses Palantir.", ["cia -client_of-> palantir [pattern-forward]"]],
    ["La CIA utilise Palantir.", ["cia -client_of-> palantir [pattern-forward]"]],
    // the frames read the trigger (its subject past the object of an earlier verb): no second reading of it
    [
      "Palantir signed a deal with ICE, supplying the Israeli military with software.",
      [
        "ice -contract-> contract-ice-palantir [contract-party]",
        "palantir -contract-> contract-ice-palantir [contract-party]",
        "palantir -supplies-> idf [pattern-forward]",
      ],
    ],
    [
      "Palantir a signé un accord avec ICE, fournissant l'armée israélienne en logiciels.",
      [
        "ice -contract-> contract-ice-palantir [contract-party]",
        "palantir -contract-> contract-ice-palantir [contract-party]",
        "palantir -supplies-> idf [pattern-forward]",
      ],
    ],
    // a trigger shut in a relative takes no end outside it
    ["Palantir (which Amnesty International criticised) supplies ICE.", ["palantir -supplies-> ice [pattern-forward]"]],
    ["Palantir (que Amnesty International a critiqué) fournit ICE.", ["palantir -supplies-> ice [pattern-forward]"]],
    // a negated trigger
    ["Palantir is growing. In 2021, several states, among them France, never relied on the tools developed by the company.", []],
    ["Palantir grandit. En 2021, plusieurs pays, dont la France, n'ont pas eu recours aux outils développés par la société.", []],
    // a reporting source is no end
    ["Palantir is growing. Several states, according to France, relied on the tools developed by the company.", []],
    ["Palantir grandit. Plusieurs pays, selon la France, ont eu recours aux outils développés par la société.", []],
    // a name in a place phrase is no end
    ["Palantir is growing. In 2021, several states in France relied on the tools developed by the company.", []],
    ["Palantir grandit. En 2021, plusieurs pays en France ont eu recours aux outils développés par la société.", []],
    // too far from the trigger
    [
      "Palantir grandit. En 2021, plusieurs pays, dont la France, ont eu finalement et après un long et difficile débat recours aux outils développés par la société.",
      [],
    ],
    ["Palantir is growing. France, after a long, bitter and very public debate in parliament, relied on the tools developed by the company.", []],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});
