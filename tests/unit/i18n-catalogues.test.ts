// The two interface catalogues say the same things: every key of one is in the other, and every
// plural has each form the language's plural rules ask for (French has a "many" form English lacks).
import en from "../../src/app/i18n/en.json";
import fr from "../../src/app/i18n/fr.json";
import { PROVENANCE_CATALOGUES } from "../../src/app/i18n/provenance";
import { FORMATS } from "../../src/export/formats";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(tree: unknown, prefix = ""): string[] {
  if (typeof tree !== "object" || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys with plural forms folded into their base, so "entity_one" and "entity_many" are both "entity". */
function bases(keys: string[]): Set<string> {
  return new Set(keys.map((k) => k.replace(PLURAL, "")));
}

describe("interface catalogues", () => {
  // The provenance view's words live in a catalogue of their own (loaded with that view), merged in here.
  const catalogues = { en: [...leaves(en), ...leaves(PROVENANCE_CATALOGUES.en)], fr: [...leaves(fr), ...leaves(PROVENANCE_CATALOGUES.fr)] };

  it("have the same keys in English and French", () => {
    const [english, french] = [bases(catalogues.en), bases(catalogues.fr)];
    expect([...english].filter((k) => !french.has(k))).toEqual([]);
    expect([...french].filter((k) => !english.has(k))).toEqual([]);
  });

  it.each(Object.entries(catalogues))("give every plural in %s each form its plural rules use", (language, keys) => {
    const present = new Set(keys);
    const plurals = [...bases(keys.filter((k) => PLURAL.test(k)))];
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing = plurals.flatMap((base) => categories.filter((c) => !present.has(`${base}_${c}`)).map((c) => `${base}_${c}`));
    expect(missing).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = (tree: unknown, prefix = ""): string[] =>
      typeof tree === "string" ? (tree.trim() ? [] : [prefix]) : Object.entries(tree as object).flatMap(([k, v]) => empty(v, `${prefix}.${k}`));
    expect([...empty(en), ...empty(fr), ...empty(PROVENANCE_CATALOGUES.en), ...empty(PROVENANCE_CATALOGUES.fr)]).toEqual([]);
  });

  it("name every export format in both languages", () => {
    for (const format of FORMATS) {
      expect(en.export.formats).toHaveProperty(format);
      expect(fr.export.formats).toHaveProperty(format);
    }
  });
});
