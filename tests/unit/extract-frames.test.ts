// Lemma frames (data/relations.yaml, `lemma_frames`): verbs and nouns named by lemma, their forms and
// passives generated; the pattern language's part-of-speech words and object element; a point that
// ends an abbreviation inside a sentence.
import { frameTriggers, type LemmaFrame, type LemmaFrameData } from "../../src/extract/relations/lemma-frames";
import { sentenceItems } from "../../src/extract/relations/items";
import { compilePatterns, PatternIndex, type MatchItem } from "../../src/extract/text/patterns";
import { tokenize } from "../../src/extract/text/tokens";
import { extract, realKnowledge } from "../fixtures/extract/run";

const data: LemmaFrameData = {
  slots: { en: { to: ["to"], by: ["by"], for: ["for"] }, fr: { to: ["à", "au", "aux"], by: ["par"], for: ["pour"] } },
  skip_endings: { fr: ["ons", "ez", "âmes", "âtes"] },
  noun_head: { en: "last", fr: "first" },
  frames: {},
};
const frame = (f: Partial<LemmaFrame>): LemmaFrame => ({ type: "supplies", source: "subject", target: "object", passive: true, ...f });

/** The words a frame's triggers match in text, as "dir: matched words". */
function matched(f: LemmaFrame, lang: "en" | "fr", text: string): string[] {
  const index = new PatternIndex(compilePatterns(frameTriggers(f, lang, data).map((t) => ({ pattern: t.pattern, value: t.dir }))));
  const toks = tokenize(text);
  return index.findAll(toks).map(
    (m) =>
      `${m.value}: ${toks
        .slice(m.start, m.end)
        .map((t) => t.norm)
        .join(" ")}`,
  );
}

describe("a lemma frame matches every inflected form, none listed", () => {
  it.each([
    // English: regular, doubled and irregular verbs; gerunds; phrases inflect their first word
    [frame({ verbs: ["supply"] }), "en", "Acme is supplying drones.", ["forward: supplying"]],
    [frame({ verbs: ["ban"], type: "sanction" }), "en", "Ruritania is banning Acme.", ["forward: banning"]],
    [frame({ verbs: ["secure"], type: "contract" }), "en", "Acme secures deals.", ["forward: secures"]],
    [frame({ verbs: ["sell"] }), "en", "Acme sold drones.", ["forward: sold"]],
    [frame({ verbs: ["rely on"], type: "client_of" }), "en", "Ruritania relies on Acme.", ["forward: relies on"]],
    // French irregulars come from the Lefff: mettre → mis, construire → construit, fournir → a fourni
    [frame({ verbs: ["mettre à disposition"] }), "fr", "Acme a mis à disposition des drones.", ["forward: mis a disposition"]],
    [frame({ verbs: ["construire"] }), "fr", "Acme construit un mur.", ["forward: construit"]],
    [frame({ verbs: ["fournir"] }), "fr", "Acme a fourni des drones.", ["forward: fourni"]],
    [frame({ verbs: ["fournir"] }), "fr", "Acme et Zeta fournissent des drones.", ["forward: fournissent"]],
    // Nouns inflect their head: the last English word, the first French one
    [frame({ nouns: ["joint venture"], type: "partnership", target: "to" }), "en", "two joint ventures to", ["forward: joint ventures to"]],
    [
      frame({ nouns: ["prise de participation"], type: "investment", target: "to" }),
      "fr",
      "les prises de participation au",
      ["forward: prises de participation au"],
    ],
  ] as const)("%#: %s in %s", (f, lang, text, expected) => {
    expect(matched(f, lang, text)).toEqual(expected);
  });
});

describe("a frame's passive, slots and restrictions", () => {
  it.each([
    // subject → object also reads "<participle> by X", the agent being the source
    [frame({ verbs: ["supply"] }), "en", "drones supplied by Acme", ["passive: supplied by"]],
    [frame({ verbs: ["vendre"] }), "fr", "des drones vendus par Acme", ["passive: vendus par"]],
    [frame({ verbs: ["supply"], passive: false }), "en", "drones supplied by Acme", ["forward: supplied"]],
    // a by-agent takes participles only
    [frame({ verbs: ["develop"], source: "by", target: "subject" }), "en", "Acme develops by night; developed by Zeta", ["passive: developed by"]],
    // a slot word, with the frame's gap
    [frame({ verbs: ["export"], target: "to", gap: 2 }), "en", "Acme exports drones to Ruritania", ["forward: exports drones to"]],
    [frame({ verbs: ["construire"], target: "for" }), "fr", "Acme construit un mur pour Zeta", ["forward: construit un mur pour"]],
    // the skipped endings: "missions" is no form of "mettre", nor "mettons" a reported one
    [frame({ verbs: ["mettre"], passive: false }), "fr", "les missions que nous mettons", []],
    // finite: no gerund, no French infinitive
    [frame({ verbs: ["select"], finite: true, passive: false }), "en", "Acme selected Zeta for selecting targets", ["forward: selected"]],
    [frame({ verbs: ["sélectionner"], finite: true, passive: false }), "fr", "Acme a sélectionné Zeta pour sélectionner des cibles", ["forward: selectionne"]],
  ] as const)("%#: %s in %s", (f, lang, text, expected) => {
    expect(matched(f, lang, text)).toEqual(expected);
  });

  it("refuses a frame between two complements", () => {
    expect(() => frameTriggers(frame({ verbs: ["supply"], source: "to", target: "for" }), "en", data)).toThrow(/no frame from to to for/);
  });
});

/** Items of a text where the words in capitals stand for a name (an entity item). */
const items = (text: string): MatchItem[] => tokenize(text).map((t) => (/^[A-Z]/.test(text.slice(t.start, t.end)) ? { norm: null } : { norm: t.norm }));

describe("the object element (@N) lets a name stand inside the phrase and ends the match before it", () => {
  const index = (pattern: string) => new PatternIndex(compilePatterns([{ pattern, value: pattern }]));
  it.each([
    ["added @8 to ~3 entity list", "they added Quux , a networking company , to the entity list", "added"],
    ["placé @8 sur ~2 liste noire", "ils ont placé Quux , le fabricant , sur leur liste noire", "placé"],
    // no name inside: no object, no match (another frame reads "added to the list")
    ["added @8 to ~3 entity list", "it was added to the entity list", undefined],
    // a plain gap may not cross a name
    ["added ~8 to ~3 entity list", "they added Quux to the entity list", undefined],
  ])("%s in %s", (pattern, text, trigger) => {
    const found = index(pattern).findAll(items(text));
    const words = text.split(" ");
    expect(found.map((m) => words.slice(m.start, m.end).join(" "))[0]).toBe(trigger);
  });
});

describe("a word's part of speech (word:VERB) is asked of the tagger", () => {
  const index = new PatternIndex(compilePatterns([{ pattern: "livre:VERB|equipe:VERB", value: "v" }]));
  it.each([
    ["Acme livre des drones", "VERB", 1],
    ["le livre de Acme", "NOUN", 0],
    ["Acme equipe la police", "VERB", 1],
    ["l' equipe de Acme", "NOUN", 0],
  ])("%s (%s)", (text, pos, count) => {
    const toks = tokenize(text);
    expect(index.findAll(toks, (i) => (/^(livre|equipe)$/.test(toks[i]!.norm) ? pos : "X")).length).toBe(count);
    // without a tagger the form alone decides
    expect(index.findAll(toks).length).toBe(1);
  });
});

describe("a point inside a sentence ends an abbreviation, not a clause", () => {
  it.each([
    ["Acme Inc. to its list.", [false, true]],
    ["Acme Inc., a firm, grew.", [false, true]],
    ["Acme SA. Le groupe grandit.", [true, true]],
    ["Il a payé 1.2 milliard.", [false, true]],
  ])("%s", (text, blocks) => {
    const points = sentenceItems(text, 0, text.length, [], undefined).filter((i) => i.norm === ".");
    expect(points.map((p) => p.blocksGap === true)).toEqual(blocks);
  });
});

const k = realKnowledge();
const relations = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type !== "contract")
    .map((e) => `${e.source} -${e.type}-> ${e.target}`)
    .sort();

describe("lemma frames in articles, both languages", () => {
  it.each([
    ["Palantir is supplying software to the Israeli military.", ["palantir -supplies-> idf"]],
    ["The United States is banning Hikvision from its networks.", ["us -sanction-> hikvision"]],
    ["Hikvision is controlled by CETC.", ["cetc -ownership-> hikvision"]],
    ["Thales maintains the Israeli military's radar network.", ["thales -supplies-> idf"]],
    ["Amnesty International challenged Palantir in court.", ["amnesty-international -criticism-> palantir"]],
    ["Storebrand took a stake in Palantir in 2020.", ["storebrand -investment-> palantir"]],
    ["The Israeli military uses Palantir software for selecting targets.", ["idf -client_of-> palantir"]],
    // the name inside the frame, its description and an abbreviation's point included
    ["The Department of Commerce has added Sandvine Inc., a networking company, to its Entity List.", ["us-commerce-department -sanction-> sandvine-inc"]],
    ["The Department of Commerce has added Sandvine Inc. to its Entity List.", ["us-commerce-department -sanction-> sandvine-inc"]],
    ["Thales a mis à disposition de l'armée israélienne des drones.", ["thales -supplies-> idf"]],
    ["Elbit a construit un système pour l'armée israélienne.", ["elbit-systems -supplies-> idf"]],
    ["Hikvision a été rachetée par CETC.", ["cetc -ownership-> hikvision"]],
    ["Palantir équipe l'armée israélienne de logiciels.", ["palantir -supplies-> idf"]],
    // a form shared with a noun is asked of the tagger: "l'équipe", "le livre" state nothing
    ["L'équipe de Palantir a rencontré l'armée israélienne.", []],
    ["Thales livre des radars à l'armée israélienne.", ["thales -supplies-> idf"]],
    ["Le livre de Thales sur l'armée israélienne est paru.", []],
    ["The CNIL fined Clearview AI last year.", ["cnil -sanction-> clearview-ai"]],
    ["Clearview AI paid a fine to the CNIL.", []],
    ["Les États-Unis ont placé Hikvision, le fabricant chinois de caméras, sur leur liste noire.", ["us -sanction-> hikvision"]],
    ["Amnesty International conteste le rôle de Palantir.", ["amnesty-international -criticism-> palantir"]],
    ["Thales entretient les radars de l'armée israélienne.", ["thales -supplies-> idf"]],
    ["Storebrand a pris une participation dans Palantir en 2020.", ["storebrand -investment-> palantir"]],
    // divestment: a stake sold, a company excluded, by the active and the generated passive frames
    ["Storebrand sold its stake in Palantir.", ["storebrand -divestment-> palantir"]],
    ["KLP a cédé ses parts dans Caterpillar.", ["klp -divestment-> caterpillar"]],
    ["Caterpillar a été exclu par KLP.", ["klp -divestment-> caterpillar"]],
    ["Caterpillar was excluded by KLP in 2024.", ["klp -divestment-> caterpillar"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});
