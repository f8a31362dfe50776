// Clauses, voice and attribution, one row per mechanism, in both languages (sentences written
// for the test). A row names the clause by its kind and verb lemma and checks what must hold.
import { analyseSentence, type Clause, type SentenceAnalysis } from "../../src/extract/grammar";
import type { Language } from "../../src/model";

interface Expect {
  kind: Clause["kind"];
  verb: string;
  voice?: "active" | "passive";
  negated?: boolean;
  subject?: string;
  object?: string;
  antecedent?: string;
  /** "prep:text" of a complement the clause must have. */
  complement?: string;
  /** The kind of the clause it is embedded in. */
  parent?: Clause["kind"];
}

const cases: [string, Language, string, Expect][] = [
  [
    "passive with agent",
    "en",
    "The drones were built by Elbit Systems in Haifa.",
    { kind: "main", verb: "build", voice: "passive", subject: "The drones", complement: "by:Elbit Systems" },
  ],
  [
    "passive with agent",
    "fr",
    "Les logiciels sont utilisés depuis des années par la CIA.",
    { kind: "main", verb: "utiliser", voice: "passive", subject: "Les logiciels", complement: "par:la CIA" },
  ],
  [
    "passive without agent",
    "en",
    "Sandvine was added to the Entity List last week.",
    { kind: "main", verb: "add", voice: "passive", subject: "Sandvine", complement: "to:the Entity List" },
  ],
  ["passive without agent", "fr", "La société a été épinglée pour ses pratiques.", { kind: "main", verb: "épingler", voice: "passive", subject: "La société" }],
  [
    "active",
    "en",
    "The agency signed a contract with Clearview AI.",
    { kind: "main", verb: "sign", voice: "active", subject: "The agency", object: "a contract", complement: "with:Clearview AI" },
  ],
  [
    "active past with être",
    "fr",
    "La société est devenue un fournisseur de la police.",
    { kind: "main", verb: "devenir", voice: "active", subject: "La société" },
  ],
  [
    "reflexive with être",
    "fr",
    "Le fonds s'est retiré de Palantir.",
    { kind: "main", verb: "retirer", voice: "active", subject: "Le fonds", complement: "de:Palantir" },
  ],
  ["negation", "en", "The company did not sell spyware to the army.", { kind: "main", verb: "sell", negated: true, subject: "The company" }],
  ["negation", "fr", "Microsoft ne fournit pas de technologies à l'armée.", { kind: "main", verb: "fournir", negated: true, subject: "Microsoft" }],
  [
    "subject relative",
    "en",
    "Israel uses tools from Amazon, which provides the army with servers.",
    { kind: "relative", verb: "provide", subject: "Amazon", antecedent: "Amazon", object: "the army", parent: "main" },
  ],
  [
    "subject relative",
    "fr",
    "Le contrat lie Thales et Google, qui distribue les services.",
    { kind: "relative", verb: "distribuer", subject: "Thales et Google", object: "les services" },
  ],
  ["object relative", "en", "The contract that ICE signed covers licenses.", { kind: "relative", verb: "sign", subject: "ICE", object: "The contract" }],
  [
    "object relative",
    "fr",
    "Le contrat que la DGSI a renouvelé couvre trois ans.",
    { kind: "relative", verb: "renouveler", subject: "la DGSI", object: "Le contrat" },
  ],
  [
    "main clause past a relative",
    "en",
    "The company, which sells spyware, was sanctioned.",
    { kind: "main", verb: "sanction", voice: "passive", subject: "The company" },
  ],
  [
    "fronted gerund",
    "en",
    "By acquiring the startup, Palantir expanded its reach.",
    { kind: "gerund", verb: "acquire", subject: "Palantir", object: "the startup", parent: "main" },
  ],
  [
    "fronted gerund",
    "fr",
    "En créant la coentreprise, Thales et Google ont renforcé leur offre.",
    { kind: "gerund", verb: "créer", subject: "Thales et Google", object: "la coentreprise" },
  ],
  [
    "apposition between subject and verb",
    "en",
    "Sandvine, a networking company, sells equipment to Egypt.",
    { kind: "main", verb: "sell", subject: "Sandvine", object: "equipment", complement: "to:Egypt" },
  ],
  [
    "apposition between subject and verb",
    "fr",
    "Huawei, le géant chinois, fournit des caméras à la police.",
    { kind: "main", verb: "fournir", subject: "Huawei", complement: "à:la police" },
  ],
  [
    "participle phrase",
    "en",
    "Four organizations linked to surveillance were listed.",
    { kind: "participle", verb: "link", voice: "passive", subject: "Four organizations", complement: "to:surveillance" },
  ],
  [
    "participle phrase",
    "fr",
    "Le contrat signé entre le DGSN et Huawei vise des caméras.",
    { kind: "participle", verb: "signer", voice: "passive", subject: "Le contrat", complement: "entre:le DGSN et Huawei" },
  ],
  [
    "main clause past a participle phrase",
    "fr",
    "Le contrat signé entre le DGSN et Huawei vise des caméras.",
    { kind: "main", verb: "viser", subject: "Le contrat", object: "des caméras" },
  ],
  [
    "prepositional phrase between subject and verb",
    "en",
    "The Commerce Department on Wednesday added four groups to its list.",
    { kind: "main", verb: "add", subject: "The Commerce Department", object: "four groups" },
  ],
  ["parenthesis", "en", "ICE (the immigration agency) signed a deal.", { kind: "main", verb: "sign", subject: "ICE" }],
  [
    "aside between dashes",
    "fr",
    "Palantir — une entreprise américaine — collabore avec la DGSI.",
    { kind: "main", verb: "collaborer", subject: "Palantir", complement: "avec:la DGSI" },
  ],
];

function span(s: string, x: { start: number; end: number } | undefined): string | undefined {
  return x ? s.slice(x.start, x.end) : undefined;
}

describe("analyseSentence: clauses and voice", () => {
  it.each(cases)("%s (%s): %s", (_name, lang, sentence, e) => {
    const a: SentenceAnalysis = analyseSentence(sentence, 0, sentence.length, lang);
    const clause = a.clauses.find((c) => c.kind === e.kind && c.verb?.lemma === e.verb);
    expect(clause, JSON.stringify(a.clauses.map((c) => [c.kind, c.verb?.lemma]))).toBeDefined();
    if (!clause) return;
    if (e.voice) expect(clause.verb?.voice).toBe(e.voice);
    expect(clause.verb?.negated ?? false).toBe(e.negated ?? false);
    if (e.subject) expect(span(sentence, clause.subject)).toBe(e.subject);
    if (e.object) expect(span(sentence, clause.object)).toBe(e.object);
    if (e.antecedent) expect(span(sentence, clause.antecedent)).toBe(e.antecedent);
    if (e.complement) expect(clause.complements.map((c) => `${c.prep}:${span(sentence, c)}`)).toContain(e.complement);
    if (e.parent) expect(a.clauses[clause.parent ?? -1]?.kind).toBe(e.parent);
  });

  it("gives absolute offsets inside a longer text", () => {
    const text = "Intro sentence. The drones were built by Elbit.";
    const start = text.indexOf("The");
    const a = analyseSentence(text, start, text.length, "en");
    expect(text.slice(a.clauses[0]?.subject?.start, a.clauses[0]?.subject?.end)).toBe("The drones");
    expect(a.tokens[0]?.start).toBe(start);
  });
});

describe("analyseSentence: attributions", () => {
  it.each([
    ["en", "Sandvine was added to the list, the department said.", "the department", "add"],
    ["en", "According to Reuters, the drones were built by Elbit.", "Reuters", "build"],
    ["en", "The department said that Sandvine had been added to the list.", "The department", "add"],
    ["fr", "Les logiciels sont utilisés par la CIA, a annoncé le Département.", "le Département", "utiliser"],
    ["fr", "Selon Le Monde, la société a été épinglée.", "Le Monde", "épingler"],
    ["fr", "Le ministère affirme que la société a vendu des drones.", "Le ministère", "vendre"],
  ] as const)("%s: “%s” is attributed to %s", (lang, sentence, source, verb) => {
    const a = analyseSentence(sentence, 0, sentence.length, lang);
    const found = a.attributions.find((x) => span(sentence, x.source) === source);
    expect(found, JSON.stringify(a.attributions.map((x) => span(sentence, x.source)))).toBeDefined();
    const clause = a.clauses[found?.clause ?? -1];
    const lemmas = a.clauses.filter((c) => c === clause || c.parent === found?.clause).map((c) => c.verb?.lemma);
    expect(lemmas).toContain(verb);
  });

  it.each([
    ["en", "The Commerce Department added Sandvine to its list."],
    ["fr", "Le groupe a annoncé un partenariat avec Thales."],
  ] as const)("%s: a reporting verb with an object states a fact, not a source: %s", (lang, sentence) => {
    expect(analyseSentence(sentence, 0, sentence.length, lang).attributions).toEqual([]);
  });
});
