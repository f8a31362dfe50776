// Issue 9: finding the organisations and people an article names without a registry entry,
// one table per class of name, each in English and French (sentences written for these tests).
import type { ExtractResult } from "../../src/extract/index";
import { acronymLongForm, adjectivalTail, givenNameStart } from "../../src/extract/stages/06-names";
import { tokenize } from "../../src/extract/text/tokens";
import { extract, knowledgeWith } from "../fixtures/extract/run";

// Only a few states in the registry: everything else must be discovered.
const k = knowledgeWith(["canada", "zimbabwe", "france", "germany"]);

const article = (lang: "en" | "fr", body: string) => `---\nlanguage: ${lang}\n---\n${body}\n`;
/** The discovered nodes as "label [type]" (and ",country" when one is known); contracts only when named. */
const discovered = (r: ExtractResult) =>
  r.graph.nodes
    .filter((n) => !n.curated && (n.type !== "contract" || r.report.discovered.some((d) => d.id === n.id) || !n.id.startsWith("contract-")))
    .map((n) => `${n.label} [${n.type}${n.country ? `,${n.country}` : ""}]`)
    .sort();
const names = (lang: "en" | "fr", body: string) => discovered(extract(k, article(lang, body)));

type Row = [lang: "en" | "fr", text: string, expected: string[]];

describe("1. proper-name chunking: numbers, suffixes, connectors, no fragments", () => {
  it.each<Row>([
    ["en", "The fund 360 Capital Partners invested in the firm last year.", ["360 Capital Partners [company]"]],
    ["en", "In 2021 Acme Systems sold cameras to the city.", ["Acme Systems [company]"]],
    ["en", "The kits were supplied by Laxton Group Limited, the agency said.", ["Laxton Group Limited [company]"]],
    ["en", "Officers of the Peel Regional Police bought the software.", ["Peel Regional Police [agency]"]],
    ["fr", "Le logiciel est vendu par Nexa Technologies depuis 2014.", ["Nexa Technologies [company]"]],
    ["fr", "Le fonds 212 Capital Partners a investi dans la start-up.", ["212 Capital Partners [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("1. headline capitalisation and acronyms are not names of themselves", () => {
  it.each<Row>([
    [
      "en",
      "ICE Signs $2 Million Contract With Spyware Maker Quorvia Solutions\n\nThe agency signed with Quorvia Solutions, the vendor said.",
      ["Quorvia Solutions [company]"],
    ],
    ["fr", "La Police Signe Un Contrat Avec Le Fournisseur Vigilis Systems\n\nLa police a signé avec Vigilis Systems.", ["Vigilis Systems [company]"]],
    // "head" is a role, but an all-capital word is no part of a person's name
    ["en", "Kiran Aziz, head of ABC Kapitalforvaltning, said so.", ["Kiran Aziz [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("1. institutions named by a capitalised head and lowercase adjectives (French)", () => {
  it.each<Row>([
    ["fr", "La Cour d'appel de Paris a rejeté le recours de l'entreprise.", ["Cour d'appel de Paris [agency]"]],
    ["fr", "Le scrutin est organisé par la Commission électorale indépendante, a-t-il dit.", ["Commission électorale indépendante [agency]"]],
    ["fr", "Selon le Ministère public central, à Lausanne, l'enquête continue.", ["Ministère public central [agency]"]],
    // a capitalised common noun followed by an adverb or a verb is no name
    ["fr", "Nous avons parlé à la Police hier.", []],
    ["fr", "Le Ministère pourrait confier un mandat à un expert.", []],
    // the adjectives end before the verb
    ["fr", "Le Ministère public pourrait confier un mandat à un expert.", ["Ministère public [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("2. types from head and suffix words, and from context", () => {
  it.each<Row>([
    ["en", "The Toronto Police Service bought the tool.", ["Toronto Police Service [agency]"]],
    ["en", "Fees were paid to Borealis Foundation in March.", ["Borealis Foundation [organization]"]],
    ["en", "As first spotted by the tech accountability nonprofit Open Ledger, the order was signed.", ["Open Ledger [organization]"]],
    ["en", "The Toronto-based firm Quux Analytics sold the tool.", ["Quux Analytics [company,CA]"]],
    ["fr", "La société chinoise Hikra a livré les caméras.", ["Hikra [company,CN]"]],
    ["en", "Sandvine, a Canadian networking firm, sold the boxes.", ["Sandvine [company,CA]"]],
    ["fr", "Le contrat a été signé par Vigilis, une petite société lyonnaise, en mars.", ["Vigilis [company]"]],
    ["en", "Kiran Aziz, a company spokesman, said so.", ["Kiran Aziz [person]"]],
    ["en", "Quux Vision's chief executive said the deal was done.", ["Quux Vision [company]"]],
    ["fr", "Le PDG de Vigilis a signé le contrat.", ["Vigilis [company]"]],
    ["fr", "Le fondateur d’Intellexa Tal Jonathan Dilian est visé.", ["Tal Jonathan Dilian [person]"]],
    ["fr", "Les employés dénoncent le projet Nimbus depuis 2021.", ["Nimbus [contract]"]],
    ["fr", "L'éditeur Vigilis a signé avec la mairie.", ["Vigilis [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("2. members of a list of organisations take its type", () => {
  it.each<Row>([
    [
      "fr",
      "Le marché a été notifié au groupement formé par Survey Copter, EOS Technologie, Delair et la société Vigilis en 2023.",
      ["Delair [company]", "EOS Technologie [company]", "Survey Copter [company]", "Vigilis [company]"],
    ],
    ["en", "The tender went to Acme Analytics and Borealo Kastel last year.", ["Acme Analytics [company]", "Borealo Kastel [company]"]],
    // two one-word names may be products; a title between commas is no member
    ["fr", "La société Vigilis vend Gotham et Foundry aux polices.", ["Vigilis [company]"]],
    ["fr", "Ils mettent au point deux logiciels, Vigilis Analytics et Foundry, pour la police.", ["Vigilis Analytics [company]"]],
    ["en", "Borealo Kastel, Executive Vice President, Acme Analytics, said so.", ["Acme Analytics [company]", "Borealo Kastel [person]"]],
    // one comma alone is an apposition, and a lone given name is no organisation
    ["en", "The firm Acme Analytics, Lagos said nothing.", ["Acme Analytics [company]"]],
    ["en", "We met Jane, Bob and the firm Acme Analytics.", ["Acme Analytics [company]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("acronyms defined in parentheses, then used alone", () => {
  it.each<[lang: "en" | "fr", text: string, label: string, acronym: string]>([
    ["en", "The Toronto Police Service (TPS) bought the tool. TPS officers used it.", "Toronto Police Service", "TPS"],
    ["en", "The Zimbabwe Electoral Commission (ZEC) signed the contract. ZEC said so.", "Zimbabwe Electoral Commission", "ZEC"],
    [
      "fr",
      "Le service interministériel d’assistance technique (SIAT) utilise le logiciel. Le SIAT est une unité.",
      "service interministériel d’assistance technique",
      "SIAT",
    ],
    [
      "fr",
      "La direction départementale de sécurité publique (DDSP) a acheté des caméras. La DDSP confirme.",
      "direction départementale de sécurité publique",
      "DDSP",
    ],
  ])("%s: %s", (lang, text, label, acronym) => {
    const r = extract(k, article(lang, text));
    const node = r.graph.nodes.find((n) => n.label === label);
    expect(node?.type).toBe("agency");
    expect(node?.aliases).toContain(acronym);
    // the acronym alone, in the second sentence, is a mention of the same node
    const doc = r.articles[0]!;
    expect(node!.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain(acronym);
  });

  it("an acronym whose letters do not spell the words before it defines nothing", () => {
    const toks = tokenize("the new camera system (XYZ) was installed");
    expect(acronymLongForm(toks, "the new camera system (XYZ) was installed", 4, new Set(["of"]))).toBeUndefined();
  });

  it("a defined phrase with no head or suffix word is no organisation", () => {
    expect(names("en", "Biometric Voter Registration (BVR) kits arrived in August.")).toEqual([]);
  });
});

describe("a lowercase head, a nationality and a closing adjective (French)", () => {
  it.each<Row>([
    [
      "fr",
      "Le projet est porté par le ministère guinéen du Plan et de la Coopération internationale, selon le texte.",
      ["ministère guinéen du Plan et de la Coopération internationale [agency,GN]"],
    ],
    ["fr", "Selon lui, le ministère de la Défense israélien utilise le logiciel.", ["ministère de la Défense israélien [agency,IL]"]],
    // a lowercase word followed by another word is no adjective of the name
    ["fr", "Selon lui, le ministère de l'Intérieur pourrait signer le contrat.", ["ministère de l'Intérieur [agency]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("acronyms that no long form defines: after a determiner, as a subject, after a role", () => {
  it.each<Row>([
    ["fr", "Le contrat a été signé hier entre la DGSN et la société Quorvia.", ["DGSN [agency]", "Quorvia [company]"]],
    ["fr", "Les caméras du PSCA seront livrées en août.", ["PSCA [agency]"]],
    ["en", "Officials at the DHS declined to comment on the purchase.", ["DHS [agency]"]],
    ["en", "ZPRC said the cameras would be installed by August.", ["ZPRC [agency]"]],
    ["en", "The kits were briefed to the Managing Director PSCA Muhammad Kamran Khan.", ["Muhammad Kamran Khan [person]", "PSCA [agency]"]],
    // abbreviations listed in data, plural determiners (a class of bodies), rules with a number, shouted lines
    ["fr", "Le ministère mise sur l'IA et le GPS pour ses drones.", []],
    ["fr", "Les OIV et des OSE doivent s'appuyer sur un cloud de confiance.", []],
    ["en", "The award was made under the FAR 6.302-1 rule.", []],
    ["en", "THE DGSN SAYS NOTHING.", []],
    // an acronym the article defines is an organisation only through its long form
    ["en", "Biometric Voter Registration (BVR) kits arrived. The BVR kits failed.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });
});

describe("3. persons named without a role, from the given names of the gazetteer", () => {
  it.each<Row>([
    ["fr", "Renaud Allioux et Arnaud Guérin ont fondé la société Preligens.", ["Arnaud Guérin [person]", "Preligens [company]", "Renaud Allioux [person]"]],
    ["fr", "Les sanctions visent aussi Sara Aleksandra Fayssal Hamou, une spécialiste.", ["Sara Aleksandra Fayssal Hamou [person]"]],
    ["en", "The startup was founded by Amara Diallo and Tunde Okafor in Lagos.", ["Amara Diallo [person]", "Tunde Okafor [person]"]],
    ["en", "The chairperson Justice Rita Makarau said the kits would arrive.", ["Rita Makarau [person]"]],
    // a given name that is also a place or a common word opens no person
    ["en", "Victoria Police said the contract was signed.", ["Victoria Police [agency]"]],
    ["en", "The report cited Summer Solstice figures.", []],
    // given names from every Latin-script locale: West African, Arabic, South Asian ones too
    ["fr", "Hamed Bakayoko et Ousmane Diallo ont visité le chantier.", ["Hamed Bakayoko [person]", "Ousmane Diallo [person]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it("a name coordinated with a person just found is a person too", () => {
    expect(names("fr", "Le projet a démarré après une rencontre entre Satya Nadella et Yossi Sariel.")).toEqual([
      "Satya Nadella [person]",
      "Yossi Sariel [person]",
    ]);
  });

  it("givenNameStart skips titles and rejects a cue word as surname", () => {
    const run = tokenize("Justice Rita Makarau");
    expect(
      givenNameStart(
        run,
        (w) => w === "rita",
        (w) => w === "justice",
        () => false,
      ),
    ).toBe(1);
    expect(
      givenNameStart(
        tokenize("Rita Systems"),
        (w) => w === "rita",
        () => false,
        (w) => w === "systems",
      ),
    ).toBe(-1);
  });
});

describe("4. places are not organisations, and give countries", () => {
  it.each<Row>([
    ["en", "The Toronto-based firm Quux Analytics sold the tool.", ["Quux Analytics [company,CA]"]],
    ["en", "The kits came from Chinese based Laxton Group Limited.", ["Laxton Group Limited [company,CN]"]],
    ["fr", "L'entreprise israélienne Cobalto a vendu le logiciel.", ["Cobalto [company,IL]"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(names(lang, text)).toEqual(expected);
  });

  it("the gazetteer holds countries in both languages and major cities", () => {
    expect(k.gazetteer.places.get("allemagne")).toBe("DE");
    expect(k.gazetteer.places.get("germany")).toBe("DE");
    expect(k.gazetteer.places.get("toronto")).toBe("CA");
    expect(k.gazetteer.givenNames.has("renaud")).toBe(true);
    // a place is never a given name ("Victoria", "Jordan")
    expect(k.gazetteer.givenNames.has("victoria")).toBe(false);
    // first-level regions, but a region that is a given name stays a given name
    expect(k.gazetteer.places.get("vaud")).toBe("CH");
    expect(k.gazetteer.places.get("ile-de-france")).toBe("FR");
    expect(k.gazetteer.givenNames.has("virginia")).toBe(true);
  });
});

describe("5. short forms within an article, and merging across articles by shared form", () => {
  it.each<[lang: "en" | "fr", text: string, label: string, short: string]>([
    ["en", "The kits are supplied by Laxton Group Limited. Laxton won the tender.", "Laxton Group Limited", "Laxton"],
    ["fr", "La société Quorvia Technologies a signé. Quorvia fournira les serveurs.", "Quorvia Technologies", "Quorvia"],
  ])("%s: %s", (lang, text, label, short) => {
    const r = extract(k, article(lang, text));
    const node = r.graph.nodes.find((n) => n.label === label)!;
    expect(node.aliases).toContain(short);
    expect(node.mentions).toHaveLength(2);
  });

  it("a state opening an institution's name belongs to the name and gives its country", () => {
    expect(names("en", "ZIMBABWE Electoral Commission said the kits would arrive.")).toEqual(["ZIMBABWE Electoral Commission [agency,ZW]"]);
  });

  it("two names that share a short form are one entity, across articles", () => {
    const r = extract(k, {
      "a.txt": article("en", "The kits are supplied by Laxton Group Limited. Laxton won the tender."),
      "b.txt": article("en", "The contract was signed with Laxton Group of Companies. Laxton will deliver."),
    });
    expect(discovered(r)).toEqual(["Laxton Group Limited [company]"]);
  });

  it("a name that opens a longer one of the same type in the same article is its short form", () => {
    expect(names("fr", "Le Ministère public central, à Lausanne, enquête. Selon le Ministère public, il l'a chargé.")).toEqual([
      "Ministère public central [agency]",
    ]);
  });
});

describe("5. after a known company's name: a product, or a subsidiary", () => {
  const kc = knowledgeWith(["google", "kkr"]);
  const subsidiaries = (lang: "en" | "fr", body: string) => discovered(extract(kc, article(lang, body)));
  it.each<Row>([
    // a company or fund head, a series numeral allowed after it
    ["en", "Eight pension funds are invested in KKR Asian Fund III, a private equity firm.", ["KKR Asian Fund III [company]"]],
    ["fr", "Les retraites ont investi dans KKR Asia Pacific Fund II en 2022.", ["KKR Asia Pacific Fund II [company]"]],
    ["en", "The cameras were sold by Google Vision Holdings Ltd last year.", ["Google Vision Holdings Ltd [company]"]],
    // otherwise the words are its product
    ["en", "The agency bought Google Distributed Cloud for its data.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(subsidiaries(lang, text)).toEqual(expected);
  });
});

describe("adjectivalTail", () => {
  const connectors = new Set(["de", "d'", "la"]);
  const t = (s: string) => tokenize(s);
  const upper = (toks: ReturnType<typeof tokenize>, s: string) => (n: number) => /^\p{Lu}/u.test(s.slice(toks[n]!.start));
  it.each<[string, number]>([
    ["Cour suprême , hier", 2],
    ["Cour d'appel de Paris a jugé", 5],
    ["Police hier .", 1],
    ["Ministère public pourrait confier un mandat", 2],
    ["Ministère pourrait confier un mandat", 1],
    ["Ministère public a confié un mandat", 2],
    ["Ministère de la Justice a confié", 4],
    ["Ministère de la justice a confié", -1],
  ])("%s → %i", (s, expected) => {
    const toks = t(s);
    const adjective = (w: string) => /(al|e|ique|ic|el|eme)$/.test(w);
    expect(adjectivalTail(toks, 0, connectors, (w) => ["a", "un", "hier"].includes(w), upper(toks, s), adjective)).toBe(expected);
  });
});

describe("6. the curator's queue: discovered entities ranked by how many articles name them", () => {
  it("puts the name most articles give first, with its other forms", () => {
    const r = extract(k, {
      "a.txt": article("en", "The firm Acme Analytics sold the tool. The startup Zentra Systems (ZS) sold cameras."),
      "b.txt": article("en", "Police bought cameras from Zentra Systems last year."),
    });
    expect(r.report.discovered.map((d) => [d.label, d.articles])).toEqual([
      ["Zentra Systems", 2],
      ["Acme Analytics", 1],
    ]);
    expect(r.report.discovered[0]!.aliases).toEqual(["ZS"]);
  });
});
