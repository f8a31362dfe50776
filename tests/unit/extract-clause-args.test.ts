// Arguments chosen by clause (src/extract/relations/clause-args.ts): which names a trigger may take,
// who a relative, gerund or participle clause's subject is, and which names only qualify or report.
// Each row is a sentence with its names marked [Name] and a question about one word of it.
import type { Language } from "../../src/model";
import type { EntityRecord, Mention } from "../../src/extract/entities";
import { analyseSentence } from "../../src/extract/grammar";
import { findCandidates, type Candidate } from "../../src/extract/relations/arguments";
import { clauseArgLexicon, clauseArgs, mayNeedClauses, type ClauseArgs } from "../../src/extract/relations/clause-args";
import { groupEntities, sentenceItems, type Item } from "../../src/extract/relations/items";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

interface Setup {
  text: string;
  items: Item[];
  candidates: Candidate[];
  args: ClauseArgs;
}

/** "[Palantir], which supplies [ICE]": the bracketed names become company mentions, ids their lower-case text. */
function setup(lang: Language, marked: string): Setup {
  const mentions: Mention[] = [];
  let text = "";
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith("[")) {
      const name = part.slice(1, -1);
      mentions.push({ entityId: name.toLowerCase(), start: text.length, end: text.length + name.length });
      text += name;
    } else text += part;
  }
  const entity = (id: string): EntityRecord => ({ id, label: id, type: "company", country: null, sectors: [], forms: [id], caseSensitive: [], curated: true });
  const items = sentenceItems(text, 0, text.length, mentions, k.cues.clause_break[lang]);
  const groups = groupEntities(items, { connectors: k.cues.list_connectors[lang] });
  const candidates = findCandidates(k, lang, items, groups, entity);
  const triggerStarts = new Set(k.triggers[lang].findAll(items).map((t) => t.start));
  const args = clauseArgs(text, analyseSentence(text, 0, text.length, lang), items, candidates, clauseArgLexicon(k, lang), triggerStarts);
  return { text, items, candidates, args };
}

/** The item where the word starts (its first occurrence). */
function itemOf(s: Setup, word: string): number {
  const at = s.text.indexOf(word);
  const i = s.items.findIndex((it) => it.start === at);
  if (i < 0) throw new Error(`no item at "${word}"`);
  return i;
}

const named = (c: Candidate | undefined) => (c ? c.entityIds.join("+") : "none");
const candidateNamed = (s: Setup, id: string) => s.candidates.find((c) => c.entityIds.includes(id))!;

describe("a trigger reaches no name shut in a clause it is outside of", () => {
  it.each<[Language, string, string, string[], string[]]>([
    ["en", "[Palantir], which was founded by [Thiel], supplies [ICE].", "supplies", ["palantir", "ice"], ["thiel"]],
    ["fr", "[Palantir], qui a été fondée par [Thiel], fournit [ICE].", "fournit", ["palantir", "ice"], ["thiel"]],
    ["en", "[Palantir] (which [Amnesty] criticised) supplies [ICE].", "supplies", ["palantir", "ice"], ["amnesty"]],
    ["fr", "[Palantir] (que critique [Amnesty]) fournit [ICE].", "fournit", ["palantir", "ice"], ["amnesty"]],
    ["en", "[Anduril] — a firm backed by [Founders Fund] — supplies the [Army].", "supplies", ["anduril", "army"], ["founders fund"]],
    ["fr", "[Anduril] — une entreprise soutenue par [Founders Fund] — fournit l'[Armée].", "fournit", ["anduril", "armée"], ["founders fund"]],
    // Inside the aside, the name before it is still reachable: it is the clause around.
    ["en", "[Anduril] — a firm backed by [Founders Fund] — supplies the [Army].", "backed", ["anduril", "founders fund"], []],
    ["fr", "[Anduril] — une entreprise soutenue par [Founders Fund] — fournit l'[Armée].", "soutenue", ["anduril", "founders fund"], []],
    // A relative's trigger reaches its antecedent in the main clause.
    ["en", "The contract went to [Anduril], which builds drones for the [Pentagon].", "builds", ["anduril", "pentagon"], []],
    ["fr", "Le contrat est allé à [Thales], qui fournit la [Gendarmerie].", "fournit", ["thales", "gendarmerie"], []],
  ])("%s: %s (%s)", (lang, marked, trigger, reached, shut) => {
    const s = setup(lang, marked);
    const at = itemOf(s, trigger);
    for (const id of reached) expect([id, s.args.reaches(candidateNamed(s, id), { start: at, end: at + 1 })]).toEqual([id, true]);
    for (const id of shut) expect([id, s.args.reaches(candidateNamed(s, id), { start: at, end: at + 1 })]).toEqual([id, false]);
  });
});

describe("a clause's subject taken from outside it", () => {
  it.each<[Language, string, string, string]>([
    // Relative clauses: the antecedent, a list when it is one.
    ["en", "The contract went to [Thales] and [Airbus], which supply the [Army].", "supply", "thales+airbus"],
    ["fr", "Les caméras d'[Hikvision] et de [Dahua], qui équipent la [Police], sont critiquées.", "équipent", "hikvision+dahua"],
    ["en", "The deal was signed by [Cisco], which sells routers to the [Army].", "sells", "cisco"],
    ["fr", "Le contrat a été attribué à [Thales] et à [Airbus], qui fournissent l'[Armée].", "fournissent", "thales+airbus"],
    // An object relative has its own subject.
    ["en", "The drones that the [Army] bought from [Anduril] crashed.", "bought", "none"],
    ["fr", "Les drones que l'[Armée] a achetés à [Anduril] sont tombés.", "achetés", "none"],
    // Fronted gerunds: the main clause's subject.
    ["en", "After acquiring [Voyager], [Anduril] said it would supply the [Army].", "acquiring", "anduril"],
    ["fr", "En créant la coentreprise [S3NS], [Thales] et [Google] ont conclu un partenariat.", "créant", "thales+google"],
    // A present participle after a comma: the main clause's subject.
    ["en", "[Palantir] signed a deal with [ICE], supplying the agency with software.", "supplying", "palantir"],
    ["fr", "[Palantir] a signé un accord avec [ICE], fournissant à l'agence ses logiciels.", "fournissant", "palantir"],
    // The main clause takes nothing from outside.
    ["en", "[Palantir] supplies [ICE].", "supplies", "none"],
    ["fr", "[Palantir] fournit [ICE].", "fournit", "none"],
  ])("%s: %s (%s)", (lang, marked, trigger, subject) => {
    const s = setup(lang, marked);
    expect(named(s.args.subjectOf(itemOf(s, trigger)))).toBe(subject);
  });
});

describe("a name that only qualifies the next one is a modifier", () => {
  it.each<[Language, string, string, boolean]>([
    ["en", "[ICE] hired the [Pentagon] contractor [Anduril] last year.", "pentagon", true],
    ["en", "[ICE] hired the [Pentagon] contractor [Anduril] last year.", "anduril", false],
    ["en", "The [Commerce] Department added [Canada]-based [Sandvine] to its list.", "canada", true],
    // A determiner, a verb or punctuation between two names makes two groups.
    ["en", "The [Pentagon] awarded [Microsoft] the [JWCC] contract.", "microsoft", false],
    ["en", "[Palantir] supplies [ICE].", "palantir", false],
    ["fr", "La [Police] a payé [Palantir] des millions à [Paris].", "palantir", false],
    ["fr", "[Palantir] fournit [ICE].", "palantir", false],
    ["fr", "Le sous-traitant du [Pentagone] [Anduril] fournit l'armée.", "pentagone", false],
  ])("%s: %s (%s)", (lang, marked, id, modifier) => {
    const s = setup(lang, marked);
    expect(s.args.modifier(candidateNamed(s, id))).toBe(modifier);
  });
});

describe("a name that reports the statement is a reporter, not a party", () => {
  it.each<[Language, string, string, boolean]>([
    ["en", "[Google] supplies the [Army], according to [The Intercept].", "the intercept", true],
    ["en", "[The Intercept] reported that [Google] supplies the [Army].", "the intercept", true],
    ["en", "[The Intercept] reported that [Google] supplies the [Army].", "google", false],
    // Who says it may be the party: statement verbs are no reporting verbs.
    ["en", "[Palantir] said it supplies [ICE].", "palantir", false],
    ["fr", "La [Police] utilise les logiciels de [Briefcam], a révélé [Disclose].", "disclose", true],
    ["fr", "Selon [Disclose], la [Police] utilise les logiciels de [Briefcam].", "disclose", true],
    ["fr", "[Disclose] révèle que la [Police] utilise les logiciels de [Briefcam].", "disclose", true],
    ["fr", "[Disclose] révèle que la [Police] utilise les logiciels de [Briefcam].", "briefcam", false],
    ["fr", "[Palantir] a annoncé qu'il fournit l'[Armée].", "palantir", false],
  ])("%s: %s (%s)", (lang, marked, id, reporter) => {
    const s = setup(lang, marked);
    expect(s.args.reporter(candidateNamed(s, id))).toBe(reporter);
  });
});

describe("clauses are read only where they can change an argument", () => {
  it.each<[Language, string, boolean]>([
    ["en", "[Palantir] supplies [ICE].", false],
    ["fr", "[Palantir] fournit [ICE].", false],
    ["en", "[Palantir], [Anduril] and [Helsing] supply the [Army].", false],
    ["fr", "[Thales] et [Airbus] fournissent l'[Armée].", false],
    ["en", "[Palantir], which was founded by [Thiel], supplies [ICE].", true],
    ["fr", "[Palantir], qui a été fondée par [Thiel], fournit [ICE].", true],
    ["en", "After acquiring [Voyager], [Anduril] supplied the [Army].", true],
    ["fr", "En rachetant [Voyager], [Anduril] a fourni l'[Armée].", true],
    ["en", "[ICE] hired the [Pentagon] contractor [Anduril].", true],
    ["en", "[The Intercept] reported that [Google] supplies the [Army].", true],
    ["fr", "[Disclose] révèle que la [Police] utilise [Briefcam].", true],
    // One name: nothing to choose between.
    ["en", "[Palantir], which is based in Denver, grew fast.", false],
  ])("%s: %s", (lang, marked, expected) => {
    const s = setup(lang, marked);
    const triggerStarts = new Set(k.triggers[lang].findAll(s.items).map((t) => t.start));
    expect(mayNeedClauses(s.items, s.candidates, clauseArgLexicon(k, lang), triggerStarts)).toBe(expected);
  });
});

/** Through the whole extractor: every non-contract edge of a one-sentence article. */
const edges = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type !== "contract")
    .map((e) => `${e.source} -${e.type}-> ${e.target}`)
    .sort();

describe("relations read by clause, end to end", () => {
  it.each<[string, string[]]>([
    // A relative's names are not the main verb's; its antecedent is its own subject.
    ["Palantir, which was founded by Peter Thiel, supplies ICE.", ["palantir -supplies-> ice", "peter-thiel -member_of-> palantir"]],
    ["Palantir, qui a été fondée par Peter Thiel, fournit ICE.", ["palantir -supplies-> ice", "peter-thiel -member_of-> palantir"]],
    ["Palantir (which Amnesty International criticised) supplies ICE.", ["palantir -supplies-> ice"]],
    ["The contract went to Thales and Airbus, which supply the Israeli military.", ["airbus -supplies-> idf", "thales -supplies-> idf"]],
    [
      "Les caméras d'Hikvision et de Dahua, qui équipent la police israélienne, sont critiquées.",
      ["dahua -supplies-> israel-police", "hikvision -supplies-> israel-police"],
    ],
    // A fronted gerund takes the main clause's subject; its object is not the main verb's subject.
    ["After acquiring Wibble Technologies, Palantir supplied the US Army.", ["palantir -ownership-> wibble-technologies", "palantir -supplies-> us-army"]],
    ["En rachetant Wibble Technologies, Palantir a fourni l'armée israélienne.", ["palantir -ownership-> wibble-technologies", "palantir -supplies-> idf"]],
    // A participle after a comma shares the main subject, not the nearest name.
    ["Palantir signed a deal with ICE, supplying the Israeli military with software.", ["palantir -supplies-> idf"]],
    ["Palantir a signé un accord avec ICE, fournissant l'armée israélienne en logiciels.", ["palantir -supplies-> idf"]],
    // A modifier name is not the argument: the head of the nominal group is.
    ["ICE hired the Pentagon contractor Anduril last year.", ["anduril -supplies-> us-dod", "ice -client_of-> anduril"]],
    // Asides between dashes keep their names.
    ["Anduril — a firm backed by Founders Fund — supplies the US Army.", ["anduril -supplies-> us-army", "founders-fund -investment-> anduril"]],
    ["Anduril – une entreprise soutenue par Founders Fund – fournit l'armée israélienne.", ["anduril -supplies-> idf", "founders-fund -investment-> anduril"]],
    // A reporting source is never a party.
    ["The Intercept reported that the Israeli military uses Palantir software.", ["idf -client_of-> palantir"]],
    ["L'armée israélienne utilise les logiciels de Palantir, a révélé Disclose.", ["idf -client_of-> palantir"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});
