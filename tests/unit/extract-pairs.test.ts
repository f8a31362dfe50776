// Ties stated in one sentence that the pairs bank showed missing or misread (issue 10, helper "pairs3"): a seat on a
// board, a recruitment, partners who team up with no partner after the verb, a takeover stated as a deal's purpose, a
// wholly owned subsidiary, a branch or division, a contract whose partner or parties stand away from the contract
// noun, "their joint venture" read back to a list, and three precision guards (a possessor in an apposition, a country
// beside a describing noun, partners listed together as recipients of their own work).
// Each row is one article and the edges of the given types its graph should hold, "source -type-> target".
import { realKnowledge, relationTable } from "../fixtures/extract/run";

const k = realKnowledge();
const table = (title: string, types: string[], rows: [string, string[]][]) => relationTable(k, title, types, rows);

table(
  "a seat on a board makes a member",
  ["member_of"],
  [
    ["Maria Olsen has been elected to the board of Quorvex Systems, the company said on Monday.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Maria Olsen was appointed to the board of directors of Quorvex Systems in March.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Quorvex Systems has added Maria Olsen, a retired judge, to its board of directors.", ["maria-olsen -member_of-> quorvex-systems"]],
    ["Jean Morel siégera au conseil d'administration de Norlith Group.", ["jean-morel -member_of-> norlith-group"]],
    ["Jean Morel a été nommé au conseil de surveillance de Norlith Group en 2021.", ["jean-morel -member_of-> norlith-group"]],
    // A board the sentence names no seat on gives nothing.
    ["Maria Olsen criticised the board of Quorvex Systems on Monday.", []],
  ],
);

table(
  "the one recruited is the member",
  ["member_of"],
  [
    ["Maria Olsen was recruited by the Swiss firm Quorvex Systems AG.", ["maria-olsen -member_of-> quorvex-systems-ag"]],
    // Only the passive: the active also hires firms.
    ["Quorvex Systems recruited Norlith Consulting in 2021 to review its accounts.", []],
    ["Jean Morel a été recruté par Norlith Group en 2020.", ["jean-morel -member_of-> norlith-group"]],
    ["Ancien diplomate, Jean Morel s'est fait recruter par Norlith Group.", ["jean-morel -member_of-> norlith-group"]],
    ["L'an dernier, Jean Morel a été embauché par le groupe Norlith Group pour diriger ses ventes en France.", ["jean-morel -member_of-> norlith-group"]],
  ],
);

table(
  "partners who team up, with no partner after the verb",
  ["partnership", "supplies"],
  [
    ["Norlith Group and Quorvex Systems are teaming up to build radars for the navy.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Tarvo Labs and Norlith Group joined forces last year.", ["norlith-group -partnership-> tarvo-labs"]],
    ["Norlith Group et Quorvex Systems se sont associés pour construire des radars.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Norlith Group et Quorvex Systems s'allient pour concevoir un drone.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Tarvo Labs et Norlith Group ont uni leurs forces en 2021.", ["norlith-group -partnership-> tarvo-labs"]],
    // a pronoun stands for the list before it; a single name after a list is no pronoun
    ["Norlith Group and Quorvex Systems hope that they can team up next year.", ["norlith-group -partnership-> quorvex-systems"]],
    ["Norlith Group and Quorvex Systems build radars, and Tarvo Labs is teaming up to build drones.", []],
  ],
);

table(
  "a takeover stated as a deal's purpose is ownership, not a contract",
  ["ownership", "contract"],
  [
    ["Last year, Norlith Group sealed a $2 billion deal to buy Quorvex Systems, a software maker.", ["norlith-group -ownership-> quorvex-systems"]],
    ["L'an dernier, Norlith Group a conclu un accord pour racheter Quorvex Systems.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Le fonds Norlith Capital a signé un accord pour acquérir Quorvex Systems.", ["norlith-capital -ownership-> quorvex-systems"]],
  ],
);

table(
  "a wholly owned subsidiary, a branch, a division: the owner follows",
  ["ownership"],
  [
    ["Quorvex Systems, the wholly owned subsidiary of Norlith Group, makes radars.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems, a majority-owned subsidiary of Norlith Group, makes radars.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems, la branche défense de Norlith Group, fabrique des radars.", ["norlith-group -ownership-> quorvex-systems"]],
    ["Quorvex Systems, la division sécurité de Norlith Group, fabrique des radars.", ["norlith-group -ownership-> quorvex-systems"]],
  ],
);

table(
  "a contract whose partner or parties stand away from the contract noun",
  ["contract"],
  [
    [
      "La Direction générale de la police a conclu avec la société Quorvex Systems un contrat de maintenance.",
      [
        "direction-generale-de-la-police -contract-> contract-direction-generale-de-la-police-quorvex-systems",
        "quorvex-systems -contract-> contract-direction-generale-de-la-police-quorvex-systems",
      ],
    ],
    [
      "Le contrat que vient de signer la gendarmerie et la société Quorvex Systems porte sur des radars.",
      [
        "gendarmerie-nationale -contract-> contract-gendarmerie-nationale-quorvex-systems",
        "quorvex-systems -contract-> contract-gendarmerie-nationale-quorvex-systems",
      ],
    ],
  ],
);

table(
  "'their joint venture' reads back to a list of owners",
  ["ownership", "partnership"],
  [
    [
      "Norlith Group and Quorvex Systems announced that the Commerce Department approved their joint venture, Tarvo Labs.",
      ["norlith-group -ownership-> tarvo-labs", "norlith-group -partnership-> quorvex-systems", "quorvex-systems -ownership-> tarvo-labs"],
    ],
    [
      "Norlith Group et Quorvex Systems ont indiqué que le ministère avait autorisé leur coentreprise, Tarvo Labs.",
      ["norlith-group -ownership-> tarvo-labs", "norlith-group -partnership-> quorvex-systems", "quorvex-systems -ownership-> tarvo-labs"],
    ],
  ],
);

table(
  "no party where the sentence names none",
  ["partnership", "member_of", "supplies"],
  [
    // A possessor in an apposition describes the name before it: it is no member of the list.
    [
      "Quorvex Systems and Norlith Aerospace (NAI), Norway's largest defence company, agreed to establish a joint venture.",
      ["norlith-aerospace -partnership-> quorvex-systems"],
    ],
    ["Tarvo Labs and Norlith Group, Quorvex Systems' main rival, joined forces last year.", ["norlith-group -partnership-> tarvo-labs"]],
    // A country beside a describing noun qualifies the name that follows.
    ["Maria Olsen was recruited by the Israeli firm NSO Group last year.", ["maria-olsen -member_of-> nso-group"]],
    ["Ainsi, Jean Morel s’est fait recruter par la société israélienne NSO, éditrice du logiciel Pegasus.", ["jean-morel -member_of-> nso-group"]],
    // Partners listed together do not supply each other what they build together; a partner named apart may be the client.
    ["Norlith Group and Quorvex Systems work together to build radars for the navy.", ["norlith-group -partnership-> quorvex-systems"]],
    [
      "Quorvex Systems works with the border agency Norlith Watch to provide data.",
      ["norlith-watch -partnership-> quorvex-systems", "quorvex-systems -supplies-> norlith-watch"],
    ],
  ],
);

table(
  "a relative between a subject and its verb is no distance",
  ["member_of"],
  [
    [
      "Ainsi, Jean Morel, qui était en poste aux ambassades de France à Washington et Tel Aviv, a rejoint la société Norlith Group en 2020.",
      ["jean-morel -member_of-> norlith-group"],
    ],
    [
      "Maria Olsen, who was posted to the embassies of France in Washington, Ottawa and Canberra for a decade, joined Norlith Group in 2020.",
      ["maria-olsen -member_of-> norlith-group"],
    ],
  ],
);

table(
  "what is sued is an action whose agent follows",
  ["criticism"],
  [
    ["L'association Norlith Watch a porté plainte contre la surveillance de masse menée par les États-Unis.", ["norlith-watch -criticism-> us"]],
    ["Norlith Watch filed a lawsuit against the mass surveillance programme run by the National Security Agency.", ["norlith-watch -criticism-> nsa"]],
    ["Nineteen organizations led by Norlith Watch filed suit Tuesday against the National Security Agency.", ["norlith-watch -criticism-> nsa"]],
  ],
);

table(
  "a consortium's members described by their kind, a class's members named after an opener",
  ["partnership", "ownership", "member_of"],
  [
    [
      "Le marché a été décroché par un consortium formé par la compagnie chinoise Huawei et les groupes français Orange et Thales.",
      ["huawei -partnership-> orange", "huawei -partnership-> thales", "orange -partnership-> thales"],
    ],
    [
      "Les filiales de Norlith Group, dont Tarvo Labs et Quorvex Systems, fabriquent des radars.",
      ["norlith-group -ownership-> quorvex-systems", "norlith-group -ownership-> tarvo-labs"],
    ],
    [
      "Quorvex Systems and its subsidiaries, including Tarvo Labs and Norlith Aerospace, build radars.",
      ["quorvex-systems -ownership-> norlith-aerospace", "quorvex-systems -ownership-> tarvo-labs"],
    ],
    // A unit of a state body is its member, not its property.
    [
      "DHS subagencies including Customs and Border Protection and Immigration and Customs Enforcement buy data.",
      ["cbp -member_of-> dhs", "ice -member_of-> dhs"],
    ],
  ],
);

table(
  "adjectives, a hyphenated one too, may stand between a complement's slot word and its name",
  ["ownership"],
  [
    ["Quorvex Systems is a subsidiary of little-known Norlith Aerospace.", ["norlith-aerospace -ownership-> quorvex-systems"]],
    ["Quorvex Systems est une filiale du très discret Norlith Group.", ["norlith-group -ownership-> quorvex-systems"]],
  ],
);

table(
  "a takeover said by an idiom",
  ["ownership"],
  [
    ["L'an dernier, le groupe Norlith Group a mis la main sur la société Tarvo Labs pour 20 millions d'euros.", ["norlith-group -ownership-> tarvo-labs"]],
    ["L'an dernier, le groupe Norlith Group s'est emparé de la société Tarvo Labs pour 20 millions d'euros.", ["norlith-group -ownership-> tarvo-labs"]],
    ["Last year, Norlith Group snapped up Tarvo Labs for 20 million dollars.", ["norlith-group -ownership-> tarvo-labs"]],
    ["Last year, Norlith Group bought out Tarvo Labs for 20 million dollars.", ["norlith-group -ownership-> tarvo-labs"]],
  ],
);
