// A product stands for the company that makes it: names an article ties to a maker, "whose cameras"
// after a company, and a product as the subject of a verb that serves a client (relations/products*.ts).
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const relations = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type !== "contract")
    .map((e) => `${e.source} -${e.type}-> ${e.target}`)
    .sort();

describe("a named product learned in the article stands for its maker", () => {
  it.each([
    // possessor, apposition, maker participle: English
    ["Its best seller is Paragon's flagship product, Zephyrion. The FBI had used Zephyrion.", ["fbi -client_of-> paragon-solutions"]],
    ["Zephyrion, Paragon's spyware, is discreet. The FBI had used Zephyrion for years.", ["fbi -client_of-> paragon-solutions"]],
    ["Paragon's Zephyrion platform is discreet. Zephyrion was used by the FBI.", ["fbi -client_of-> paragon-solutions"]],
    ["Zephyrion, developed by Paragon, is discreet. The FBI relies on Zephyrion.", ["fbi -client_of-> paragon-solutions"]],
    // French: "de X" after the name, apposition, participle
    ["Le logiciel Zephyrion de Palantir est discret. L'armée israélienne utilise Zephyrion.", ["idf -client_of-> palantir"]],
    ["Zephyrion, le logiciel espion de Palantir, est discret. L'armée israélienne a testé Zephyrion.", ["idf -client_of-> palantir"]],
    ["Zephyrion, conçu par Palantir, est discret. Zephyrion est utilisé par l'armée israélienne.", ["idf -client_of-> palantir"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("a product noun never makes a maker out of an owner, a state or nothing", () => {
  it.each([
    // no product noun, no maker word: the name is tied to nothing
    ["Zephyrion was discussed by Paragon. The FBI had used Zephyrion.", ["fbi -client_of-> zephyrion"]],
    // the possessor is an agency, not a company: it owns the system, it does not make it
    ["The FBI's Zephyrion system is old. The Israeli military uses Zephyrion.", []],
    ["Le système Zephyrion de l'armée israélienne est ancien. Le FBI utilise Zephyrion.", []],
    // a name tied to two makers stands for neither
    ["Paragon's Zephyrion software and Palantir's Zephyrion platform differ. The FBI uses Zephyrion.", []],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("whose product, dont le produit: the company that makes it supplies the client", () => {
  it.each([
    ["Hikvision, whose cameras have helped the Israeli military, declined to comment.", ["hikvision -supplies-> idf"]],
    ["Hikvision Co., whose surveillance cameras equip the Israeli military, declined to comment.", ["hikvision -supplies-> idf"]],
    ["Hikvision, dont les caméras ont aidé l'armée israélienne, se tait.", ["hikvision -supplies-> idf"]],
    ["Hikvision, dont les caméras équipent l'armée israélienne, se tait.", ["hikvision -supplies-> idf"]],
    // negated: nothing
    ["Hikvision, whose cameras have never helped the Israeli military, declined to comment.", []],
    ["Hikvision, dont les caméras n'équipent pas l'armée israélienne, se tait.", []],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("the evidence says the product stands for its maker", () => {
  it("records the product's words and where the maker is named", () => {
    const text = "Zephyrion, Paragon's spyware, is discreet. The FBI had used Zephyrion.";
    const edge = extract(k, text).graph.edges.find((e) => e.type === "client_of")!;
    const via = edge.evidence[0]!.via!.target!;
    expect(via.how).toBe("product");
    expect(via.text).toBe("Zephyrion");
    expect(text.slice(via.antecedentStart, via.antecedentEnd)).toBe("Paragon");
    expect(via.start).toBe(text.lastIndexOf("Zephyrion"));
  });

  it("adds no node for a product", () => {
    const nodes = extract(k, "Le logiciel Zephyrion de Palantir est discret. L'armée israélienne utilise Zephyrion.").graph.nodes.map((n) => n.id);
    expect(nodes.sort()).toEqual(["idf", "palantir"]);
  });
});

describe("in a quotation, our product is the speaking company's", () => {
  it.each([
    // the attribution after the closing quote names the speaker
    ["“The Israeli military, which uses our technology daily, is a client,” Palantir CEO Alex Karp said.", ["idf -client_of-> palantir"]],
    ["« L'armée israélienne utilise nos logiciels », a affirmé Palantir.", ["idf -client_of-> palantir"]],
    // else the company named before the quotation
    ["A spokesperson for Palantir said that “the Israeli military relies on our software.”", ["idf -client_of-> palantir"]],
    ["Un porte-parole de Palantir a déclaré que « l'armée israélienne utilise nos outils depuis 2020 ».", ["idf -client_of-> palantir"]],
    // outside a quotation, or with no company speaking, "our" names no one
    ["The Israeli military uses our technology, Palantir said.", []],
    ["“The Israeli military uses our technology,” the FBI said.", []],
  ])("%s", (text, expected) => {
    expect(relations(text).filter((r) => !r.includes("member_of"))).toEqual(expected);
  });
});

describe("a product an organisation receives or owns is supplied to it when named again", () => {
  it.each([
    // receiving verb, then a passive supply with the definite product
    ["The FBI says it expects to receive the new surveillance kits by August. The kits are going to be supplied by Palantir.", ["palantir -supplies-> fbi"]],
    ["L'armée israélienne va recevoir des caméras. Les caméras seront installées par Hikvision.", ["hikvision -supplies-> idf"]],
    // possessed by the client, then an active supply
    ["The FBI's cameras are old. Palantir will deliver the cameras next year.", ["palantir -supplies-> fbi"]],
    ["Les caméras de l'armée israélienne sont anciennes. Hikvision fournira les caméras en 2026.", ["hikvision -supplies-> idf"]],
    // a company that receives a product is no client of it; an indefinite product refers to nothing
    ["Paragon expects to receive the kits. The kits are going to be supplied by Palantir.", []],
    ["The FBI's cameras are old. Palantir will deliver some cameras next year.", []],
    // two clients for one product: neither
    ["The FBI's cameras and the Israeli military's cameras are old. The cameras were supplied by Hikvision.", []],
    // negated
    ["The FBI's cameras are old. Palantir will not deliver the cameras.", []],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("buying a company's product makes a client, buying the company an owner", () => {
  it.each([
    ["The FBI acquired Hikvision's cameras in 2019.", ["fbi -client_of-> hikvision"]],
    ["The FBI acquired Hikvision cameras in 2019.", ["fbi -client_of-> hikvision"]],
    ["Le FBI a acquis les caméras de Hikvision en 2019.", ["fbi -client_of-> hikvision"]],
    ["Le FBI a acquis auprès de Palantir 8 000 kits.", ["fbi -client_of-> palantir"]],
    ["Hikvision acquired Palantir in 2019.", ["hikvision -ownership-> palantir"]],
    ["Palantir a acquis Hikvision, fabricant de caméras.", ["palantir -ownership-> hikvision"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("a product noun one maker qualifies stands for it when taken back definitely", () => {
  it.each([
    ["Les systèmes de Briefcam sont discrets. La police nationale utilise les systèmes depuis 2015.", ["police-nationale -client_of-> briefcam"]],
    ["Paragon's spyware is discreet. The FBI bought the spyware in 2022.", ["fbi -client_of-> paragon-solutions"]],
    ["Hikvision cameras are cheap. The cameras are used by the Israeli military.", ["idf -client_of-> hikvision"]],
    // two makers for one noun, or a client that held it first: no one
    ["Hikvision cameras and Palantir cameras are cheap. The Israeli military uses the cameras.", []],
    ["The FBI's cameras are old. Hikvision cameras are cheap. The Israeli military uses the cameras.", []],
    // the phrase names its own owner: no stand-in for Hikvision (the owner is read as the frame reads it)
    ["Les caméras de Hikvision sont bon marché. L'armée israélienne utilise les caméras de la police nationale.", ["idf -client_of-> police-nationale"]],
  ])("%s", (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe("a delivery to named recipients is supplied by the one company the sentence names", () => {
  const supplies = (text: string) => relations(text).filter((r) => r.includes("-supplies->"));
  it.each([
    [
      "Des marchés ont été conclus avec Palantir : livraison de 500 kiosques à destination de la gendarmerie, pour 5 millions d'euros.",
      ["palantir -supplies-> gendarmerie-nationale"],
    ],
    ["Palantir a signé pour la fourniture de 20 drones à l'armée israélienne.", ["palantir -supplies-> idf"]],
    // the first named recipient after an unnamed one
    ["Palantir assure la livraison de drones à destination de la police, gendarmerie et douane.", ["palantir -supplies-> gendarmerie-nationale"]],
    ["Under the deal, Palantir will handle the delivery of 20 drones to the Israeli military.", ["palantir -supplies-> idf"]],
    // two companies: which one delivers is not said
    ["Palantir and Hikvision discussed the delivery of 20 drones to the Israeli military.", []],
    // no company at all
    ["The FBI criticised the delivery of 20 drones to the Israeli military.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});
