// Stages 1, 3 and 4: front matter, sentence segmentation and language detection.
import { frontMatter } from "../../src/extract/stages/01-front-matter";
import { segment } from "../../src/extract/stages/03-segment";
import { detectLanguage } from "../../src/extract/stages/04-language";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["fujitsu", "palantir"]);
const sentences = (text: string, lang: "fr" | "en" = "en") => segment(text, lang, k.language.abbreviations).map((s) => text.slice(s.start, s.end));

describe("segment: sentences", () => {
  it.each<[string, string[], ("fr" | "en")?]>([
    ["The U.S. Government signed it. Then it ended.", ["The U.S. Government signed it.", "Then it ended."]],
    ["Saito Tech PTE. LTD sold the tool. It was used later.", ["Saito Tech PTE. LTD sold the tool.", "It was used later."]],
    ["M. Dupont a signé le contrat. Mme. Durand aussi.", ["M. Dupont a signé le contrat.", "Mme. Durand aussi."], "fr"],
    ["Dr. Smith met the U.N. envoy. Nothing came of it.", ["Dr. Smith met the U.N. envoy.", "Nothing came of it."]],
    ["Palantir Technologies Inc. signed. Fujitsu Ltd. agreed.", ["Palantir Technologies Inc. signed.", "Fujitsu Ltd. agreed."]],
    ["J. R. Smith wrote it. Next.", ["J. R. Smith wrote it.", "Next."]],
    ["A title without a full stop\nThe body begins here. It goes on.", ["A title without a full stop", "The body begins here.", "It goes on."]],
    ["First line ends mid sentence\nand the next line starts lower case.", ["First line ends mid sentence", "and the next line starts lower case."]],
    ["Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]],
    ["", []],
    ["   \n\n  ", []],
  ])("%j → %j", (text, expected, lang) => {
    expect(sentences(text, lang)).toEqual(expected);
  });

  it("points offsets at trimmed sentences and numbers paragraphs per line", () => {
    const text = "  Leading spaces here.   Second one.  \n\n\tThird, after a blank line.";
    const out = segment(text, "en", k.language.abbreviations);
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(["Leading spaces here.", "Second one.", "Third, after a blank line."]);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});

describe("segment on one very long line", () => {
  // Long lines are segmented in windows (Intl.Segmenter is quadratic on one long string); the
  // windows must not change the result. Speed is measured in bench/, not here.
  const sentence = "Amazon fournit des services cloud à Hikvision depuis plusieurs années (U.S. Inc. compris). ";
  it("gives the same sentences as short lines would, across window boundaries", () => {
    const line = sentence.repeat(300);
    const out = segment(line, "fr", k.language.abbreviations);
    expect(out).toHaveLength(300);
    for (const s of out) expect(line.slice(s.start, s.end)).toBe(sentence.trim());
  });
  it("cuts a sentence longer than a window at a space, losing no character", () => {
    const line = `${"mot ".repeat(3000)}fin.`;
    const out = segment(line, "fr", k.language.abbreviations);
    expect(out.length).toBeGreaterThan(1);
    expect(out.map((s) => line.slice(s.start, s.end)).join(" ")).toBe(line);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Le gouvernement a signé un contrat avec la société pour les services de la police.", "fr"],
    ["Selon le rapport, les entreprises fourniraient des logiciels à l’armée.", "fr"],
    ["The government signed a contract with the company for the services of the police.", "en"],
    ["According to the report, the firms have supplied software to the army.", "en"],
    ["Palantir, Fujitsu, Amazon.", "en"],
    // "an" is English, but French elisions and "à" outweigh it.
    ["Microsoft devrait fournir des services à l'armée israélienne l'an prochain.", "fr"],
    ["Microsoft devrait fournir des services à l’armée israélienne l’an prochain.", "fr"],
    ["The firm said it would sell drones to the army in an agreement worth $1bn.", "en"],
  ])("%j is %s", (text, lang) => {
    expect(detectLanguage(text, k.language.stopwords)).toBe(lang);
  });
});

describe("frontMatter", () => {
  it("reads title, outlet, published, url, language and translationOf", () => {
    const fm = frontMatter(
      "---\ntitle: Palantir au Japon\noutlet: Le Monde\npublished: 2024-03-01\nurl: https://example.org/a\nlanguage: French\ntranslation_of: 001_en\n---\nLe corps.",
    );
    expect(fm).toEqual({
      meta: { title: "Palantir au Japon", outlet: "Le Monde", published: "2024-03-01", url: "https://example.org/a", language: "fr", translationOf: "001_en" },
      body: "Le corps.",
    });
  });

  it.each([
    ["source and date as synonyms", "---\nsource: WIRED\ndate: 2025-01-02\n---\nBody", { outlet: "WIRED", published: "2025-01-02" }],
    ["empty values are ignored", "---\ntitle: ''\nurl:\n---\nBody", {}],
  ])("%s", (_what, raw, meta) => {
    expect(frontMatter(raw)).toEqual({ meta, body: "Body" });
  });

  it("leaves an unknown language for detection, and says which it ignored", () => {
    expect(frontMatter("---\nlanguage: de\n---\nBody")).toEqual({ meta: {}, body: "Body", ignoredLanguage: "de" });
  });

  it.each([
    ["invalid YAML", "---\ntitle: [unclosed\n---\nBody text.", "Body text.", /not valid YAML/],
    ["a YAML list, not a mapping", "---\n- a\n- b\n---\nBody text.", "Body text.", /not a mapping/],
    ["a fence never closed", "---\ntitle: x\nBody text.", "---\ntitle: x\nBody text.", /never closed/],
  ])("warns on %s and keeps the body", (_what, raw, body, warning) => {
    const fm = frontMatter(raw);
    expect(fm.meta).toEqual({});
    expect(fm.body).toBe(body);
    expect(fm.warning).toMatch(warning);
  });

  it("leaves text without front matter alone", () => {
    expect(frontMatter("Just text.\n---\nMore.")).toEqual({ meta: {}, body: "Just text.\n---\nMore." });
  });
});

describe("front matter through extractCorpus", () => {
  it("defaults the title to the first line and detects the language", () => {
    const r = extract(k, { "seeds/t.txt": "Palantir et Fujitsu s’associent\nLe groupe japonais Fujitsu collabore avec Palantir depuis des années." });
    expect(r.graph.articles[0]).toMatchObject({
      id: "t",
      file: "seeds/t.txt",
      title: "Palantir et Fujitsu s’associent",
      language: "fr",
      outlet: null,
      published: null,
      url: null,
    });
  });

  it("uses front-matter fields over detection", () => {
    const r = extract(k, { "seeds/t.txt": "---\ntitle: Un titre\nlanguage: en\noutlet: Le Monde\n---\nLe groupe japonais Fujitsu collabore avec Palantir." });
    expect(r.graph.articles[0]).toMatchObject({ title: "Un titre", language: "en", outlet: "Le Monde" });
    expect(r.articles[0]!.text).toBe("Le groupe japonais Fujitsu collabore avec Palantir.");
  });

  it("warns on malformed front matter, naming the file, and still extracts the body", () => {
    const r = extract(k, { "seeds/bad.txt": "---\ntitle: [unclosed\n---\nLe groupe japonais Fujitsu collabore avec Palantir depuis des années." });
    expect(r.report.warnings).toEqual([{ file: "seeds/bad.txt", reason: expect.stringMatching(/front matter is not valid YAML/) }]);
    expect(r.graph.edges.map((e) => e.id)).toEqual(["fujitsu|partnership|palantir"]);
  });

  it("cuts an overlong first line to 300 characters for the title", () => {
    const r = extract(k, { "t.txt": `${"Palantir ".repeat(60)}\nBody.` });
    expect(r.graph.articles[0]!.title).toHaveLength(298);
    expect(r.graph.articles[0]!.title.endsWith("…")).toBe(true);
  });
});
