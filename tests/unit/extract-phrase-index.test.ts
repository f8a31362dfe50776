import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { phraseAt } from "../../src/extract/text/phrase-index";

/** The plain reading the index replaces: join the next n words for every n, longest first. */
function naive(phrases: ReadonlySet<string>, words: readonly string[], i: number, max: number): number {
  for (let n = Math.min(max, words.length - i); n >= 1; n--) if (phrases.has(words.slice(i, i + n).join(" "))) return n;
  return 0;
}

describe("phraseAt: the longest listed phrase at a word", () => {
  it.each([
    ["cour d' appel de paris", 0, 3],
    ["la cour de cassation", 1, 3],
    ["the provincial government said", 1, 2],
    ["the government said", 1, 1],
    ["the court said", 1, 0],
  ])("%s at word %i spells %i words", (sentence, at, expected) => {
    const phrases = new Set(["cour d' appel", "cour de cassation", "cour", "provincial government", "government"]);
    const words = sentence.split(" ");
    expect(phraseAt(phrases, (k) => words[k], at)?.words ?? 0).toBe(expected);
  });

  it("stops at a word that may not be part of a phrase, and at the word limit", () => {
    const phrases = new Map([
      ["parquet national", "agency"],
      ["parquet", "agency"],
    ]);
    const words = ["parquet", "national", "financier"];
    expect(phraseAt(phrases, (k) => (k === 1 ? undefined : words[k]), 0)?.key).toBe("parquet");
    expect(phraseAt(phrases, (k) => words[k], 0, 1)?.key).toBe("parquet");
    expect(phraseAt(phrases, (k) => words[k], 0)?.key).toBe("parquet national");
  });

  it("agrees with joining the next words for every length", () => {
    const word = fc.constantFrom("a", "b", "c", "d");
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.array(word, { maxLength: 10 }),
        fc.nat(10),
        fc.integer({ min: 1, max: 5 }),
        (lists, words, at, max) => {
          const phrases = new Set(lists.map((l) => l.join(" ")));
          expect(phraseAt(phrases, (k) => words[k], at, max)?.words ?? 0).toBe(naive(phrases, words, at, max));
        },
      ),
    );
  });
});
