// Arguments a sentence does not name where its verb is (issue 10, points 2, 3 and 7): a description in
// subject position continues the subject before it, not the name last read; an agentless passive takes
// the agent an announcement in the previous sentence names. Each row is one article and the edges its
// graph should hold, each inferred end followed by [words ← antecedent].
import type { ExtractResult } from "../../src/extract/index";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

function described(r: ExtractResult): string[] {
  const text = r.articles[0]?.text ?? "";
  return r.graph.edges
    .filter((e) => e.type !== "contract")
    .map((e) => {
      const via = e.evidence.flatMap((v) => [v.via?.source, v.via?.target]).filter((v) => v !== undefined);
      const shown = via.map((v) => ` [${v.text} ← ${text.slice(v.antecedentStart, v.antecedentEnd)}]`).join("");
      return `${e.source} -${e.type}-> ${e.target}${shown}`;
    })
    .sort();
}
const table = (title: string, rows: [string, string[]][]) =>
  describe(title, () => {
    it.each(rows)("%s", (text, expected) => {
      expect(described(extract(k, text))).toEqual(expected);
    });
  });

table("salience: a description opening its sentence continues the previous subject, not the last name", [
  [
    "Thales bought Gemalto in 2019. The group has since supplied biometric systems to the Israeli military.",
    ["thales -ownership-> gemalto", "thales -supplies-> idf [The group ← Thales]"],
  ],
  [
    "Thales a racheté Gemalto en 2019. Le groupe fournit depuis des systèmes biométriques à l'armée israélienne.",
    ["thales -ownership-> gemalto", "thales -supplies-> idf [Le groupe ← Thales]"],
  ],
  ["Palantir praised Accenture in 2020. The company now sells software to the Israeli military.", ["palantir -supplies-> idf [The company ← Palantir]"]],
  [
    "Palantir a recruté Accenture en 2020. L'entreprise vend désormais des logiciels à l'armée israélienne.",
    ["palantir -supplies-> idf [L'entreprise ← Palantir]"],
  ],
  // an earlier clause's subject in the same sentence, after a coordinator
  [
    "Thales bought Gemalto in 2019, and the group now supplies biometric systems to the Israeli military.",
    ["thales -ownership-> gemalto", "thales -supplies-> idf [the group ← Thales]"],
  ],
]);

table("salience: only a subject of the description's kind, else the nearest name of that kind", [
  // the previous subject is an agency: "the company" is the company named last
  [
    "The Commerce Department blacklisted Hikvision in 2019. The company supplies cameras to the Israeli military.",
    ["hikvision -supplies-> idf [The company ← Hikvision]", "us-commerce-department -sanction-> hikvision"],
  ],
  [
    "Le département du Commerce a sanctionné Hikvision en 2019. L'entreprise fournit des caméras à l'armée israélienne.",
    ["hikvision -supplies-> idf [L'entreprise ← Hikvision]", "us-commerce-department -sanction-> hikvision"],
  ],
  // a demonstrative points at the name last read
  [
    "Thales bought Gemalto in 2019. This company supplies biometric systems to the Israeli military.",
    ["gemalto -supplies-> idf [This company ← Gemalto]", "thales -ownership-> gemalto"],
  ],
  [
    "Thales a racheté Gemalto en 2019. Cette entreprise fournit des systèmes biométriques à l'armée israélienne.",
    ["gemalto -supplies-> idf [Cette entreprise ← Gemalto]", "thales -ownership-> gemalto"],
  ],
  // two companies in the subject: no subject is singled out, the nearest name stands
  [
    "Thales and Palantir met Accenture in 2020. The company now sells software to the Israeli military.",
    ["accenture -supplies-> idf [The company ← Accenture]"],
  ],
]);

table("agentless passive: the agent an announcement of the previous sentence names", [
  [
    "The Commerce Department announced new export rules on Monday. Hikvision and Dahua were added to the Entity List.",
    [
      "us-commerce-department -sanction-> dahua [added to the Entity List ← Commerce Department]",
      "us-commerce-department -sanction-> hikvision [added to the Entity List ← Commerce Department]",
    ],
  ],
  [
    "Le département du Commerce a annoncé de nouvelles règles lundi. Hikvision et Dahua ont été ajoutées à la liste des entités.",
    [
      "us-commerce-department -sanction-> dahua [ajoutées à la liste des entités ← département du Commerce]",
      "us-commerce-department -sanction-> hikvision [ajoutées à la liste des entités ← département du Commerce]",
    ],
  ],
  // the next sentence's announcement records where its agent is named too
  [
    "Hikvision was added to the Entity List on Monday. The Commerce Department announced the rules in a statement.",
    ["us-commerce-department -sanction-> hikvision [added to the Entity List ← Commerce Department]"],
  ],
  // a speaker that may not sanction (a company) is no agent; nor is one in another paragraph
  ["Microsoft said on Monday it was worried. Hikvision was added to the Entity List.", []],
  ["Microsoft a déclaré lundi être inquiet. Hikvision a été ajoutée à la liste des entités.", []],
  ["The Commerce Department announced new export rules on Monday.\n\nHikvision was added to the Entity List.", []],
]);

table("agentless passive: the state a sanction is done in", [
  ["Kaspersky software was banned in the United States in 2024.", ["us -sanction-> kaspersky"]],
  ["Kaspersky a été interdit en Allemagne en 2024.", ["germany -sanction-> kaspersky"]],
  // an attribution names the agent first; a place far from the verb is no agent
  ["Kaspersky was banned in Germany, the Commerce Department said.", ["us-commerce-department -sanction-> kaspersky"]],
  ["Kaspersky was banned on Monday after a long investigation into its ties in Germany.", []],
  // a known issuer of sanctions is the better guess
  [
    "The Commerce Department sanctioned Huawei in 2019. Kaspersky was banned in the United States in 2024.",
    ["us-commerce-department -sanction-> huawei", "us-commerce-department -sanction-> kaspersky"],
  ],
  ["Kaspersky was banned from operating in Germany for ten years.", []],
  ["Kaspersky a été interdit d'exercer en Allemagne pendant dix ans.", []],
]);

table("passive listing in French: « ajouté à la liste des entités »", [
  ["Hikvision a été ajoutée à la liste des entités par le département du Commerce.", ["us-commerce-department -sanction-> hikvision"]],
  ["Selon le département du Commerce, Hikvision a été inscrite sur la liste des entités.", ["us-commerce-department -sanction-> hikvision"]],
]);

table("two verbs sharing one subject: the first verb's object is no subject of the second", [
  ["Palantir developed the platform in 2010 and then sold licences to the Israeli military.", ["palantir -supplies-> idf"]],
  ["Palantir a conçu la plateforme Gotham en 2010 et l'a ensuite vendue à l'armée israélienne.", ["palantir -supplies-> idf"]],
  ["Thales acquired Gemalto in 2019 and supplied biometric passports to the Israeli military.", ["thales -ownership-> gemalto", "thales -supplies-> idf"]],
  [
    "Thales a racheté Gemalto en 2019 puis a fourni des passeports biométriques à l'armée israélienne.",
    ["thales -ownership-> gemalto", "thales -supplies-> idf"],
  ],
  // a coordinator between names joins them: both are the subject
  ["Palantir and Microsoft sold software to the Israeli military.", ["microsoft -supplies-> idf", "palantir -supplies-> idf"]],
  ["Palantir et Microsoft ont vendu des logiciels à l'armée israélienne.", ["microsoft -supplies-> idf", "palantir -supplies-> idf"]],
]);
