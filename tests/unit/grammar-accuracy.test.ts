// Tagging accuracy on hand-tagged sentences (tests/eval/grammar/<lang>.tsv). The floors sit just
// under what the tagger reaches, so a change that makes tagging worse fails here.
import { readFileSync } from "node:fs";
import { tagSentence } from "../../src/extract/grammar";
import type { Language } from "../../src/model";

interface GoldToken {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

function readGold(lang: Language): { text: string; tokens: GoldToken[] }[] {
  const sentences: { text: string; tokens: GoldToken[] }[] = [];
  let cursor = 0;
  for (const line of readFileSync(`tests/eval/grammar/${lang}.tsv`, "utf8").split("\n")) {
    if (line.startsWith("# text = ")) {
      sentences.push({ text: line.slice("# text = ".length), tokens: [] });
      cursor = 0;
    } else if (line.trim() && !line.startsWith("#")) {
      const [token = "", pos = "", lemma = ""] = line.split("\t");
      const sentence = sentences.at(-1);
      if (!sentence) throw new Error("token before any sentence");
      const start = sentence.text.indexOf(token, cursor);
      if (start < 0) throw new Error(`${token} not in ${sentence.text}`);
      cursor = start + token.length;
      sentence.tokens.push({ start, end: cursor, pos, lemma });
    }
  }
  return sentences;
}

/** POS and lemma accuracy over the gold tokens; a token the tagger splits differently counts as wrong. */
export function accuracy(lang: Language): { tokens: number; pos: number; lemma: number } {
  let tokens = 0;
  let pos = 0;
  let lemma = 0;
  for (const sentence of readGold(lang)) {
    const tagged = new Map(tagSentence(sentence.text, 0, sentence.text.length, lang).map((t) => [`${t.start}:${t.end}`, t]));
    for (const gold of sentence.tokens) {
      tokens++;
      const t = tagged.get(`${gold.start}:${gold.end}`);
      if (t?.pos === gold.pos) pos++;
      if (t && t.lemma.toLowerCase() === gold.lemma.toLowerCase()) lemma++;
    }
  }
  return { tokens, pos: pos / tokens, lemma: lemma / tokens };
}

describe("tagging accuracy on hand-tagged news sentences", () => {
  it.each([
    ["fr", 0.95, 0.97],
    ["en", 0.93, 0.98],
  ] as const)("%s: POS and lemma above their floors", (lang, posFloor, lemmaFloor) => {
    const result = accuracy(lang);
    console.log(`grammar accuracy ${lang}: ${result.tokens} tokens, POS ${result.pos.toFixed(3)}, lemma ${result.lemma.toFixed(3)}`);
    expect(result.tokens).toBeGreaterThanOrEqual(300);
    expect(result.pos).toBeGreaterThanOrEqual(posFloor);
    expect(result.lemma).toBeGreaterThanOrEqual(lemmaFloor);
  });
});
