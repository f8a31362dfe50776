// A verb's object may be a name (a product) between the verb and the slot word of its target (%N in a
// pattern: "acheter %5 auprès"), and the lexicon entries read from the French sentence bank
// (tests/bank/fr-relations.yaml): purchases, a recipient after the thing supplied, bans and orders, a pause.
import { tagSentence } from "../../src/extract/grammar";
import { compilePatterns, type MatchItem, PatternIndex } from "../../src/extract/text/patterns";
import { tokenize } from "../../src/extract/text/tokens";
import { extract, realKnowledge } from "../fixtures/extract/run";

/** Items of a text where the words in capitals stand for a name (an entity item). */
const items = (text: string): MatchItem[] => tokenize(text).map((t) => (/^[A-Z]/.test(text.slice(t.start, t.end)) ? { norm: null } : { norm: t.norm }));

describe("the span element (%N) lets the verb's object hold names, and the match runs to the slot word", () => {
  const index = (pattern: string) => new PatternIndex(compilePatterns([{ pattern, value: pattern }]));
  it.each([
    ["achet* %5 a|auprès", "il achetait des terminaux Zeta à Quux", "achetait des terminaux Zeta à"],
    ["achete* %5 a|auprès", "il a acheté le logiciel Zephyr auprès du groupe Quux", "acheté le logiciel Zephyr auprès"],
    ["bought %5 from", "they bought Zephyr licences from Quux", "bought Zephyr licences from"],
    // no name inside is fine too
    ["bought %5 from", "they bought licences from Quux", "bought licences from"],
    // a plain gap may not cross a name
    ["achet* ~5 a|auprès", "il achetait des terminaux Zeta à Quux", undefined],
    // the "à" of "jusqu'à" opens no slot: the match runs to the next "à"
    ["commander %5 a", "commander jusqu'à 100 Zephyr à Quux", "commander jusqu' à 100 Zephyr à"],
    // bounded: too many words before the slot word, no match
    ["achet* %2 a", "il achetait des milliers de terminaux à Quux", undefined],
  ])("%s in %s", (pattern, text, trigger) => {
    const found = index(pattern).findAll(items(text));
    const words = tokenize(text).map((t) => text.slice(t.start, t.end));
    expect(found.map((m) => words.slice(m.start, m.end).join(" "))[0]).toBe(trigger);
  });
});

const k = realKnowledge();
const relations = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type !== "contract")
    .map((e) => `${e.source} -${e.type}-> ${e.target}`)
    .sort();

describe("purchases and deliveries whose object names a product, both languages", () => {
  it.each([
    ["L'armée israélienne a acheté le logiciel Gotham auprès de Palantir.", ["idf -client_of-> palantir"]],
    ["L'armée israélienne achète des drones à Elbit Systems.", ["idf -client_of-> elbit-systems"]],
    ["L'armée israélienne a commandé des radars à Thales.", ["idf -client_of-> thales"]],
    ["Thales va fournir 500 radars Ground Master à l'armée israélienne.", ["thales -supplies-> idf"]],
    ["Elbit Systems a vendu des drones Hermes à l'armée israélienne.", ["elbit-systems -supplies-> idf"]],
    ["Elbit Systems fabrique des drones pour l'armée israélienne.", ["elbit-systems -supplies-> idf"]],
    ["Elbit Systems développe des systèmes de reconnaissance faciale pour l'armée israélienne.", ["elbit-systems -supplies-> idf"]],
    ["Palantir developed the Gotham platform for the Israeli military.", ["palantir -supplies-> idf"]],
    ["Palantir exports Gotham licences to the Israeli military.", ["palantir -supplies-> idf"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("bans, orders and pauses (French lexicon)", () => {
  it.each([
    ["Les États-Unis interdisent les logiciels édités par Hikvision.", ["us -sanction-> hikvision"]],
    // the ban's object may be long: the lemma frame reaches 16 words
    [
      "Tant pour les entreprises que pour les particuliers, les États-Unis interdisent la vente et l'utilisation des caméras et des logiciels de surveillance édités par Hikvision.",
      ["us -sanction-> hikvision"],
    ],
    ["Washington a annoncé l'interdiction du logiciel de Hikvision.", ["us -sanction-> hikvision"]],
    ["La CNIL a ordonné à Clearview AI de supprimer les données.", ["cnil -sanction-> clearview-ai"]],
    ["La CNIL a imposé une amende de 20 millions d'euros à Clearview AI.", ["cnil -sanction-> clearview-ai"]],
    ["L'armée israélienne met en pause l'achat des drones d'Elbit Systems.", ["idf -suspension-> elbit-systems"]],
    // what is banned does not happen: no sale is read
    ["Les États-Unis envisagent d'interdire la vente des logiciels de Hikvision aux États-Unis.", ["us -sanction-> hikvision"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("nominal frames and titles read from the bank (French)", () => {
  it.each([
    ["Storebrand, actionnaire de Palantir, a voté contre.", ["storebrand -investment-> palantir"]],
    ["Storebrand, l'un des premiers investisseurs de Palantir, a voté contre.", ["storebrand -investment-> palantir"]],
    ["Le partenariat de Palantir avec l'armée israélienne a été annoncé.", ["idf -partnership-> palantir"]],
    // the owner is the à-complement of "appartenir"; a state in an alliance is no owned company
    ["Hikvision, qui appartient à CETC, a nié.", ["cetc -ownership-> hikvision"]],
    ["Le Danemark appartient à l'OTAN.", []],
    // an English title inside a French sentence
    ["Le CEO d'Elbit Systems, Bezhalel Machlis, a parlé.", ["bezalel-machlis -member_of-> elbit-systems"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("a subject pronoun is a contract's party when no name stands before the contract word, both languages", () => {
  const contractParties = (text: string) => {
    const r = extract(k, text);
    return r.graph.edges
      .filter((e) => e.type === "contract")
      .map((e) => e.source)
      .sort();
  };
  it.each([
    ["Palantir vend des logiciels. Elle a signé un contrat avec la CIA.", ["cia", "palantir"]],
    ["Palantir vend des logiciels. Elle possède par exemple un contrat avec la CIA.", ["cia", "palantir"]],
    ["Palantir sells software. It signed a contract with the CIA.", ["cia", "palantir"]],
    // a description stands for its antecedent too, and "auprès du" introduces a party
    ["Palantir vend des logiciels. L'entreprise a décroché un contrat auprès du Pentagone.", ["palantir", "us-dod"]],
    // a name before the contract word stays the party: the pronoun is not read
    ["Palantir vend des logiciels. Selon elle, Anduril a signé un contrat avec la CIA.", ["anduril", "cia"]],
  ])("%s", (text, expected) => {
    expect(contractParties(text)).toEqual(expected);
  });

  it("records the pronoun's antecedent as inferred", () => {
    const r = extract(k, "Palantir vend des logiciels. Elle a signé un contrat avec la CIA.");
    const edge = r.graph.edges.find((e) => e.type === "contract" && e.source === "palantir");
    expect(edge?.evidence.some((ev) => JSON.stringify(ev).includes("inferred") || JSON.stringify(ev).includes("via"))).toBe(true);
  });
});

describe("a reporting verb followed by an infinitive reports its subject's own doing, both languages", () => {
  const contractParties = (text: string) =>
    extract(k, text)
      .graph.edges.filter((e) => e.type === "contract")
      .map((e) => e.source)
      .sort();
  it.each([
    ["L'armée israélienne a rapporté avoir signé un contrat avec Palantir.", ["idf", "palantir"]],
    ["L'armée israélienne a rapporté le 31 mars avoir signé un contrat avec Palantir.", ["idf", "palantir"]],
    ["The Israeli military reported having signed a contract with Palantir.", ["idf", "palantir"]],
    // a source stays a source: "que" opens what it reports, a postposed cue follows the claim
    ["Le Monde a rapporté que l'armée israélienne a signé un contrat avec Palantir.", ["idf", "palantir"]],
    ["L'armée israélienne a signé un contrat avec Palantir, a rapporté Le Monde.", ["idf", "palantir"]],
  ])("%s", (text, expected) => {
    expect(contractParties(text)).toEqual(expected);
  });
});

describe("a state an 'of' word hangs on a body's name is that body's country, no list member", () => {
  const contractParties = (text: string) =>
    extract(k, text)
      .graph.edges.filter((e) => e.type === "contract")
      .map((e) => e.source)
      .sort();
  it.each([
    ["Le département de la Défense des États-Unis a signé un contrat avec SpaceX.", ["spacex", "us-dod"]],
    // a list of states, and a state joined by "et", stay lists
    ["Les États-Unis et Israël ont signé un contrat avec SpaceX.", ["israel", "spacex", "us"]],
    ["Le contrat de SpaceX et des États-Unis a été signé.", ["spacex", "us"]],
    ["The United States and Israel signed a contract with SpaceX.", ["israel", "spacex", "us"]],
  ])("%s", (text, expected) => {
    expect(contractParties(text)).toEqual(expected);
  });
});

describe("French 'que': a relative pronoun after a noun, unless a preposition follows it", () => {
  it.each([
    ["Tant pour les entreprises que pour les particuliers, Washington interdit la vente.", "SCONJ"],
    ["La société que Palantir a rachetée est française.", "PRON"],
    ["Les États-Unis affirment que Hikvision aide la police.", "SCONJ"],
  ])("%s", (text, pos) => {
    expect(tagSentence(text, 0, text.length, "fr").find((t) => t.text === "que")?.pos).toBe(pos);
  });
});
