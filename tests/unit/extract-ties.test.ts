// Ties the ties bank showed missing (issue 10, helper "ties"): a role given by a predicate ("X was the Chief of Y",
// "X sera nommé président de Y"), a role after the organisation past "'s" and modifiers, a long title read on from its
// last role word and closed by a quotation mark, a takeover named by its noun ("le rachat de X par Y"), a tie between
// the members a noun lists, a tie its parties announce or share, and a name after "à"/"to" that is no subject.
// Each row is one article and the edges of the given types its graph should hold, "source -type-> target".
import { realKnowledge, relationTable } from "../fixtures/extract/run";

const k = realKnowledge();
const table = (title: string, types: string[], rows: [string, string[]][]) => relationTable(k, title, types, rows);

table(
  "a predicate gives a person a role",
  ["member_of"],
  [
    ["Maria Olsen was the chief executive of Quorvex Systems from 2010 through 2015.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen has been appointed chief executive of Quorvex Systems.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen sera ensuite nommée présidente de Quorvex Systems en 2012.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen est la directrice générale de Quorvex Systems depuis 2019.", ["maria-olsen -member_of-> quorvex-systems"]],
    // A verb that is no predicate of a role gives none.
    ["Maria Olsen is meeting the chief executive of Quorvex Systems on Monday.", []],
    ["Maria Olsen a rencontré le président de Quorvex Systems lundi.", []],
  ],
);

table(
  "a role after its organisation, past 's and modifiers",
  ["member_of"],
  [
    ["Tom Varga, Norlith Group senior vice president, welcomed the deal.", ["tom-varga -member_of-> norlith-group"]],
    ["“We are ready,” said Tom Varga, Quorvex Systems’s executive vice president for strategy.", ["tom-varga -member_of-> quorvex-systems"]],
  ],
);

table(
  "a long title reads on from its last role, a quotation mark closes it",
  ["member_of"],
  [
    [
      "“We are ready,” said Ann Holt, who is the senior vice president for enterprise business and digital transformation as well as the chief information officer at Quorvex Systems.",
      ["ann-holt -member_of-> quorvex-systems"],
    ],
    [
      '« Cette affaire est grave », soupire Jean Morel, un "superflic" devenu patron de la sécurité du groupe Norlith Group.',
      ["jean-morel -member_of-> norlith-group"],
    ],
    ['« Nous sommes prêts », dit Anne Holt, déléguée générale et patronne de la revue des cadres" citée par Norlith Media.', []],
  ],
);

table(
  "a takeover named by its noun",
  ["ownership"],
  [
    ["Feu vert pour l’acquisition de Quorvex Systems par Norlith Group.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Le rachat de Quorvex Systems par Norlith Group a été validé lundi.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Regulators cleared the acquisition of Quorvex Systems by Norlith Group on Monday.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group's takeover of Quorvex Systems closed in May.", ["norlith-group -ownership-> quorvex-systems"]],
  ],
);

table(
  "a tie between the members a noun lists",
  ["partnership"],
  [
    ["L’alliance entre Quorvex Systems et Norlith Group a pris fin.", ["norlith-group -partnership-> quorvex-systems"]],
    ["The alliance between Quorvex Systems and Norlith Group ended in May.", ["norlith-group -partnership-> quorvex-systems"]],
  ],
);

table(
  "a tie its parties announce or share (a partnership is written in id order)",
  ["partnership"],
  [
    ["Quorvex Systems and Norlith Group have announced a new collaboration.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Quorvex Systems and Norlith Group are deepening their strategic relationship.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Quorvex Systems et Norlith Group annoncent un partenariat.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Quorvex Systems et Norlith Group renforcent leur coopération.", ["norlith-group -partnership-> quorvex-systems"]],
  ],
);

table(
  "a name after à/to is no subject",
  ["criticism"],
  [
    ["L’association Privanet a envoyé à la CNIL une plainte contre Quorvex Systems.", ["privanet -criticism-> quorvex-systems"]],
    // "a" the verb is no preposition: the name before it is the subject.
    ["L’association Privanet a déposé une plainte contre Quorvex Systems.", ["privanet -criticism-> quorvex-systems"]],
  ],
);

table(
  "a capitalised title and its 'of' are no part of the organisation's name",
  ["member_of"],
  [
    ["Dr Ann Holt, CEO of Quorvex Drones Ltd, said the deal was good.", ["ann-holt -member_of-> quorvex-drones-ltd"]],
    ["Maria Olsen was the Chief of Quorvex Systems from 2010.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Josh Varga, founder and GP of Norlith Ventures, talks about the market.", ["josh-varga -member_of-> norlith-ventures"]],
  ],
);

table(
  "a body's body is its unit (the English genitive)",
  ["member_of"],
  [
    ["The Ministry of Defence’s Strategic Command is working with partners.", ["strategic-command -member_of-> uk-mod"]],
    // A company's possession is no unit of it.
    ["Microsoft's Azure hosts the data of the Ministry of Defence.", []],
  ],
);

table(
  "a share of the capital is ownership",
  ["ownership"],
  [
    ["Norlith Group détient 34 % du capital de Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Le fonds Norlith Group a indiqué à l'AMF avoir franchi le seuil de 15 % du capital de Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group owns 34% of Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group holds 12 per cent of Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group holds 12 per cent of the market.", []],
  ],
);

table(
  "taking control is ownership",
  ["ownership"],
  [
    ["Norlith Group a pris le contrôle de Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems est passé sous le contrôle de Norlith Group.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group took control of Quorvex Systems in 2019.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Norlith Group a pris le contrôle des opérations.", []],
  ],
);

table(
  "a demand to stop is criticism; criticism one comes under is passive",
  ["criticism"],
  [
    ["Privanet International called on Quorvex Systems to end its contract.", ["privanet-international -criticism-> quorvex-systems"]],
    ["Privanet International urged Quorvex Systems, a drone maker, to stop selling drones.", ["privanet-international -criticism-> quorvex-systems"]],
    ["L'association Privanet appelle Quorvex Systems à mettre fin à son contrat.", ["privanet -criticism-> quorvex-systems"]],
    ["L'association Privanet exhorte Quorvex Systems à cesser ses ventes.", ["privanet -criticism-> quorvex-systems"]],
    ["L'association Privanet invite Quorvex Systems à participer au salon.", []],
    ["Saudi Arabia has come under regular criticism by Amnesty and other groups.", ["amnesty-international -criticism-> saudi-arabia"]],
  ],
);

table(
  "a founder in a relative clause; a plural possessive before a role",
  ["member_of"],
  [
    ["Maria Olsen, who founded Quorvex Systems in 2012, said the deal was good.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen, qui a fondé Quorvex Systems en 2012, a réagi.", ["maria-olsen -member_of-> quorvex-systems"]],
    // "found" is also "find": a court that found something founded nothing.
    ["However, the Court of Appeal found that Maria Olsen’s use of the tool breaches rights.", []],
    ["Maria Olsen, Quorvex Systems' chief executive, said the deal was good.", ["maria-olsen -member_of-> quorvex-systems"]],
  ],
);

table(
  "funding rounds and investors",
  ["investment"],
  [
    ["Norlith Capital led a $20 million round in Quorvex Systems.", ["norlith-capital -investment-> quorvex-systems"]],
    ["Quorvex Systems raised $20 million from Norlith Capital.", ["norlith-capital -investment-> quorvex-systems"]],
    ["Quorvex Systems a levé 20 millions d'euros auprès de Norlith Capital.", ["norlith-capital -investment-> quorvex-systems"]],
    ["Quorvex Systems is a portfolio company of Norlith Capital.", ["norlith-capital -investment-> quorvex-systems"]],
    ["Quorvex Systems counts Norlith Capital among its investors.", ["norlith-capital -investment-> quorvex-systems"]],
    ["Quorvex Systems raised concerns with Norlith Group.", []],
    ["The Army led an investigation of Quorvex Systems.", []],
  ],
);

table(
  "partnerships a verb or a memorandum states",
  ["partnership"],
  [
    ["Quorvex Systems s'est associé à Norlith Group pour développer des drones.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Quorvex Systems and Norlith Group signed a memorandum of understanding.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Quorvex Systems et Norlith Group ont signé un protocole d'accord.", ["norlith-group -partnership-> quorvex-systems"]],
  ],
);

table(
  "a descriptor noun and a plural possessive inside nominal frames",
  ["ownership"],
  [
    ["Quorvex Systems est une filiale du groupe Norlith Group.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems, une filiale du groupe américain Norlith Group, fabrique des drones.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems, a subsidiary of the US defence firm Norlith Group, builds drones.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems' parent company, Norlith Group, declined to comment.", ["norlith-group -ownership-> quorvex-systems"]],
  ],
);

table(
  "joining a body",
  ["member_of"],
  [
    ["Quorvex Systems a adhéré au consortium Norlith Group en 2020.", ["quorvex-systems -member_of-> norlith-group"]],
    ["Quorvex Systems joined the Norlith Alliance in 2020.", ["quorvex-systems -member_of-> norlith-alliance"]],
  ],
);

table(
  "more ways to criticise",
  ["criticism"],
  [
    ["L'association Privanet s'en prend à Quorvex Systems.", ["privanet -criticism-> quorvex-systems"]],
    ["L'association Privanet met en garde contre Quorvex Systems.", ["privanet -criticism-> quorvex-systems"]],
    ["L'association Privanet a saisi la justice contre Quorvex Systems.", ["privanet -criticism-> quorvex-systems"]],
    ["L'association Privanet exige que Quorvex Systems cesse ses ventes.", ["privanet -criticism-> quorvex-systems"]],
    ["Privanet International raised concerns about Quorvex Systems.", ["privanet-international -criticism-> quorvex-systems"]],
    ["Privanet International has taken Quorvex Systems to court.", ["privanet-international -criticism-> quorvex-systems"]],
    ["Privanet International demanded that Quorvex Systems stop selling drones.", ["privanet-international -criticism-> quorvex-systems"]],
    ["Privanet International blamed Quorvex Systems for the breach.", ["privanet-international -criticism-> quorvex-systems"]],
    // Money raised from an investor is no concern.
    ["Quorvex Systems raised $20 million from Norlith Capital.", []],
  ],
);

table(
  "heading or working for an organisation",
  ["member_of"],
  [
    ["Maria Olsen, à la tête de Quorvex Systems depuis 2019, a réagi.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen, at the helm of Quorvex Systems since 2019, said.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen, qui travaille chez Quorvex Systems, a réagi.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen, salariée de Quorvex Systems, a réagi.", ["maria-olsen -member_of-> quorvex-systems"]],
    // Who leads an inquiry into a company is none of its members.
    ["Maria Olsen, who leads the investigation into Quorvex Systems, said.", []],
    ["Maria Olsen, qui dirige l'enquête sur Quorvex Systems, a réagi.", []],
  ],
);
