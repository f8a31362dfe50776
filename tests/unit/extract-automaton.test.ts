// The Aho–Corasick automaton against the obvious quadratic search: same hits, whatever the
// patterns (shared prefixes, suffixes of one another, non-ASCII) and the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AhoCorasick, type Hit } from "../../src/extract/text/aho-corasick";

function naive(patterns: readonly string[], text: string): Hit[] {
  const hits: Hit[] = [];
  patterns.forEach((p, pattern) => {
    if (!p) return;
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) hits.push({ start: i, end: i + p.length, pattern });
  });
  return hits;
}
const sorted = (hits: Hit[]) => [...hits].sort((a, b) => a.end - b.end || a.start - b.start || a.pattern - b.pattern);

describe("AhoCorasick", () => {
  it("finds overlapping and nested patterns", () => {
    const ac = new AhoCorasick(["he", "she", "his", "hers", "é"]);
    expect(sorted(ac.search("ushers é"))).toEqual(sorted(naive(["he", "she", "his", "hers", "é"], "ushers é")));
    expect(
      ac
        .search("ushers")
        .map((h) => h.pattern)
        .sort(),
    ).toEqual([0, 1, 3]);
  });

  it("gives the hits of a naive search for any patterns and text", () => {
    // A small alphabet makes shared prefixes, suffix links and repeats likely.
    const char = fc.constantFrom("a", "b", "c", " ", "é", "’", "😀");
    const word = fc.array(char, { minLength: 0, maxLength: 5 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 12 }),
        fc.array(char, { maxLength: 60 }).map((cs) => cs.join("")),
        (patterns, text) => {
          expect(sorted(new AhoCorasick(patterns).search(text))).toEqual(sorted(naive(patterns, text)));
        },
      ),
      { numRuns: 400 },
    );
  });
});
