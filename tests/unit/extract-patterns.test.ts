// The phrase-pattern language of data/relations.yaml, on token runs.
import { compilePatterns, PatternIndex } from "../../src/extract/text/patterns";
import { tokenize } from "../../src/extract/text/tokens";

const matches = (pattern: string, text: string) =>
  new PatternIndex(compilePatterns([{ pattern, value: pattern }])).findAll(tokenize(text)).map((m) =>
    tokenize(text)
      .slice(m.start, m.end)
      .map((t) => t.norm)
      .join(" "),
  );

describe("an elided article written alone in a pattern", () => {
  it.each([
    ["partenaire d'", "Palantir, partenaire d'Amazon.", ["partenaire d'"]],
    ["filiale de|d'", "une filiale d'Alphabet", ["filiale d'"]],
    ["filiale de|d'", "une filiale de Thales", ["filiale de"]],
    ["l' entreprise", "l'entreprise", ["l' entreprise"]],
    ["partenaire d'", "partenaire de Thales", []],
  ])("%s in %s", (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });
});
