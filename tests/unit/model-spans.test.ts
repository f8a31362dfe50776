// The span check of the data contract: every quote is its slice, every offset inside its article,
// one problem per broken span, and an inferred end's words are checked like a quote.
import { checkSpans, type Graph } from "../../src/model";

const TEXT = "Quarnix Systems supplies the Velmora police. The firm also trains its officers.";

type Ev = Graph["edges"][number]["evidence"][number];
const graphWith = (evidence: Partial<Ev>[], mentions: { start: number; end: number }[] = []) =>
  ({
    nodes: [{ id: "quarnix", mentions: mentions.map((m) => ({ articleId: "a", ...m })) }],
    edges: [{ id: "quarnix|supplies|velmora", evidence: evidence.map((e) => ({ articleId: "a", modality: "asserted", ...e })) }],
  }) as unknown as Graph;
const problems = (g: Graph) => checkSpans(g, (id) => (id === "a" ? TEXT : undefined));

describe("checkSpans", () => {
  it.each<[string, Partial<Ev>[], number]>([
    ["a quote equal to its slice", [{ start: 0, end: 44, quote: TEXT.slice(0, 44) }], 0],
    ["a quote that differs from its slice", [{ start: 0, end: 44, quote: TEXT.slice(1, 45) }], 1],
    ["a quote one character short", [{ start: 0, end: 44, quote: TEXT.slice(0, 43) }], 1],
    ["offsets past the text: one problem, not two", [{ start: 40, end: 400, quote: "x" }], 1],
    ["an unknown article", [{ articleId: "b", start: 0, end: 4, quote: "Quar" }], 1],
    [
      "an inferred end whose words are its slice",
      [
        {
          start: 45,
          end: 79,
          quote: TEXT.slice(45, 79),
          via: { source: { start: 45, end: 53, text: "The firm", antecedentStart: 0, antecedentEnd: 15, how: "anaphor" } },
        } as Partial<Ev>,
      ],
      0,
    ],
    [
      "an inferred end whose words differ",
      [
        {
          start: 45,
          end: 79,
          quote: TEXT.slice(45, 79),
          via: { source: { start: 45, end: 53, text: "The corp", antecedentStart: 0, antecedentEnd: 15, how: "anaphor" } },
        } as Partial<Ev>,
      ],
      1,
    ],
    [
      "an antecedent outside the text",
      [
        {
          start: 45,
          end: 79,
          quote: TEXT.slice(45, 79),
          via: { source: { start: 45, end: 53, text: "The firm", antecedentStart: 70, antecedentEnd: 900, how: "anaphor" } },
        } as Partial<Ev>,
      ],
      1,
    ],
  ])("%s", (_, evidence, count) => {
    expect(problems(graphWith(evidence))).toHaveLength(count);
  });

  it("names the broken place: node and mention, edge and passage", () => {
    expect(problems(graphWith([], [{ start: 0, end: 500 }]))).toEqual([`node 'quarnix' mention 0: offsets 0..500 outside 'a' (length ${TEXT.length})`]);
    expect(problems(graphWith([{ start: 0, end: 7, quote: "Quarnox" }]))).toEqual(["edge 'quarnix|supplies|velmora' evidence 0: quote differs from its slice"]);
  });
});
