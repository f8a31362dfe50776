// Folding with offsets against a character-by-character reference: the fast paths (ASCII runs)
// must give the same folded text and the same map back to the original offsets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldChar, foldWithOffsets } from "../../src/extract/text/fold";

function reference(text: string) {
  let folded = "";
  const origin: number[] = [];
  const originEnd: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldChar(ch);
    const end = i + ch.length;
    if (f === " ") {
      if (!lastWasSpace) (folded += " "), origin.push(i), originEnd.push(end);
      lastWasSpace = true;
    } else if (f.length > 0) {
      folded += f;
      for (let u = 0; u < f.length; u++) origin.push(i), originEnd.push(end);
      lastWasSpace = false;
    }
    i = end;
  }
  return { folded, origin, originEnd };
}
const plain = (r: ReturnType<typeof foldWithOffsets>) => ({ folded: r.folded, origin: [...r.origin], originEnd: [...r.originEnd] });

describe("foldWithOffsets", () => {
  it.each(["L’Armée  israélienne\n\n a signé", "Œuvre   d’Amazon — `Nimbus`", "  leading and trailing  ", "emoji 😀 then Palantir"])(
    "matches the reference on %j",
    (text) => {
      expect(plain(foldWithOffsets(text))).toEqual(reference(text));
    },
  );

  it("matches the reference on any text", () => {
    const char = fc.constantFrom("a", "B", " ", "  ", "\n", "\t", "é", "É", "’", "`", "—", "œ", "ß", "😀", ".", "'", "\u0301", "\u00a0");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 80 }).map((cs) => cs.join("")),
        (text) => {
          expect(plain(foldWithOffsets(text))).toEqual(reference(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("fold", () => {
  // The reference: every character folded on its own, spaces collapsed, trimmed.
  const reference = (s: string, keepCase = false) =>
    [...s]
      .map((ch) => foldChar(ch, keepCase))
      .join("")
      .replace(/ {2,}/g, " ")
      .trim();
  it("matches the per-character reference on any text, with and without case", () => {
    const char = fc.constantFrom("a", "B", " ", "\n", "é", "É", "’", "`", "—", "œ", "ß", "😀", ".", "'", "\u0301", "\u00a0", "Ç");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 60 }).map((cs) => cs.join("")),
        fc.boolean(),
        (text, keepCase) => {
          expect(fold(text, keepCase)).toBe(reference(text, keepCase));
        },
      ),
      { numRuns: 500 },
    );
  });
});
