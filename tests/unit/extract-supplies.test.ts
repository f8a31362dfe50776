// Who supplies whom (issue 10, helper "supplies"): the recipient or provider a slot word opens, a state
// included; long objects before that slot; the verbs of receiving, ordering, giving and hosting; customer
// lists (the nominal frame of "clients" with its possessor). Sentences written for these tests, in both languages (the bank tests/bank/supplies.yaml holds real ones).
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const supplies = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type === "supplies" || e.type === "client_of")
    .map((e) => (e.type === "client_of" ? `${e.target} -supplies-> ${e.source}` : `${e.source} -supplies-> ${e.target}`))
    .filter((line, i, all) => all.indexOf(line) === i)
    .sort();

describe("a state right after a trigger's slot word is the recipient or the provider, not a place", () => {
  it.each([
    ["Thales a livré des radars à l'Ukraine.", ["thales -supplies-> ukraine"]],
    ["Thales fournit à l'Ukraine des radars.", ["thales -supplies-> ukraine"]],
    ["Elbit Systems sold drones to Azerbaijan last year.", ["elbit-systems -supplies-> azerbaijan"]],
    ["The Ukrainian army purchased radars from Thales.", ["thales -supplies-> ukraine-armed-forces"]],
    ["Azerbaijan bought drones from Israel.", ["israel -supplies-> azerbaijan"]],
    // a place phrase is still no argument
    ["Palantir opened an office in Ukraine.", []],
    ["Thales a ouvert une usine en Ukraine.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a long object may stand between the verb and its recipient or provider", () => {
  it.each([
    ["La France fournira douze canons automoteurs de type « Caesar » à l'Ukraine.", ["france -supplies-> ukraine"]],
    ["Thales a vendu plusieurs centaines de radars de surveillance côtière à l'armée israélienne.", ["thales -supplies-> idf"]],
    ["Azerbaijan has purchased several dozen Harop loitering munitions from Israel.", ["israel -supplies-> azerbaijan"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("receiving, ordering, giving and hosting state a supply", () => {
  it.each([
    ["The Ukrainian army has taken delivery of forty armoured vehicles from Thales.", ["thales -supplies-> ukraine-armed-forces"]],
    ["The Ukrainian army received a shipment of radars from Thales.", ["thales -supplies-> ukraine-armed-forces"]],
    ["Azerbaijan ordered new drones from Elbit Systems.", ["elbit-systems -supplies-> azerbaijan"]],
    ["The United States donated to the Ukrainian army three radar systems.", ["us -supplies-> ukraine-armed-forces"]],
    ["Its data is hosted by Microsoft, the ministry said of the Israeli military.", []],
    ["The Israeli military's archive, hosted by Microsoft, grew fast.", ["microsoft -supplies-> idf"]],
    ["L'armée ukrainienne a reçu des radars en provenance de Thales.", ["thales -supplies-> ukraine-armed-forces"]],
    ["L'armée israélienne a réceptionné des drones offerts par Elbit Systems.", ["elbit-systems -supplies-> idf"]],
    ["Les données de l'armée israélienne, hébergées par Microsoft, sont chiffrées.", ["microsoft -supplies-> idf"]],
    // an offer of a contract is no supply; data kept in a country names no host; a hosted meeting supplies nothing
    ["Le Sénégal offre un marché d'armement à la France.", []],
    ["Palantir a précisé que les données sont hébergées en France.", []],
    ["Microsoft hosted a delegation of the Israeli military.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a customer list names who is supplied", () => {
  it.each([
    ["Thales counts the Israeli military among its customers.", ["thales -supplies-> idf"]],
    [
      "Palantir lists the Ukrainian army and the Israeli military among its clients.",
      ["palantir -supplies-> idf", "palantir -supplies-> ukraine-armed-forces"],
    ],
    ["Thales compte l'armée israélienne parmi ses clients.", ["thales -supplies-> idf"]],
    ["Palantir compte parmi ses clients l'armée ukrainienne.", ["palantir -supplies-> ukraine-armed-forces"]],
    ["Elbit Systems makes drones. It also counts the Israeli military among its customers.", ["elbit-systems -supplies-> idf"]],
    ["Elbit Systems fabrique des drones. Elle compte l'armée israélienne parmi ses clients.", ["elbit-systems -supplies-> idf"]],
    ["Palantir's customers include the Israeli military.", ["palantir -supplies-> idf"]],
    ["Palantir, whose clients have included the Israeli military, grew.", ["palantir -supplies-> idf"]],
    [
      "Palantir has many clients, including the Israeli military and the Ukrainian army.",
      ["palantir -supplies-> idf", "palantir -supplies-> ukraine-armed-forces"],
    ],
    ["The Israeli military is among Palantir's customers.", ["palantir -supplies-> idf"]],
    ["L'armée israélienne figure parmi les clients de Palantir.", ["palantir -supplies-> idf"]],
    ["Ses clients comprennent Thales.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a delivery or a gift names its giver and its recipients", () => {
  it.each([
    [
      "Après la réception d'un don d'équipements de la part de la Coopération allemande (GiZ) destinés à la police nationale, le ministre a parlé.",
      ["cooperation-allemande -supplies-> police-nationale"],
    ],
    ["La livraison de radars à l'armée israélienne par Thales a commencé.", ["thales -supplies-> idf"]],
    ["The delivery of drones from Elbit Systems to the Ukrainian army was delayed.", ["elbit-systems -supplies-> ukraine-armed-forces"]],
    // a country after "from" says where the goods come from, not who gives them
    ["The broker was involved in sales of chips from the United States to Iran.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("buying from a seller, relying on a supplier, working for a state body", () => {
  it.each([
    ["The Israeli military announced the acquisition of drones from Elbit Systems.", ["elbit-systems -supplies-> idf"]],
    ["L'armée israélienne a fait l'acquisition de drones auprès d'Elbit Systems.", ["elbit-systems -supplies-> idf"]],
    ["L'armée israélienne se fournit auprès d'Elbit Systems.", ["elbit-systems -supplies-> idf"]],
    ["L'armée israélienne s'appuie sur Palantir pour ses cibles.", ["palantir -supplies-> idf"]],
    ["Palantir travaille pour l'armée israélienne.", ["palantir -supplies-> idf"]],
    ["Elbit Systems works for the Israeli military.", ["elbit-systems -supplies-> idf"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
  it.each([
    // a taken-over company is owned, a person who works for a company is its member
    ["Thales announced the acquisition of Elbit Systems.", "thales -ownership-> elbit-systems"],
    ["Alex Karp works for Palantir.", "alex-karp -member_of-> palantir"],
  ])("%s", (text, edge) => {
    expect(extract(k, text).graph.edges.map((e) => `${e.source} -${e.type}-> ${e.target}`)).toContain(edge);
  });
});

describe("a contract whose object is a supply: its company party supplies its public party", () => {
  it.each([
    ["Elbit Systems won a contract with the Israeli military to supply drones.", ["elbit-systems -supplies-> idf"]],
    ["The Israeli military awarded Elbit Systems a $20 million contract for the delivery of 200 drones.", ["elbit-systems -supplies-> idf"]],
    ["Elbit Systems a remporté un contrat avec l'armée israélienne pour la livraison de 200 drones.", ["elbit-systems -supplies-> idf"]],
    ["L'armée israélienne a attribué à Elbit Systems un contrat de fourniture de drones.", ["elbit-systems -supplies-> idf"]],
    // a contract with no stated supply, or between two companies, states no supply
    ["The Israeli military signed a contract with Palantir.", []],
    ["Elbit Systems a signé un contrat avec Thales pour la livraison de radars.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a state body that installs or maintains a company's product is its client", () => {
  it.each([
    ["The Israeli military installed Elbit Systems cameras.", ["elbit-systems -supplies-> idf"]],
    ["L'armée israélienne entretient les drones d'Elbit Systems.", ["elbit-systems -supplies-> idf"]],
    ["Elbit Systems installed cameras for the Israeli military.", ["elbit-systems -supplies-> idf"]],
    ["Thales maintains the Israeli military's radar network.", ["thales -supplies-> idf"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("who entrusts or commissions a company is its client", () => {
  it.each([
    ["The Israeli military entrusted Palantir with its data.", ["palantir -supplies-> idf"]],
    ["The Israeli military commissioned Elbit Systems to build a fence.", ["elbit-systems -supplies-> idf"]],
    ["The task of the Israeli military is hard for Palantir.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});
