// Who is whose client (issue 10, helper "clients"): orders taken from a client, payments, subscriptions, the nouns
// of users and licensees, a sale whose seller is named inside its phrase, client lists opened by "among"/« parmi »,
// a contract whose object is a service or goods, states standing for the bodies before a place word, and what states no client ("whether", "paid tribute", "exports" the noun).
// Sentences written for these tests, in both languages (the bank tests/bank/clients.yaml holds real ones).
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const supplies = (text: string) =>
  extract(k, text)
    .graph.edges.filter((e) => e.type === "supplies" || e.type === "client_of")
    .map((e) => (e.type === "client_of" ? `${e.target} -supplies-> ${e.source}` : `${e.source} -supplies-> ${e.target}`))
    .filter((line, i, all) => all.indexOf(line) === i)
    .sort();

describe("who takes or wins an order supplies the one it comes from", () => {
  it.each([
    ["Thales received purchase orders worth $3 million from Europol.", ["thales -supplies-> europol"]],
    ["Elbit Systems won a new order from the Ukrainian army for radios.", ["elbit-systems -supplies-> ukraine-armed-forces"]],
    ["Thales a décroché une commande de l'armée ukrainienne.", ["thales -supplies-> ukraine-armed-forces"]],
    // the verb still reads the client's side
    ["Europol ordered forensic kits from Cellebrite.", ["cellebrite -supplies-> europol"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("who pays a company a sum is its client", () => {
  it.each([
    ["Europol paid Cellebrite $4 million for unlocking tools.", ["cellebrite -supplies-> europol"]],
    ["Europol paid nearly 4 million euros to Cellebrite last year.", ["cellebrite -supplies-> europol"]],
    ["Interpol a payé Thales 3 millions d'euros.", ["thales -supplies-> interpol"]],
    ["Interpol a versé 3 millions d'euros à Thales pour ses radios.", ["thales -supplies-> interpol"]],
    // a tribute or a visit is no payment
    ["Europol paid tribute to Cellebrite's engineers.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a subscription and the nouns of users, licensees and subscribers name a client", () => {
  it.each([
    ["Europol has a subscription to Palantir.", ["palantir -supplies-> europol"]],
    ["Interpol subscribes to Palantir for its analytics.", ["palantir -supplies-> interpol"]],
    ["Europol is a licensee of Cellebrite.", ["cellebrite -supplies-> europol"]],
    ["Interpol, a longtime user of Palantir, declined to comment.", ["palantir -supplies-> interpol"]],
    ["Europol est un utilisateur de Cellebrite depuis 2019.", ["cellebrite -supplies-> europol"]],
    ["Interpol, abonnée de Palantir, n'a pas répondu.", ["palantir -supplies-> interpol"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a sale whose seller is named inside its phrase supplies its recipient", () => {
  it.each([
    ["Campaigners want a halt to the sale of Cellebrite's unlocking tools to Mexico.", ["cellebrite -supplies-> mexico"]],
    ["The sale by Elbit Systems of drones to Morocco was approved in March.", ["elbit-systems -supplies-> morocco"]],
    ["L'enquête porte sur la vente des logiciels de NSO Group au Mexique.", ["nso-group -supplies-> mexico"]],
    ["La vente de drones par Thales au Maroc a été autorisée.", ["thales -supplies-> morocco"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a client list opened by among / parmi names the clients after its link", () => {
  it.each([
    ["Among Palantir's customers are Europol and Interpol.", ["palantir -supplies-> europol", "palantir -supplies-> interpol"]],
    ["Among the users of Cellebrite were the FBI and Europol.", ["cellebrite -supplies-> europol", "cellebrite -supplies-> fbi"]],
    ["Parmi les clients de Thales figurent Europol et Interpol.", ["thales -supplies-> europol", "thales -supplies-> interpol"]],
    ["Parmi les utilisateurs de Palantir, on trouve Europol.", ["palantir -supplies-> europol"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a contract whose object is a service supplies the public party", () => {
  it.each([
    ["Europol awarded Palantir a contract to support its analysts.", ["palantir -supplies-> europol"]],
    ["Europol signed a contract with Thales to modernise its radio network.", ["thales -supplies-> europol"]],
    ["Europol a signé un contrat avec Thales pour moderniser son réseau radio.", ["thales -supplies-> europol"]],
    // goods named after for / pour
    ["A contract between Europol and Cellebrite for forensic tools was signed in May.", ["cellebrite -supplies-> europol"]],
    ["Europol a signé un contrat avec Cellebrite pour des logiciels d'extraction.", ["cellebrite -supplies-> europol"]],
    // a sum after "for" is no service
    ["Palantir won a contract for $10 million with Europol.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("counting as a customer, relying on, « avoir pour client », « abonnement à »", () => {
  it.each([
    ["Palantir, which counts Europol as a customer, declined to comment.", ["palantir -supplies-> europol"]],
    ["Interpol relies heavily on Cellebrite.", ["cellebrite -supplies-> interpol"]],
    ["Thales a pour clients Europol et Interpol.", ["thales -supplies-> europol", "thales -supplies-> interpol"]],
    ["Interpol a renouvelé son abonnement à Palantir.", ["palantir -supplies-> interpol"]],
    ["Europol a souscrit un abonnement auprès de Cellebrite.", ["cellebrite -supplies-> europol"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("an apposition naming the provider as owner is no list member", () => {
  it.each([
    ["Europol, Palantir's largest client, declined to comment.", ["palantir -supplies-> europol"]],
    ["Interpol, Cellebrite's oldest customer, renewed its licences.", ["cellebrite -supplies-> interpol"]],
    // French has no possessive name: the complement reads the same tie
    ["Europol, principal client de Palantir, n'a pas répondu.", ["palantir -supplies-> europol"]],
    // a list before a possessed name is still a list
    [
      "Palantir supplies Europol, Interpol and the FBI's analysts.",
      ["palantir -supplies-> europol", "palantir -supplies-> fbi", "palantir -supplies-> interpol"],
    ],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("a product in use or in service names its user after the phrase", () => {
  it.each([
    ["Cellebrite technology has been in use in Belarus since 2016.", ["cellebrite -supplies-> belarus"]],
    ["Elbit Systems drones are in service with the Ukrainian army.", ["elbit-systems -supplies-> ukraine-armed-forces"]],
    ["Les outils de Cellebrite sont en usage chez Europol depuis 2016.", ["cellebrite -supplies-> europol"]],
    ["Les drones d'Elbit Systems sont en service dans l'armée ukrainienne.", ["elbit-systems -supplies-> ukraine-armed-forces"]],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("unnamed public bodies before a place word: the states stand for them", () => {
  it.each([
    [
      "Cellebrite has sold its tools to agencies in Egypt, Morocco and Sudan.",
      ["cellebrite -supplies-> egypt", "cellebrite -supplies-> morocco", "cellebrite -supplies-> sudan"],
    ],
    ["Cellebrite a vendu ses outils à des agences en Égypte.", ["cellebrite -supplies-> egypt"]],
    // a place is still no client
    ["Cellebrite opened offices in Egypt and Morocco.", []],
    ["Cellebrite a ouvert des bureaux en Égypte.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});

describe("what asks, or names an export office, states no client", () => {
  it.each([
    ["Asked whether Europol uses Cellebrite's tools, the spokesman declined to comment.", []],
    ["The agency that monitors exports to foreign buyers asked Cellebrite for documents.", []],
  ])("%s", (text, expected) => {
    expect(supplies(text)).toEqual(expected);
  });
});
