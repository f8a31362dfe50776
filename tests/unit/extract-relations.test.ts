// Stage 7 and 8: relations read from small synthetic articles, through the public entry point.
// Each row is one article and every edge the graph should hold for it, written
// "source -type-> target status modality".
import { parseMoney } from "../../src/extract/relations/money";
import type { ExtractResult } from "../../src/extract/index";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const described = (r: ExtractResult) =>
  r.graph.edges
    .filter((e) => e.type !== "contract")
    .map((e) => `${e.source} -${e.type}-> ${e.target} ${e.status} ${[...new Set(e.evidence.map((v) => v.modality))].join("+")}`)
    .sort();
const relations = (text: string) => described(extract(k, text));
/** One article per row, and every non-contract edge its graph should hold. */
const relationTable = (title: string, rows: [string, string[]][]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => {
      expect(relations(text)).toEqual(expected);
    });
  });

relationTable("triggers and direction", [
  ["Amazon fournit des services cloud à Hikvision depuis plusieurs années.", ["amazon -supplies-> hikvision active asserted"]],
  ["Les logiciels de Palantir sont utilisés par l'armée israélienne depuis la guerre.", ["idf -client_of-> palantir active asserted"]],
  ["Dahua was blacklisted by the United States in 2019.", ["us -sanction-> dahua active asserted"]],
  ["The Israeli military uses Palantir software for targeting.", ["idf -client_of-> palantir active asserted"]],
  ["Palantir supplies software to the Israeli military.", ["palantir -supplies-> idf active asserted"]],
  ["Le groupe japonais Fujitsu collabore avec Palantir depuis des années.", ["fujitsu -partnership-> palantir active asserted"]],
  ["Fujitsu partnered with Palantir in 2019.", ["fujitsu -partnership-> palantir active asserted"]],
  ["Fujitsu partnered with Palantir to sell software in Japan.", ["fujitsu -partnership-> palantir active asserted"]],
  ["Hikvision est une filiale de CETC, selon les documents publiés.", ["cetc -ownership-> hikvision active alleged"]],
  ["Palantir acquired Wibble Technologies last year.", ["palantir -ownership-> wibble-technologies active asserted"]],
  ["Amnesty International a dénoncé le rôle de Palantir dans la guerre.", ["amnesty-international -criticism-> palantir active asserted"]],
  ["Norway's wealth fund divested from Caterpillar over the war.", ["norway -divestment-> caterpillar ended asserted"]],
  // "includes" alone, not only "includes together" (a pattern of alternatives is one word).
  ["The coalition includes Amnesty International.", []],
  ["Norway excluded Caterpillar in 2024.", ["norway -divestment-> caterpillar ended asserted"]],
  // "equipment" is a noun, not "equip".
  ["Caterpillar equipment was seen in Gaza by Amnesty International.", []],
  ["Palantir faces mounting criticism from Amnesty International.", ["amnesty-international -criticism-> palantir active asserted"]],
  ["Palantir fait face à de vives critiques d'Amnesty International.", ["amnesty-international -criticism-> palantir active asserted"]],
  // "ICE supplier Palantir": the noun's name supplies the one before it.
  ["ICE is turning to longtime ICE supplier Palantir for the job.", ["palantir -supplies-> ice active asserted"]],
  ["Pentagon contractor Anduril builds towers.", ["anduril -supplies-> us-dod active asserted"]],
  // A name set apart ("apart from X") is no argument.
  ["Apart from ICE, Palantir has worked with the US Army.", ["palantir -partnership-> us-army active asserted"]],
  ["Outre l'armée israélienne, Palantir fournit la police israélienne.", ["palantir -supplies-> israel-police active asserted"]],
  // Founders belong to what they founded.
  ["Palantir, founded by Peter Thiel, grew fast.", ["peter-thiel -member_of-> palantir active asserted"]],
  ["Palantir, fondée par Peter Thiel, a grandi.", ["peter-thiel -member_of-> palantir active asserted"]],
  // Lists with the name inside the phrase ("a ajouté X sur sa liste noire").
  ["Les États-Unis ont ajouté Hikvision sur leur liste noire.", ["us -sanction-> hikvision active asserted"]],
  ["PGGM a placé Bank Hapoalim sur sa liste d'exclusion.", ["pggm -divestment-> bank-hapoalim ended asserted"]],
  ["PGGM s'est désengagé de Bank Leumi en 2014.", ["pggm -divestment-> bank-leumi ended asserted"]],
  // An investor's blacklist is a divestment.
  ["PGGM a ajouté Bank Leumi sur sa liste noire.", ["pggm -divestment-> bank-leumi ended asserted"]],
  ["Storebrand blacklisted Palantir in 2024.", ["storebrand -divestment-> palantir ended asserted"]],
  // Lawsuits are criticism; buying a licence from is being a client; made by is supplied by.
  ["Amnesty International sued Palantir last year.", ["amnesty-international -criticism-> palantir active asserted"]],
  ["La Quadrature du Net a porté plainte contre Briefcam.", ["la-quadrature-du-net -criticism-> briefcam active asserted"]],
  ["The capabilities CBP acquired from LexisNexis are broad.", ["cbp -client_of-> lexisnexis-risk active asserted"]],
  ["Les drones de l'armée israélienne sont fabriqués par Elbit Systems.", ["elbit-systems -supplies-> idf active asserted"]],
  // "a ajouté" adds to a list; only ", ajoute X" reports a speaker.
  ["« C'est grave », ajoute Amnesty International.", []],
  // Companies sue too; passive criticism; an outlet told something is no target.
  ["WhatsApp sued NSO Group in 2019.", ["whatsapp -criticism-> nso-group active asserted"]],
  ["Apple a déposé une plainte en justice contre NSO Group.", ["apple -criticism-> nso-group active asserted"]],
  ["NSO Group was sued by WhatsApp.", ["whatsapp -criticism-> nso-group active asserted"]],
  ["Palantir a été critiquée par Amnesty International.", ["amnesty-international -criticism-> palantir active asserted"]],
  ["NSO Group pushed back against the decision, telling The Hill it was dismayed.", []],
  ["The Chinese government owned Hikvision through CETC.", ["china -ownership-> hikvision active asserted"]],
  // An order to provide is no delivery yet.
  ["A judge ordered NSO Group to provide WhatsApp with its source code.", ["nso-group -supplies-> whatsapp planned asserted"]],
  // Buying a company's product is being its client, not its owner.
  ["The US military bought Muslim Pro's data through brokers.", ["us-armed-forces -client_of-> muslim-pro active asserted"]],
  ["Palantir bought Wibble Technologies in 2020.", ["palantir -ownership-> wibble-technologies active asserted"]],
  // A reporter is no argument; a state after "within" is a place.
  ["Next INpact expliquait que la police israélienne utilisait Briefcam.", ["israel-police -client_of-> briefcam active asserted"]],
  ["The US sanctioned Hikvision over abuses within China.", ["us -sanction-> hikvision active asserted"]],
  // A price between the verb and its agent; a pension fund is no funding.
  ["Gemalto a été racheté pour 4,8 milliards d'euros par Thales.", ["thales -ownership-> gemalto active asserted"]],
  ["Gemalto was acquired for $5bn by Thales.", ["thales -ownership-> gemalto active asserted"]],
  // Fines are sanctions; leadership is membership; being equipped with is being a client.
  ["La Cnil a infligé une amende de 20 millions d'euros à Clearview AI.", ["cnil -sanction-> clearview-ai active asserted"]],
  ["The CNIL fined Clearview AI 20 million euros.", ["cnil -sanction-> clearview-ai active asserted"]],
  ["Palantir, dirigée par Alex Karp, a signé.", ["alex-karp -member_of-> palantir active asserted"]],
  ["Palantir, led by Alex Karp, grew fast.", ["alex-karp -member_of-> palantir active asserted"]],
  ["La police israélienne a été dotée du logiciel de Palantir.", ["israel-police -client_of-> palantir active asserted"]],
  // Testing: the client; exporting to, supplier of: the supplier.
  ["CBP taps Anduril for its border towers.", ["cbp -client_of-> anduril active asserted"]],
  ["La police israélienne a testé le logiciel de Palantir.", ["israel-police -client_of-> palantir active asserted"]],
  ["Palantir, fournisseur de l'armée israélienne, a signé.", ["palantir -supplies-> idf active asserted"]],
  ["Hikvision exporte ses caméras vers l'armée israélienne.", ["hikvision -supplies-> idf active asserted"]],
  // Appositions and relative clauses are said of the name before their comma.
  ["Elbit Systems, a major supplier to the Israeli military, grew fast.", ["elbit-systems -supplies-> idf active asserted"]],
  ["Le rapport cite Hikvision, qui fournit des caméras à la police israélienne.", ["hikvision -supplies-> israel-police active asserted"]],
  ["L'équipe de Palantir a rencontré l'armée israélienne.", []],
  ["Amnesty International called for a boycott of Hikvision.", ["amnesty-international -criticism-> hikvision active asserted"]],
]);

relationTable("coordinated lists", [
  // A possessed name continues the list: "… and Singapore's X".
  ["The United States sanctioned Candiru and Israel's NSO Group.", ["us -sanction-> candiru active asserted", "us -sanction-> nso-group active asserted"]],
  [
    "Amazon et Google fournissent des services cloud à Dahua et Hikvision.",
    [
      "amazon -supplies-> dahua active asserted",
      "amazon -supplies-> hikvision active asserted",
      "google -supplies-> dahua active asserted",
      "google -supplies-> hikvision active asserted",
    ],
  ],
  [
    "Amazon, Google and Microsoft supply cloud services to the Israeli military.",
    ["amazon -supplies-> idf active asserted", "google -supplies-> idf active asserted", "microsoft -supplies-> idf active asserted"],
  ],
]);

relationTable("modality and status", [
  [
    "Amazon et Google fourniraient des services cloud à l'armée israélienne.",
    ["amazon -supplies-> idf active alleged", "google -supplies-> idf active alleged"],
  ],
  ["Microsoft fournit des services à l'armée israélienne, selon le Financial Times.", ["microsoft -supplies-> idf active alleged"]],
  ["Microsoft allegedly supplied cloud services to the Israeli military.", ["microsoft -supplies-> idf active alleged"]],
  ["Microsoft reportedly supplied cloud services to the Israeli military.", ["microsoft -supplies-> idf active alleged"]],
  ["Microsoft supplied cloud services to the Israeli military, according to the Financial Times.", ["microsoft -supplies-> idf active alleged"]],
  ["Selon le Financial Times, Microsoft fournit des services à l'armée israélienne.", ["microsoft -supplies-> idf active alleged"]],
  ["According to the Financial Times, Microsoft supplied cloud services to the Israeli military.", ["microsoft -supplies-> idf active alleged"]],
  ["Microsoft suspended services to the Israeli Ministry of Defense last week.", ["microsoft -suspension-> israel-mod ended asserted"]],
  ["Microsoft a suspendu ses services à l'armée israélienne la semaine dernière.", ["microsoft -suspension-> idf ended asserted"]],
  ["Microsoft ne fournit plus de services à l'armée israélienne depuis septembre.", ["microsoft -supplies-> idf ended asserted"]],
  ["Microsoft no longer supplies services to the Israeli military.", ["microsoft -supplies-> idf ended asserted"]],
  ["Microsoft devrait fournir des services à l'armée israélienne dans les prochains mois.", ["microsoft -supplies-> idf planned asserted"]],
  ["Microsoft will supply cloud services to the Israeli military next year.", ["microsoft -supplies-> idf planned asserted"]],
  ["Microsoft plans to supply cloud services to the Israeli military.", ["microsoft -supplies-> idf planned asserted"]],
  ["The Israeli military will use Palantir software next year.", ["idf -client_of-> palantir planned asserted"]],
  ["Norway's wealth fund withdrew from Caterpillar over the war in Gaza.", ["norway -divestment-> caterpillar ended asserted"]],
  ["Le fonds souverain norvégien s'est retiré de Caterpillar en raison de la guerre.", ["nbim -divestment-> caterpillar ended asserted"]],
  ["Microsoft a cessé de fournir des services à l'armée israélienne la semaine dernière.", ["microsoft -supplies-> idf ended asserted"]],
]);

describe("negation never asserts a relation", () => {
  it.each([
    "Microsoft n'a pas collaboré avec l'armée israélienne, a dit l'entreprise.",
    "Microsoft n’a jamais fourni de services à l'armée israélienne.",
    "Microsoft did not supply services to the Israeli military.",
    "Microsoft never supplied services to the Israeli military.",
    "Microsoft denied supplying services to the Israeli military.",
    "Microsoft didn't supply services to the Israeli military.",
    "Microsoft doesn't supply services to the Israeli military.",
  ])("%s", (text) => {
    expect(relations(text)).toEqual([]);
  });
});

relationTable("a subject pronoun continues the previous sentence's subject", [
  [
    "Palantir fournit des logiciels à l'armée israélienne. Il collabore aussi avec Fujitsu.",
    ["fujitsu -partnership-> palantir active asserted", "palantir -supplies-> idf active asserted"],
  ],
  [
    "Palantir supplies software to the Israeli military. It also works with Fujitsu.",
    ["fujitsu -partnership-> palantir active asserted", "palantir -supplies-> idf active asserted"],
  ],
  // Without a stated subject before, the pronoun stays unresolved.
  ["Il collabore avec Fujitsu.", []],
]);

relationTable("a sanction without a named issuer takes the article's last one", [
  [
    "Les États-Unis ont sanctionné NSO Group mardi. Le rapport détaille le contexte de l'affaire. Candiru a aussi été visé par ces sanctions.",
    ["us -sanction-> candiru active asserted", "us -sanction-> nso-group active asserted"],
  ],
  ["Candiru a été visé par des sanctions.", []],
]);

relationTable("an anaphor with a nationality takes an entity of that country", [
  [
    "Le rapport cite Elbit Systems et Palantir. L'entreprise israélienne fournit des drones à l'armée israélienne.",
    ["elbit-systems -supplies-> idf active asserted"],
  ],
  ["Le rapport cite Elbit Systems et Palantir. L'entreprise fournit des logiciels à l'armée israélienne.", ["palantir -supplies-> idf active asserted"]],
]);

relationTable("a product stands for its maker", [
  [
    "Briefcam vend un logiciel d'analyse vidéo. La police israélienne utilise le logiciel depuis 2015.",
    ["israel-police -client_of-> briefcam active asserted"],
  ],
  ["Clearview AI built a face search tool. ICE has used the tool since 2020.", ["ice -client_of-> clearview-ai active asserted"]],
]);

relationTable("asides between dashes", [
  // An aside with its own relation is skipped by the main clause; a list in dashes is an argument.
  [
    "Anduril Industries—a defense firm backed by Peter Thiel—supplies drones to the Israeli military.",
    ["anduril -supplies-> idf active asserted", "peter-thiel -investment-> anduril active asserted"],
  ],
  [
    "Three firms—Amazon, Google and Microsoft—supply cloud services to the Israeli military.",
    ["amazon -supplies-> idf active asserted", "google -supplies-> idf active asserted", "microsoft -supplies-> idf active asserted"],
  ],
]);

relationTable("places are no arguments", [
  ["Les données ont été transférées hors des Pays-Bas vers AWS.", []],
  ["Palantir vend ses logiciels en dehors des États-Unis.", []],
]);

relationTable("a recipient carries over only between relations that hand something over", [
  ["Les États-Unis ont sanctionné Candiru. L'entreprise vend des logiciels espions.", ["us -sanction-> candiru active asserted"]],
  ["Amazon fournit des services cloud à l'armée israélienne. L'entreprise vend aussi des logiciels.", ["amazon -supplies-> idf active asserted"]],
]);

describe("attribution names no party", () => {
  it.each([
    "Microsoft fournit des services à l'armée israélienne, selon le Financial Times.",
    "Microsoft supplied cloud services to the Israeli military, according to the Financial Times.",
    "Palantir supplies software to the Israeli military, The Guardian reported.",
    "Selon le Financial Times, Microsoft fournit des services à l'armée israélienne.",
    "According to the Financial Times, Microsoft supplied cloud services to the Israeli military.",
  ])("%s", (text) => {
    const r = extract(k, text);
    const ids = r.graph.edges.flatMap((e) => [e.source, e.target]);
    expect(ids).not.toContain("financial-times");
    expect(ids).not.toContain("the-guardian");
    expect(r.graph.edges.length).toBe(1);
  });
});

relationTable("roles", [
  ["Simon Migliano, responsable de la recherche à Top10VPN, a publié un rapport.", ["simon-migliano -member_of-> top10vpn active asserted"]],
  ["Le président de Microsoft, Brad Smith, a déclaré que l'entreprise agirait.", ["brad-smith -member_of-> microsoft active asserted"]],
  ["Palantir CEO Alex Karp defended the company on Monday.", ["alex-karp -member_of-> palantir active asserted"]],
  ["Brad Smith, vice-président de Microsoft, a parlé aux journalistes.", ["brad-smith -member_of-> microsoft active asserted"]],
  ["Brad Smith, porte-parole de Microsoft, a parlé aux journalistes.", ["brad-smith -member_of-> microsoft active asserted"]],
  // A possessive before the role stands for the organisation named just before.
  ["Microsoft a publié ses résultats. Son président est Brad Smith.", ["brad-smith -member_of-> microsoft active asserted"]],
  ["Palantir reported record revenue. Its chief executive, Alex Karp, was upbeat.", ["alex-karp -member_of-> palantir active asserted"]],
  ["Son président est Brad Smith.", []],
  // A former role is an ended membership.
  ["L'ancien président de Microsoft, Brad Smith, a parlé.", ["brad-smith -member_of-> microsoft ended asserted"]],
  ["Former Palantir CEO Alex Karp spoke.", ["alex-karp -member_of-> palantir ended asserted"]],
  ["L'ex-président de Microsoft, Brad Smith, a parlé.", ["brad-smith -member_of-> microsoft ended asserted"]],
]);

describe("contracts", () => {
  const contractOf = (text: string) => {
    const r = extract(k, text);
    const nodes = r.graph.nodes.filter((n) => n.type === "contract");
    return {
      nodes: nodes.map((n) => ({ id: n.id, attributes: n.attributes })),
      edges: r.graph.edges.filter((e) => e.type === "contract").map((e) => `${e.source} -> ${e.target}`),
    };
  };

  it.each<[string, { id: string; attributes: object }[], string[]]>([
    [
      "Le ministère des Armées a signé un contrat de 1,2 milliard d'euros avec Palantir.",
      [{ id: "contract-france-armed-forces-ministry-palantir", attributes: { value: { min: 1.2e9, max: 1.2e9, currency: "EUR" } } }],
      ["france-armed-forces-ministry -> contract-france-armed-forces-ministry-palantir", "palantir -> contract-france-armed-forces-ministry-palantir"],
    ],
    [
      "Palantir a signé un contrat avec le ministère des Armées pour un montant compris entre 500 millions et un milliard de livres.",
      [{ id: "contract-france-armed-forces-ministry-palantir", attributes: { value: { min: 5e8, max: 1e9, currency: "GBP" } } }],
      ["france-armed-forces-ministry -> contract-france-armed-forces-ministry-palantir", "palantir -> contract-france-armed-forces-ministry-palantir"],
    ],
    [
      "Amazon and Google signed a $10bn contract with the Israeli government in 2021.",
      [{ id: "contract-amazon-google-israel", attributes: { value: { min: 1e10, max: 1e10, currency: "USD" }, date: "2021" } }],
      ["amazon -> contract-amazon-google-israel", "google -> contract-amazon-google-israel", "israel -> contract-amazon-google-israel"],
    ],
    [
      "Google and Amazon won a contract with the Israeli government worth $1.2bn in 2021.",
      [{ id: "contract-amazon-google-israel", attributes: { value: { min: 1.2e9, max: 1.2e9, currency: "USD" }, date: "2021" } }],
      ["amazon -> contract-amazon-google-israel", "google -> contract-amazon-google-israel", "israel -> contract-amazon-google-israel"],
    ],
    [
      "Amazon and Google signed a $1.2 billion contract with the Israeli government.",
      [{ id: "contract-amazon-google-israel", attributes: { value: { min: 1.2e9, max: 1.2e9, currency: "USD" } } }],
      ["amazon -> contract-amazon-google-israel", "google -> contract-amazon-google-israel", "israel -> contract-amazon-google-israel"],
    ],
    [
      "Le ministère des Armées a signé un contrat de 1.5 milliard d'euros avec Palantir.",
      [{ id: "contract-france-armed-forces-ministry-palantir", attributes: { value: { min: 1.5e9, max: 1.5e9, currency: "EUR" } } }],
      ["france-armed-forces-ministry -> contract-france-armed-forces-ministry-palantir", "palantir -> contract-france-armed-forces-ministry-palantir"],
    ],
    // One party the verb ties to the contract is enough for a contract node of its own.
    ["Palantir a signé un contrat important cette année.", [{ id: "contract-palantir", attributes: {} }], ["palantir -> contract-palantir"]],
    // A description between the party word and the name: "to aerospace giant Airbus".
    [
      "The Israeli military awarded a contract to European aerospace giant Airbus in 2024.",
      [{ id: "contract-airbus-idf", attributes: { date: "2024" } }],
      ["airbus -> contract-airbus-idf", "idf -> contract-airbus-idf"],
    ],
    // "attribué à": the trigger's own last word introduces the party, past a description.
    [
      "Frontex a attribué au fabricant d'armes israélien, Elbit Systems, un contrat de 50 millions d'euros.",
      [{ id: "contract-elbit-systems-frontex", attributes: { value: { min: 5e7, max: 5e7, currency: "EUR" } } }],
      ["elbit-systems -> contract-elbit-systems-frontex", "frontex -> contract-elbit-systems-frontex"],
    ],
    // The main clause's subject, past an aside with its own relation.
    [
      "Anduril Industries—a defense firm backed by Peter Thiel—has landed a contract with the Department of Homeland Security.",
      [{ id: "contract-anduril-dhs", attributes: {} }],
      ["anduril -> contract-anduril-dhs", "dhs -> contract-anduril-dhs"],
    ],
    // A name before another trigger is no party: the critic is not in the contract.
    [
      "Amnesty International accused Google over its cloud contract with the Israeli government.",
      [{ id: "contract-israel", attributes: {} }],
      ["israel -> contract-israel"],
    ],
  ])("%s", (text, nodes, edges) => {
    expect(contractOf(text)).toEqual({ nodes, edges });
  });
});

describe("parseMoney", () => {
  it.each<[string, { min: number; max: number; currency: string } | undefined]>([
    ["entre 500 millions et un milliard de livres", { min: 5e8, max: 1e9, currency: "GBP" }],
    ["a $10bn deal", { min: 1e10, max: 1e10, currency: "USD" }],
    ["worth £1.2 billion", { min: 1.2e9, max: 1.2e9, currency: "GBP" }],
    ["un contrat de 1,2 milliard d’euros", { min: 1.2e9, max: 1.2e9, currency: "EUR" }],
    ["up to €50 million", { min: 0, max: 5e7, currency: "EUR" }],
    ["jusqu’à 50 millions d’euros", { min: 0, max: 5e7, currency: "EUR" }],
    ["1 000 000 €", { min: 1e6, max: 1e6, currency: "EUR" }],
    ["de 1 à 2 milliards de dollars", { min: 1e9, max: 2e9, currency: "USD" }],
    ["between $2m and $3m", { min: 2e6, max: 3e6, currency: "USD" }],
    ["1.000.000 euros", { min: 1e6, max: 1e6, currency: "EUR" }],
    ["$1,500,000", { min: 1.5e6, max: 1.5e6, currency: "USD" }],
    ["150 millions de shekels", { min: 1.5e8, max: 1.5e8, currency: "ILS" }],
    ["500 millions", undefined],
    ["in 2021 the contract was signed", undefined],
    ["", undefined],
  ])("%j → %j", (text, expected) => {
    expect(parseMoney(text, k.money)).toEqual(expected);
  });
});
