import { readFileSync } from "node:fs";
import { buildLexicon, compactVerbs, LEXICON_PATH } from "../../scripts/build-grammar";
import { lemmaForms } from "../../src/extract/grammar";

describe("generated grammar lexicon", () => {
  it("is what scripts/build-grammar.ts makes from data/grammar and the Lefff (run `npm run grammar`)", () => {
    expect(readFileSync(LEXICON_PATH, "utf8")).toBe(buildLexicon());
  }, 60_000); // parses the 6 MB Lefff file: a generous limit for a busy machine, not a speed target

  it("stores each verb as a stem and a shared paradigm, and gives its forms back", () => {
    const { paradigms, stems } = compactVerbs({
      signer: { P: ["signe", "signes", "signe", "signons", "signez", "signent"], K: ["signé", "signés", "signée", "signées"], W: ["signer"] },
      aimer: { P: ["aime", "aimes", "aime", "aimons", "aimez", "aiment"], K: ["aimé", "aimés", "aimée", "aimées"], W: ["aimer"] },
    });
    expect(paradigms).toHaveLength(1);
    expect(stems[0]).toEqual(["aim", "sign"]);
  });
});

describe("lemmaForms", () => {
  it.each([
    ["mettre", "fr", undefined, ["mis", "mise", "mettent", "mettra"]],
    ["construire", "fr", undefined, ["construit", "construite", "construisent"]],
    ["équiper", "fr", "VERB", ["équipe", "équipé", "équipant"]],
    ["partenaire", "fr", undefined, ["partenaires"]],
    ["fédéral", "fr", "ADJ", ["fédéraux", "fédérale", "fédérales"]],
    ["ban", "en", "VERB", ["bans", "banned", "banning"]],
    ["secure", "en", "VERB", ["secures", "secured", "securing"]],
    ["supply", "en", "VERB", ["supplies", "supplied", "supplying"]],
    ["sell", "en", "VERB", ["sells", "sold", "selling"]],
    ["commit", "en", "VERB", ["committed", "committing"]],
    ["contract", "en", "NOUN", ["contracts"]],
    ["subsidiary", "en", "NOUN", ["subsidiaries"]],
  ] as const)("%s (%s) has its inflections", (lemma, lang, of, expected) => {
    const forms = lemmaForms(lemma, lang, of);
    expect(forms).toContain(lemma);
    for (const f of expected) expect(forms).toContain(f);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it("does not give a French noun the forms of a verb it only looks like", () => {
    expect(lemmaForms("équipe", "fr", "NOUN")).toEqual(["équipe", "équipes"]);
  });
});
