// The data's dates as each interface language writes them; anything else as written.
import { formatDate } from "../../src/app/i18n";
import { citation } from "../../src/app/graph/pathText";
import type { ArticleMeta } from "../../src/model";

describe("formatDate", () => {
  it.each([
    ["2025-09-26", "en", "September 26, 2025"],
    ["2025-09-26", "fr", "26 septembre 2025"],
    ["2025-01-01", "en", "January 1, 2025"], // UTC: no time zone moves it to the last day of 2024
    ["2025-09", "en", "September 2025"],
    ["2025-09", "fr", "septembre 2025"],
    ["2025", "fr", "2025"],
    ["2025-02-30", "en", "2025-02-30"], // no such day: as written
    ["printemps 2025", "fr", "printemps 2025"],
  ] as const)("%s (%s) → %s", (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });
});

describe("a path step's citation", () => {
  const meta: ArticleMeta = { id: "a", file: "a.txt", title: "T", language: "fr", outlet: "Le Monde", published: "2024-05-01", url: null, translationOf: null };
  it("writes the date with the given formatter, and says when there is none", () => {
    expect(citation(meta, "a", "undated", (d) => formatDate(d, "fr"))).toBe("T, Le Monde, 1 mai 2024");
    expect(citation({ ...meta, published: null }, "a", "sans date", (d) => formatDate(d, "fr"))).toBe("T, Le Monde, sans date");
  });
});
