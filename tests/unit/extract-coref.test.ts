// Reference (issue 10): ends a sentence names only through a description ("the Israeli spyware maker",
// "le géant américain du logiciel"), a subject pronoun ("It", "Ils") or a possessive relative ("whose",
// "dont"), in both languages. Each row is one article and the edges its graph should hold, with the
// words an inferred end stands in and the antecedent they were resolved to.
import type { ExtractResult } from "../../src/extract/index";
import { extract, realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();

/** "source -type-> target", each inferred end followed by [words ← antecedent]. */
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

table("descriptions: determiner, modifiers and a head noun", [
  [
    "Palantir won praise. The American data analytics firm supplies software to the Israeli military.",
    ["palantir -supplies-> idf [The American data analytics firm ← Palantir]"],
  ],
  [
    "NSO Group won praise. The Israeli spyware maker supplies software to the Israeli military.",
    ["nso-group -supplies-> idf [The Israeli spyware maker ← NSO Group]"],
  ],
  [
    "Palantir a été salué. Le géant américain du logiciel fournit des logiciels à l'armée israélienne.",
    ["palantir -supplies-> idf [Le géant américain du logiciel ← Palantir]"],
  ],
  ["Palantir a été salué. La jeune entreprise fournit des logiciels à l'armée israélienne.", ["palantir -supplies-> idf [La jeune entreprise ← Palantir]"]],
]);

table("descriptions: a nationality narrows the antecedent to its country", [
  [
    "Hikvision and Palantir were cited. The Chinese firm supplies cameras to the Israeli military.",
    ["hikvision -supplies-> idf [The Chinese firm ← Hikvision]"],
  ],
  [
    "Hikvision et Palantir sont cités. La société chinoise fournit des logiciels à l'armée israélienne.",
    ["hikvision -supplies-> idf [La société chinoise ← Hikvision]"],
  ],
]);

table("descriptions: a nationality never excludes an antecedent whose country is unknown, nor prefers it to a known one", [
  [
    "Palantir and the startup Quorvex were praised by investors. The Chinese firm supplies cameras to the Israeli military.",
    ["quorvex -supplies-> idf [The Chinese firm ← Quorvex]"],
  ],
  [
    "La start-up Quorvex a été saluée par les investisseurs. La société chinoise fournit des caméras à l'armée israélienne.",
    ["quorvex -supplies-> idf [La société chinoise ← Quorvex]"],
  ],
  [
    "Hikvision and the startup Quorvex were praised by investors. The Chinese firm supplies cameras to the Israeli military.",
    ["hikvision -supplies-> idf [The Chinese firm ← Hikvision]"],
  ],
]);

table("descriptions: what is no reference back", [
  // a description of the name that follows, closely or as an apposition
  ["Palantir won praise. The surveillance firm Hikvision supplies cameras to the Israeli military.", ["hikvision -supplies-> idf"]],
  ["Palantir won praise. The Chinese surveillance company, Hikvision, supplies cameras to the Israeli military.", ["hikvision -supplies-> idf"]],
  ["Palantir a été salué. La société chinoise Hikvision fournit des logiciels à l'armée israélienne.", ["hikvision -supplies-> idf"]],
  // a head that qualifies another noun, or takes a complement that makes it another phrase
  ["Palantir won praise. The software industry supplies tools to the Israeli military.", []],
  ["Palantir a été salué. Le groupe de travail fournit des logiciels à l'armée israélienne.", []],
  // a contrastive modifier points away from the last name
  ["Palantir won praise. The other company supplies cameras to the Israeli military.", []],
  ["Palantir a été salué. L'autre société fournit des caméras à l'armée israélienne.", []],
  ["Palantir a été salué. La société rivale fournit des caméras à l'armée israélienne.", []],
  // an indefinite determiner introduces, never refers back
  ["Palantir won praise. A surveillance firm supplies cameras to the Israeli military.", []],
  ["Palantir a été salué. Une société chinoise fournit des logiciels à l'armée israélienne.", []],
]);

table("subject pronouns: the subject before them, of their number", [
  // the previous sentence's grammatical subject, when it stated no relation
  ["Palantir was praised by investors. It supplies software to the Israeli military.", ["palantir -supplies-> idf [It ← Palantir]"]],
  ["Palantir a été salué par les investisseurs. Il fournit des logiciels à l'armée israélienne.", ["palantir -supplies-> idf [Il ← Palantir]"]],
  [
    "Amazon and Google were praised by investors. They supply cloud services to the Israeli military.",
    ["amazon -supplies-> idf [They ← Amazon]", "google -supplies-> idf [They ← Google]"],
  ],
  [
    "Amazon et Google ont été salués par les investisseurs. Ils fournissent des services cloud à l'armée israélienne.",
    ["amazon -supplies-> idf [Ils ← Amazon]", "google -supplies-> idf [Ils ← Google]"],
  ],
  // a modal or aspect verb between the pronoun and the trigger
  [
    "Amazon et Google ont été salués par les investisseurs. Ils devront ensuite fournir des services cloud à l'armée israélienne.",
    ["amazon -supplies-> idf [Ils ← Amazon]", "google -supplies-> idf [Ils ← Google]"],
  ],
]);

table("subject pronouns: within their sentence first", [
  // the sentence's own first name, even the subject of a reporting verb
  ["Fujitsu was praised. Palantir said that it supplies software to the Israeli military.", ["palantir -supplies-> idf [it ← Palantir]"]],
  ["Fujitsu a été salué. Palantir a annoncé qu'il fournit des logiciels à l'armée israélienne.", ["palantir -supplies-> idf [il ← Palantir]"]],
  // a pronoun opening its clause is the subject, not the name just before it
  [
    "Fujitsu was praised. Palantir supplies ICE, and it also works with Google.",
    ["google -partnership-> palantir [it ← Palantir]", "palantir -supplies-> ice"],
  ],
  [
    "Fujitsu a été salué. Palantir fournit ICE, et il travaille aussi avec Google.",
    ["google -partnership-> palantir [il ← Palantir]", "palantir -supplies-> ice"],
  ],
  // after a verb, "it" is that verb's object
  ["Palantir built it and supplies it to ICE.", ["palantir -supplies-> ice"]],
  // a source an attribution cue introduces is no antecedent
  ["Fujitsu was praised. According to Reuters, it supplies software to the Israeli military.", ["fujitsu -supplies-> idf [it ← Fujitsu]"]],
]);

table("subject pronouns: no antecedent of their number, no argument", [
  ["Amazon and Google were praised by investors. It supplies cloud services to the Israeli military.", []],
  ["Amazon et Google ont été salués par les investisseurs. Il fournit des services cloud à l'armée israélienne.", []],
  ["Palantir was praised by investors. They supply software to the Israeli military.", []],
  ["Palantir a été salué par les investisseurs. Ils fournissent des logiciels à l'armée israélienne.", []],
]);

table("possessives before a trigger: the owner", [
  ["Palantir was praised by investors. Its software is used by the Israeli military.", ["idf -client_of-> palantir [Its ← Palantir]"]],
  ["Palantir a été salué par les investisseurs. Ses logiciels sont utilisés par l'armée israélienne.", ["idf -client_of-> palantir [Ses ← Palantir]"]],
  ["Palantir was praised by investors. Its partnership with Fujitsu grew.", ["fujitsu -partnership-> palantir [Its ← Palantir]"]],
  ["Palantir a été salué par les investisseurs. Son partenariat avec Fujitsu a grandi.", ["fujitsu -partnership-> palantir [Son ← Palantir]"]],
  [
    "Amazon and Google were praised by investors. Their services are used by the Israeli military.",
    ["idf -client_of-> amazon [Their ← Amazon]", "idf -client_of-> google [Their ← Google]"],
  ],
  // the nearest name or description before it in the sentence, across a subordinate clause's opening
  [
    "Fujitsu étend son partenariat avec Amazon, bien que cette entreprise soit critiquée pour sa collaboration avec l'armée israélienne.",
    ["amazon -partnership-> fujitsu [son ← Fujitsu]", "amazon -partnership-> idf [sa ← Amazon]"],
  ],
]);

table("possessives: never an end after the trigger, nor of the wrong number", [
  ["Palantir supplies its software to the Israeli military.", ["palantir -supplies-> idf"]],
  ["Palantir fournit ses logiciels à l'armée israélienne.", ["palantir -supplies-> idf"]],
  ["Palantir was praised by investors. Their software is used by the Israeli military.", []],
  ["Palantir a été salué par les investisseurs. Leurs logiciels sont utilisés par l'armée israélienne.", []],
]);

table("possessive relatives: 'whose', 'dont' stand for the name before them", [
  ["Analysts cited Hikvision, whose cameras are used by the Israeli military.", ["idf -client_of-> hikvision"]],
  ["Les analystes citent Hikvision, dont les caméras sont utilisées par l'armée israélienne.", ["idf -client_of-> hikvision"]],
  ["Les analystes citent Hikvision, dont les caméras équipent l'armée israélienne.", ["hikvision -supplies-> idf"]],
  // "dont" opening a list names members, not an owner
  ["Plusieurs entreprises, dont Hikvision, fournissent des caméras à l'armée israélienne.", ["hikvision -supplies-> idf"]],
]);
