// The fallback tiers switched and set from data (data/relations.yaml `fallback:`, relations/fallback*.ts): the
// narrow same-sentence tier, the wide one (rule "same-sentence-wide", clause or sentence), and co-mention (a
// sentence naming one company and one state body around a domain word). Each knowledge below is the real data
// with only its `fallback:` block changed, as a variant directory is. Rows list the guesses only (edges whose
// evidence comes from a fallback rule), written "source -type-> target [rules]".
import { compileKnowledge, type Knowledge } from "../../src/extract/index";
import { readKnowledgeFiles } from "../../src/extract/io";
import { extract } from "../fixtures/extract/run";

const files = readKnowledgeFiles("data");
const [head, block] = files.relations.split("\nfallback:\n") as [string, string];

/** The real knowledge with its fallback block edited by `edit` (or dropped when `edit` is null). */
function variant(edit: ((block: string) => string) | null): Knowledge {
  return compileKnowledge({ ...files, relations: edit ? `${head}\nfallback:\n${edit(block)}` : head });
}
/** The wide tier on, co-mention off: rows about the wide tier see its guesses alone. */
const setWide = (maxWords: number, scope: string) => (b: string) =>
  b
    .replace(/(co_mention:\n {4}enabled: )\w+/, "$1false")
    .replace(/( {2}wide:\n {4}enabled: )\w+\n {4}max_words: \d+\n {4}scope: \w+/, `$1true\n    max_words: ${maxWords}\n    scope: ${scope}`);
const setCoMention = (inTriggerSentences: boolean) => (b: string) =>
  b.replace(/(co_mention:\n {4}enabled: )\w+/, "$1true").replace(/in_trigger_sentences: (true|false)/, `in_trigger_sentences: ${inTriggerSentences}`);

const FALLBACK_RULES = /^(same-sentence|same-sentence-wide|co-mention)$/;
const guesses = (k: Knowledge, text: string) =>
  extract(k, text)
    .graph.edges.flatMap((e) => {
      const rules = e.evidence.map((v) => v.rule ?? "").filter((r) => FALLBACK_RULES.test(r));
      return rules.length ? [`${e.source} -${e.type}-> ${e.target} [${rules.join(",")}]`] : [];
    })
    .sort();

const NARROW_EN = "Palantir is growing. France relied on the tools developed by the company.";
const NARROW_FR = "Palantir grandit. La France a eu recours aux outils développés par la société.";
const FAR_EN = "Palantir supplies thermal cameras and encrypted radio sets of the latest generation to ICE.";
const FAR_FR = "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération à ICE.";

describe("the switches", () => {
  const off = variant((b) => b.replace(/same_sentence: \{ enabled: true/, "same_sentence: { enabled: false"));
  const absent = variant(null);
  const today = variant((b) => b);
  it.each<[string, string, Knowledge, string[]]>([
    ["no fallback block: the narrow tier alone", NARROW_EN, absent, ["france -client_of-> palantir [same-sentence]"]],
    ["no fallback block: the narrow tier alone", NARROW_FR, absent, ["france -client_of-> palantir [same-sentence]"]],
    ["the narrow tier switched off", NARROW_EN, off, []],
    ["the narrow tier switched off", NARROW_FR, off, []],
    ["today's data: no wide guess, co-mention reads it", FAR_EN, today, ["palantir -supplies-> ice [co-mention]"]],
    ["today's data: no wide guess, co-mention reads it", FAR_FR, today, ["palantir -supplies-> ice [co-mention]"]],
  ])("%s: %s", (_, text, k, expected) => {
    expect(guesses(k, text)).toEqual(expected);
  });
});

describe("the wide tier (rule same-sentence-wide)", () => {
  const clause = variant(setWide(15, "clause"));
  const sentence = variant(setWide(15, "sentence"));
  const short = variant(setWide(6, "clause"));
  it.each<[string, string, Knowledge, string[]]>([
    // ends farther than the frames and the narrow tier reach; an adjectival participle ("encrypted") is no verb
    ["far ends", FAR_EN, clause, ["palantir -supplies-> ice [same-sentence-wide]"]],
    ["far ends", FAR_FR, clause, ["palantir -supplies-> ice [same-sentence-wide]"]],
    ["beyond its own reach", FAR_EN, short, []],
    ["beyond its own reach", FAR_FR, short, []],
    // the narrow tier answers first: the wide one adds nothing
    ["the narrow tier first", NARROW_EN, clause, ["france -client_of-> palantir [same-sentence]"]],
    ["the narrow tier first", NARROW_FR, clause, ["france -client_of-> palantir [same-sentence]"]],
    // a participle with its own agent owns the names past it
    ["a participle and its agent", "Palantir supplies thermal cameras and radio sets designed by Thales to ICE.", clause, []],
    ["a participle and its agent", "Palantir fournit des caméras thermiques et des radios conçues par Thales à ICE.", clause, []],
    // a noun's complement is that noun's
    ["a noun's complement", "Palantir supplies thermal cameras and encrypted radio sets of the latest generation to the headquarters of ICE.", clause, []],
    ["a noun's complement", "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération au siège de ICE.", clause, []],
    // negated trigger
    ["negated", "Palantir does not supply thermal cameras and encrypted radio sets of the latest generation to ICE.", clause, []],
    ["negated", "Palantir ne fournit pas de caméras thermiques et de radios chiffrées de la dernière génération à ICE.", clause, []],
    // an attribution's side
    ["attribution", "Palantir supplies thermal cameras and encrypted radio sets of the latest generation, according to ICE.", clause, []],
    ["attribution", "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération, selon ICE.", clause, []],
    // a place phrase
    ["place", "Palantir supplies thermal cameras and encrypted radio sets of the latest generation to soldiers in France.", clause, []],
    ["place", "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération aux soldats en France.", clause, []],
    // past a clause break: only the sentence scope reaches
    ["clause scope", "Palantir supplies thermal cameras and encrypted radio sets of the latest generation, but ICE wants drones.", clause, []],
    ["clause scope", "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération, mais ICE veut des drones.", clause, []],
    [
      "sentence scope",
      "Palantir supplies thermal cameras and encrypted radio sets of the latest generation, but ICE wants drones.",
      sentence,
      ["palantir -supplies-> ice [same-sentence-wide]"],
    ],
    [
      "sentence scope",
      "Palantir fournit des caméras thermiques et des radios chiffrées de la dernière génération, mais ICE veut des drones.",
      sentence,
      ["palantir -supplies-> ice [same-sentence-wide]"],
    ],
  ])("%s: %s", (_, text, k, expected) => {
    expect(guesses(k, text)).toEqual(expected);
  });
});

describe("co-mention", () => {
  const coMention = variant(setCoMention(false));
  const everywhere = variant(setCoMention(true));
  it.each<[string, string, Knowledge, string[]]>([
    // no trigger: a company, a state body and a domain word
    ["one of each", "ICE has been running the cameras and software of Palantir for years.", coMention, ["palantir -supplies-> ice [co-mention]"]],
    ["one of each", "ICE fait tourner depuis des années les caméras et le logiciel de Palantir.", coMention, ["palantir -supplies-> ice [co-mention]"]],
    // an agency is preferred to a state
    ["agency before state", "The United States has watched ICE run the software of Palantir for years.", coMention, ["palantir -supplies-> ice [co-mention]"]],
    [
      "agency before state",
      "Les États-Unis regardent ICE faire tourner le logiciel de Palantir depuis des années.",
      coMention,
      ["palantir -supplies-> ice [co-mention]"],
    ],
    // no domain word
    ["no domain word", "Palantir executives met ICE officials last week.", coMention, []],
    ["no domain word", "Des dirigeants de Palantir ont rencontré des responsables d'ICE la semaine dernière.", coMention, []],
    // one list names both
    ["one list", "Palantir and ICE presented the software last week.", coMention, []],
    ["one list", "Palantir et ICE ont présenté le logiciel la semaine dernière.", coMention, []],
    // two companies: no telling which
    ["two companies", "The cameras of Palantir sit next to the drones of Anduril at ICE.", coMention, []],
    ["two companies", "Les caméras de Palantir côtoient les drones d'Anduril chez ICE.", coMention, []],
    // negated sentence
    ["negated", "ICE has never run the software of Palantir.", coMention, []],
    ["negated", "ICE n'a jamais fait tourner le logiciel de Palantir.", coMention, []],
    // the state body is the source of an attribution
    ["attribution", "According to ICE, the software of Palantir is everywhere.", coMention, []],
    ["attribution", "Selon ICE, le logiciel de Palantir est partout.", coMention, []],
    // a currency's prefix names no state
    ["currency prefix", "The software of Palantir cost the taxpayer US$5 million.", coMention, []],
    ["currency prefix", "Le logiciel de Palantir a coûté US$5 millions au contribuable.", coMention, []],
    // a sentence whose trigger read nothing: only with in_trigger_sentences
    ["trigger sentence, switch off", FAR_EN, coMention, []],
    ["trigger sentence, switch off", FAR_FR, coMention, []],
    ["trigger sentence, switch on", FAR_EN, everywhere, ["palantir -supplies-> ice [co-mention]"]],
    ["trigger sentence, switch on", FAR_FR, everywhere, ["palantir -supplies-> ice [co-mention]"]],
    // a sentence whose trigger was read: never
    ["read trigger", "Palantir supplies cameras to ICE.", everywhere, []],
    ["read trigger", "Palantir fournit des caméras à ICE.", everywhere, []],
  ])("%s: %s", (_, text, k, expected) => {
    expect(guesses(k, text)).toEqual(expected);
  });
});
