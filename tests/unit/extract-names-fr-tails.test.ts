// Issue 9, classes the second French names bank (tests/bank/names-fr-2.yaml) showed missing: a capitalised head whose
// lowercase complement runs on to a clause word, a preposition or an acronym; parliaments, courts, parties and outlets
// named after a cue noun; EU agencies typed as agencies (sentences written for these tests).
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["france", "europol"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
const names = (lang: "en" | "fr", body: string) =>
  extract(k, article(lang, body))
    .graph.nodes.filter((n) => !n.curated && n.type !== "contract")
    .map((n) => `${n.label} [${n.type}]`)
    .sort();

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("a capitalised head takes its lowercase complement up to a clause word, a punctuation mark or an acronym", () => {
  it.each<Row>([
    ["fr", "Selon nos sources, la Direction du renseignement de la douane qui enquêtait a été dissoute.", ["Direction du renseignement de la douane [agency]"]],
    ["fr", "Hier, le Sénat moldave a voté la loi sur les écoutes.", ["Sénat moldave [agency]"]],
    ["fr", "Le texte a été renvoyé à la Chambre haute où il a été amendé.", ["Chambre haute [agency]"]],
    ["fr", "Il dirigeait le Bureau national de lutte contre la fraude (BNLF) depuis 2019.", ["Bureau national de lutte contre la fraude [agency]"]],
    ["fr", "Le rapport de la Délégation des Affaires de sécurité du parlement (DASP) est paru.", ["Délégation des Affaires de sécurité du parlement [agency]"]],
    ["fr", "La plainte vient du Secrétariat d’État à la sécurité numérique (SESN) du pays.", ["Secrétariat d’État à la sécurité numérique [agency]"]],
    ["fr", "Les militants du Front démocratique tanzanien (FDT) ont été surveillés.", ["Front démocratique tanzanien [organization]"]],
    ["fr", "La Fondation pour la liberté de la presse en Bolivie a publié un rapport.", ["Fondation pour la liberté de la presse en Bolivie [organization]"]],
    ["fr", "Elle a dirigé le Bureau national anti-fraude (BNAF) pendant un an.", ["Bureau national anti-fraude [agency]"]],
    ["fr", "Il a écrit au ministère belge des Affaires étrangères mais aussi aux députés.", ["ministère belge des Affaires étrangères [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it.each<Row>([
    // a head followed by an adverb, or a complement running into a verb with no closing word, is no name
    ["fr", "La Police hier a dit que le dossier était clos.", []],
    ["fr", "La Direction pour couvrir les frais a demandé un budget.", []],
    ["fr", "Le Sénat pourrait confier un rapport aux experts.", []],
    // a compound nationality after a cue noun is the cue's, the name comes after it
    ["fr", "Le marché a été attribué à la Société sud-coréenne Quarnix Systems en juillet.", ["Quarnix Systems [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("a role and its complement, then a comma, name the person after the comma", () => {
  it.each<Row>([
    ["fr", "Le départ du commandant de l’armée, Oduvaldo Marquetti, a surpris.", ["Oduvaldo Marquetti [person]"]],
    ["fr", "Le rapport du directeur de la Sûreté et des Douanes, Amadou Kelitigui, est paru.", ["Amadou Kelitigui [person]"]],
    ["en", "The commander of the army, Oduvaldo Marquetti, resigned in December.", ["Oduvaldo Marquetti [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text).filter((n) => n.endsWith("[person]"))).toEqual(expected);
  });

  it.each<Row>([
    // a clause between the role and the comma, or a company's name after it, makes no person
    ["fr", "Le directeur de la société a démissionné hier, Oduvaldo Marquetti reste.", []],
    ["fr", "Le directeur de la société, Quarnix Systems, a démenti.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text).filter((n) => n.endsWith("[person]"))).toEqual(expected);
  });
});

describe("a given name and a surname closing a run after a nationality or a place name a person; a lawyer's title is no part of it", () => {
  it.each<Row>([
    ["fr", "Hier, la procureure de la République de Rennes Carole Vasseur a dressé le bilan.", ["Carole Vasseur [person]"]],
    ["fr", "Parmi eux, la Belge Saskia Vrabec dénonce les écoutes.", ["Saskia Vrabec [person]"]],
    ["fr", "La plainte a été déposée, a déclaré Me Patrick Ondoua devant la presse.", ["Patrick Ondoua [person]"]],
    ["en", "Among them, the Belgian Saskia Vrabec denounced the wiretaps.", ["Saskia Vrabec [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text).filter((n) => n.endsWith("[person]"))).toEqual(expected);
  });

  it.each<Row>([
    // a given name after a word that is neither a nationality nor a place opens no person ("Line" is a given name)
    ["en", "The group Front Line Defenders documented the attacks.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text).filter((n) => n.endsWith("[person]"))).toEqual(expected);
  });
});

describe("parties and outlets after their cue noun", () => {
  it.each<Row>([
    ["fr", "Le parti d’opposition Narodna Volya a dénoncé les écoutes.", ["Narodna Volya [organization]"]],
    ["fr", "Les documents ont été publiés par la revue Perspectiva mardi.", ["Perspectiva [company]"]],
    ["fr", "Selon le journal d’investigation Kontrapunkt, le contrat existe.", ["Kontrapunkt [company]"]],
    // feminine and plural nationality adjectives stand between the cue and the name like the masculine ones
    ["fr", "La machine fabriquée par la société coréenne Quarnix fait polémique.", ["Quarnix [company]"]],
    ["fr", "Le contrat a été signé avec l'entreprise rwandaise Kivu Tek Solutions.", ["Kivu Tek Solutions [company]"]],
    ["en", "The opposition party Narodna Volya condemned the wiretaps.", ["Narodna Volya [organization]"]],
    ["en", "According to the news site Kontrapunkt, the contract exists.", ["Kontrapunkt [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("EU agencies are agencies, as the dev gold types state bodies", () => {
  it.each<[lang: "en" | "fr", text: string]>([
    ["fr", "L'enquête a été menée avec le soutien d'Europol."],
    ["en", "The investigation was supported by Europol."],
  ])("%s: %s", (lang, text) => {
    const node = extract(k, article(lang, text)).graph.nodes.find((n) => n.id === "europol");
    expect(node?.type).toBe("agency");
  });
});
