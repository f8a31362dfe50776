// Voice (issue 10): a verb trigger in the passive takes its agent from the clause's by/par complement,
// wherever it stands; without one, a relation whose agent is an authority takes the source of an
// attribution in the same or the next sentence, then the article's issuer. Each row is one article and
// every edge its graph should hold, written "source -type-> target".
import { edgeLines, extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const edges = (text: string) => edgeLines(extract(k, text)).filter((e) => !e.includes("-contract->"));

describe("passive voice", () => {
  it.each<[string, string[]]>([
    // an agent, adjacent or past other complements
    ["Palantir's tools are used by the CIA.", ["cia -client_of-> palantir"]],
    ["Palantir's tools have been used for years in Iraq by the CIA.", ["cia -client_of-> palantir"]],
    ["Les outils de Palantir sont utilisés par la CIA.", ["cia -client_of-> palantir"]],
    ["Les outils de Palantir sont utilisés depuis des années par la CIA.", ["cia -client_of-> palantir"]],
    ["Palantir was chosen last year by the DGSI.", ["dgsi -client_of-> palantir"]],
    ["Palantir a été choisi l'an dernier par la DGSI.", ["dgsi -client_of-> palantir"]],
    ["Clearview AI was fined on Tuesday by the CNIL.", ["cnil -sanction-> clearview-ai"]],
    ["Clearview AI a été sanctionné mardi par la CNIL.", ["cnil -sanction-> clearview-ai"]],
    // a listing phrase: "added … to the Entity List", "ajouté à la liste noire"
    ["NSO Group was added to the Entity List by the Commerce Department on Wednesday.", ["us-commerce-department -sanction-> nso-group"]],
    ["Huawei a été ajouté à la liste noire par le département du Commerce.", ["us-commerce-department -sanction-> huawei"]],
    // a participle standing alone
    ["Palantir's software, used for years by the CIA, failed.", ["cia -client_of-> palantir"]],
    ["Le logiciel de Palantir, utilisé depuis des années par la CIA, a échoué.", ["cia -client_of-> palantir"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("agentless passive", () => {
  it.each<[string, string[]]>([
    // the source of an attribution in the same sentence
    ["NSO Group was sanctioned on Wednesday, the US Treasury said.", ["us-treasury -sanction-> nso-group"]],
    ["NSO Group a été sanctionné mercredi, a annoncé le Trésor américain.", ["us-treasury -sanction-> nso-group"]],
    ["NSO Group was added to the Entity List on Wednesday, the Commerce Department said.", ["us-commerce-department -sanction-> nso-group"]],
    ["Huawei a été ajouté à la liste noire mercredi, a annoncé le département du Commerce.", ["us-commerce-department -sanction-> huawei"]],
    ["Clearview AI was criticised, the CNIL said.", ["cnil -criticism-> clearview-ai"]],
    ["Clearview AI a été épinglé, selon la CNIL.", ["cnil -criticism-> clearview-ai"]],
    // in the next sentence of the paragraph
    ["NSO Group was sanctioned on Wednesday. The US Treasury said the firm had helped repression.", ["us-treasury -sanction-> nso-group"]],
    ["NSO Group a été sanctionné mercredi. Le Trésor américain a indiqué que la firme avait aidé la répression.", ["us-treasury -sanction-> nso-group"]],
    // no attribution: the article's issuer, named as a subject or as an earlier passive's agent
    ["NSO Group was sanctioned by the US Treasury. Candiru was also sanctioned.", ["us-treasury -sanction-> candiru", "us-treasury -sanction-> nso-group"]],
    [
      "NSO Group a été sanctionné par le Trésor américain. Candiru a aussi été sanctionné.",
      ["us-treasury -sanction-> candiru", "us-treasury -sanction-> nso-group"],
    ],
    ["The US Treasury sanctioned Candiru. NSO Group was also sanctioned.", ["us-treasury -sanction-> candiru", "us-treasury -sanction-> nso-group"]],
    ["Le Trésor américain a sanctionné Candiru. NSO Group a aussi été sanctionné.", ["us-treasury -sanction-> candiru", "us-treasury -sanction-> nso-group"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});

describe("active voice, a by/par that is no agent", () => {
  it.each<[string, string[]]>([
    ["The CIA uses Palantir by default.", ["cia -client_of-> palantir"]],
    ["La CIA utilise Palantir par défaut.", ["cia -client_of-> palantir"]],
    ["La CIA a choisi Palantir par souci d'efficacité.", ["cia -client_of-> palantir"]],
    ["The CNIL fined Clearview AI by a unanimous vote.", ["cnil -sanction-> clearview-ai"]],
    // a pattern that writes its own preposition keeps its direction
    ["Israel is equipped with Elbit Systems drones.", ["israel -client_of-> elbit-systems"]],
  ])("%s", (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });
});
