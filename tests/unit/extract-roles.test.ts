// Roles that tie a person to an institution (issue 10, helper "roles"): titles that name a portfolio or a
// state, modifiers inside a title, a title before the name with the organisation after it, parallel
// possessives, coordinated persons sharing a role. Each row is one article and the member_of edges its
// graph should hold, written "source -member_of-> target status".
import type { ExtractResult } from "../../src/extract/index";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const members = (r: ExtractResult) =>
  r.graph.edges
    .filter((e) => e.type === "member_of")
    .map((e) => `${e.source} -member_of-> ${e.target} ${e.status}`)
    .sort();
const table = (title: string, rows: [string, string[]][]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => {
      expect(members(extract(k, text))).toEqual(expected);
    });
  });

table("a portfolio names its state's ministry", [
  // The registry's ministry of the article's state.
  [
    "The United States blacklisted Quorvex. Commerce Secretary Laura Bennet said the firm was dangerous.",
    ["laura-bennet -member_of-> us-commerce-department active"],
  ],
  [
    "The United States blacklisted Quorvex. Secretary of the Treasury Laura Bennet said the firm was dangerous.",
    ["laura-bennet -member_of-> us-treasury active"],
  ],
  [
    "Les États-Unis ont sanctionné Quorvex, a déclaré le sous-secrétaire au Trésor chargé du renseignement financier, Paul Mercier.",
    ["paul-mercier -member_of-> us-treasury active"],
  ],
  // A ministry the article names, its portfolio opening its name.
  [
    "Selon un communiqué du ministère guinéen du Plan et de la Coopération internationale, le projet avance. Le ministre du Plan Ibrahima Condé l'a confirmé.",
    ["ibrahima-conde -member_of-> ministere-guineen-du-plan-et-de-la-cooperation-internationale active"],
  ],
  // No ministry known: no edge (the state is not the minister's institution).
  ["Le ministre norvégien des Finances Olav Berg a demandé un rapport.", []],
  ["Norway's Finance Minister Olav Berg asked for a report.", []],
  ["Israel’s Defense Minister Yoav Levi spoke on Monday.", ["yoav-levi -member_of-> israel-mod active"]],
  ["Le ministre de la Défense d'Israël, Yoav Levi, a signé le contrat lundi.", ["yoav-levi -member_of-> israel-mod active"]],
  // Coordinated portfolios.
  [
    "Le ministère kényan de l'Agriculture et de l'Élevage a réagi. Le ministre de l'Agriculture et de l'Élevage Daniel Mwangi a signé le contrat lundi.",
    ["daniel-mwangi -member_of-> ministere-kenyan-de-l-agriculture-et-de-l-elevage active"],
  ],
  [
    "The Kenyan Ministry of Economy and Finance reacted. Minister of Economy and Finance Daniel Mwangi signed the contract on Monday.",
    ["daniel-mwangi -member_of-> ministry-of-economy-and-finance active"],
  ],
  ["La Côte d'Ivoire a lancé un appel d'offres. Le ministre de l'Intérieur, Daniel Kouassi, l'a annoncé lundi.", []],
  // A portfolio word alone is no organisation ("Defense" is a company suffix).
  ["Israel bombed the area. Defense Minister Yoav Levi said Israel would continue.", ["yoav-levi -member_of-> israel-mod active"]],
  // No state at all: nothing.
  ["Finance Minister Olav Berg asked for a report.", []],
]);

table("heads of government and of state", [
  ["La Norvège a réagi. Le gouvernement norvégien a demandé un rapport. Le Premier ministre Olav Berg a parlé.", ["olav-berg -member_of-> norway active"]],
  ["Norway reacted. The Norwegian government asked for a report. Prime Minister Olav Berg spoke.", ["olav-berg -member_of-> norway active"]],
  // "President" is a company's title too: only a state the title names.
  ["Kenyan President Daniel Mwangi signed the law.", ["daniel-mwangi -member_of-> kenya active"]],
  ["Le président kényan Daniel Mwangi a signé la loi.", ["daniel-mwangi -member_of-> kenya active"]],
  ["Kenya reacted. President Daniel Mwangi signed the law.", []],
]);

table("titles in apposition", [
  // Modifiers inside a title.
  ["Palantir acting Chief Executive Officer Daniel Mwangi declined to comment.", ["daniel-mwangi -member_of-> palantir active"]],
  ["Le directeur général par intérim de Palantir, Daniel Mwangi, a refusé de commenter.", ["daniel-mwangi -member_of-> palantir active"]],
  // The title before the name, the organisation closing the clause after it.
  ["“We will appeal,” said Chief Constable Laura Bennet, Gwent Police.", ["laura-bennet -member_of-> gwent-police active"]],
  ["« Nous ferons appel », a déclaré la directrice générale Laura Bennet, Palantir.", ["laura-bennet -member_of-> palantir active"]],
  // A role's complement inside the title.
  ["“We exclude the company,” said Palantir head of responsible investments, Laura Bennet.", ["laura-bennet -member_of-> palantir active"]],
  // An organisation that closed a phrase is not the title's.
  ["Palantir a livré du matériel à la police, le ministre de l'Intérieur, Paul Mercier, a remercié l'entreprise.", []],
]);

table("shared and possessive roles", [
  // A plural role is shared by the persons listed before it.
  ["Alex Karp et Peter Thiel, cofondateurs de Palantir, ont parlé.", ["alex-karp -member_of-> palantir active", "peter-thiel -member_of-> palantir active"]],
  ["Alex Karp and Peter Thiel, co-founders of Palantir, spoke.", ["alex-karp -member_of-> palantir active", "peter-thiel -member_of-> palantir active"]],
  // A singular role is the last person's.
  ["Alex Karp et Peter Thiel, cofondateur de Palantir, ont parlé.", ["peter-thiel -member_of-> palantir active"]],
  // Parallel possessives share their owner, whatever organisation is named between them.
  [
    "Palantir a été créée en 2021. Son président est Paul Mercier, actuel directeur chez Thales, et son directeur général est Laura Bennet.",
    ["laura-bennet -member_of-> palantir active", "paul-mercier -member_of-> palantir active", "paul-mercier -member_of-> thales active"],
  ],
  [
    "Palantir was founded in 2021. Its chairman is Paul Mercier, a director at Thales, and its chief executive is Laura Bennet.",
    ["laura-bennet -member_of-> palantir active", "paul-mercier -member_of-> palantir active", "paul-mercier -member_of-> thales active"],
  ],
]);

describe("an anaphor as the organisation", () => {
  it.each([
    ["Palantir a publié ses résultats. Alex Karp, directeur de l'entreprise, s'est félicité.", "l'entreprise"],
    ["Palantir reported record revenue. Alex Karp, chief executive of the company, was upbeat.", "the company"],
  ])("%s", (text, words) => {
    const edge = extract(k, text).graph.edges.find((e) => e.type === "member_of");
    expect(edge && `${edge.source} -> ${edge.target}`).toBe("alex-karp -> palantir");
    // The evidence records the words that stood for the organisation, and where it is named.
    const via = edge!.evidence[0]!.via?.target;
    expect(via?.text).toBe(words);
    expect(text.slice(via!.antecedentStart, via!.antecedentEnd)).toBe("Palantir");
  });
});

describe("a title's institution is inferred from where the article names it", () => {
  it.each([
    ["Le ministère guinéen du Plan a publié un communiqué. Le ministre du Plan Ibrahima Condé l'a signé.", "ministre du Plan", "ministère guinéen du Plan"],
    ["The Commerce Department blacklisted the firm. Commerce Secretary Laura Bennet said so.", "Commerce Secretary", "Commerce Department"],
  ])("%s", (text, words, named) => {
    const edge = extract(k, text).graph.edges.find((e) => e.type === "member_of");
    const via = edge?.evidence[0]?.via?.target;
    expect(via?.text).toBe(words);
    expect(text.slice(via!.antecedentStart, via!.antecedentEnd)).toBe(named);
  });
});
