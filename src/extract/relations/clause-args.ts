// A trigger's arguments chosen by clause, not by nearness alone (issue 10, items 2 and 6): the
// sentence's clauses (src/extract/grammar) say which names a trigger may take, who the subject of
// a relative, gerund or participle clause is, and which names only report or qualify.
import type { Language } from "../../model";
import type { Clause, SentenceAnalysis, Span, TaggedToken } from "../grammar";
import { clauseLists } from "../grammar/clause-lists";
import type { Knowledge } from "../knowledge";
import { firstStartAtOrAfter } from "../text/bisect";
import { fold } from "../text/fold";
import type { Candidate } from "./arguments";
import type { Item } from "./items";

/** What the clause analysis needs from the knowledge: word lists, per language, from data/. */
export interface ClauseArgLexicon {
  /** Whether a verb lemma reports what others did ("report", "révéler"): its subject is a source, never a party. */
  isReportingVerb: (lemma: string) => boolean;
  /** Whether a word is a stopword: it never makes a name a modifier of the next one. */
  isStopword: (norm: string) => boolean;
  /** Whether the item opens a relative clause as its subject ("which", "who", "qui"): the clause's subject is its antecedent. */
  isSubjectRelative: (items: readonly Item[], i: number) => boolean;
  /** Whether the item opens a list's members ("including", "notamment", "dont"): what follows is still the argument. */
  isListOpener: (items: readonly Item[], i: number) => boolean;
  /** Whether the item may open a clause: punctuation that sets one off, a relative pronoun, a subordinator after a
   *  verb ("reported that"), a gerund's preposition opening the sentence or a comma's phrase ("After acquiring X, …"). */
  opensClause: (items: readonly Item[], i: number) => boolean;
  /** Whether the item is a content word: not a name, a stopword or punctuation. */
  isContentWord: (item: Item | undefined) => boolean;
}

/** Punctuation that sets a clause off (a comma only before a lower-case word: "X, founded by…", not a list's "X, Y"). */
const CLAUSE_MARKS = new Set(["(", ")", "—", "–", "--"]);

const lexicons = new WeakMap<Knowledge, Map<Language, ClauseArgLexicon>>();

/** The lexicon from the knowledge's cues (data/relations.yaml) and discovery stopwords, built once per language. */
export function clauseArgLexicon(k: Knowledge, lang: Language): ClauseArgLexicon {
  let perLanguage = lexicons.get(k);
  if (!perLanguage) lexicons.set(k, (perLanguage = new Map()));
  let lex = perLanguage.get(lang);
  if (!lex) {
    const stopwords = new Set(k.discovery.stopwords);
    const reporting = k.cues.reporting_verbs[lang];
    const relatives = k.cues.subject_relatives[lang];
    const listOpeners = k.cues.list_openers[lang];
    const lists = clauseLists(lang);
    const folded = (words: Iterable<string>) => new Set([...words].map((w) => fold(w)));
    const relative = folded(lists.relative);
    const subordinators = folded(lists.subordinators);
    const gerundPreps = folded(lists.gerundPreps);
    const word = (it: Item | undefined) => it?.isWord === true && !it.entityId && /^\p{Ll}/u.test(it.norm ?? "") && !stopwords.has(it.norm ?? "");
    lex = {
      isContentWord: word,
      opensClause: (items, i) => {
        const norm = items[i]!.norm ?? "";
        if (CLAUSE_MARKS.has(norm) || relative.has(norm)) return true;
        if (norm === ",") return word(items[i + 1]);
        if (subordinators.has(norm) && word(items[i - 1])) return true;
        return gerundPreps.has(norm) && (i === 0 || items[i - 1]?.norm === ",");
      },
      isListOpener: (items, i) => listOpeners.matchAt(items, i) !== undefined,
      isReportingVerb: (lemma) => reporting.matchAt([{ norm: fold(lemma) }], 0) !== undefined,
      isStopword: (norm) => stopwords.has(norm),
      isSubjectRelative: (items, i) => relatives.matchAt(items, i) !== undefined,
    };
    perLanguage.set(lang, lex);
  }
  return lex;
}

/**
 * Whether reading the sentence's clauses may change a trigger's arguments: only with two names or more
 * to choose from, and a clause or a nominal group that could set one apart. Tagging is the costly part of
 * relation finding, so a plain "X supplies Y." is left to the nearest-name reading.
 */
export function mayNeedClauses(
  items: readonly Item[],
  candidates: readonly Candidate[],
  lex: ClauseArgLexicon,
  /** Item positions where a relation trigger starts: "X supplies Y" is no modifier and its head. */
  triggerStarts: ReadonlySet<number>,
): boolean {
  if (candidates.length < 2) return false;
  let previousName = -1;
  let words = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (lex.opensClause(items, i)) return true;
    if (it.entityId) {
      // Two names with only a few content words between may be a modifier and its head ("the Pentagon contractor Anduril").
      if (previousName >= 0 && words > 0 && words === i - previousName - 1 && words <= MODIFIER_REACH) return true;
      previousName = i;
      words = 0;
    } else if (triggerStarts.has(i)) words = Number.NEGATIVE_INFINITY;
    else if (lex.isContentWord(it) || it.norm === "-") words++;
  }
  return false;
}

/** Clauses whose names stay theirs: a trigger outside one never takes an argument inside it. */
const ENCLOSED: ReadonlySet<Clause["kind"]> = new Set(["relative", "subordinate", "gerund", "participle", "parenthetical", "aside"]);
/** Words a modifier name may stand before: common nouns and adjectives ("the US platform X"). */
const MODIFYING_POS = new Set(["NOUN", "ADJ"]);
/** How many words may stand between a modifier name and the head it qualifies. */
const MODIFIER_REACH = 3;
/** How deep clauses are followed up their parents: deeper nesting is noise, and the walk stays linear. */
const MAX_DEPTH = 12;

/** The innermost clause of each item, in one sweep: clauses nest as intervals and come parents first. */
export function itemClauses(clauses: readonly Clause[], items: readonly Item[]): Int32Array {
  const out = new Int32Array(items.length);
  const order = clauses.map((_, i) => i).sort((a, b) => clauses[a]!.start - clauses[b]!.start || a - b);
  const open: number[] = [];
  let next = 0;
  items.forEach((item, i) => {
    while (next < order.length && clauses[order[next]!]!.start <= item.start) open.push(order[next++]!);
    while (open.length && clauses[open[open.length - 1]!]!.end <= item.start) open.pop();
    out[i] = open.length ? open[open.length - 1]! : 0;
  });
  return out;
}

function tokenAt(tokens: readonly TaggedToken[]): (start: number) => TaggedToken | undefined {
  const byStart = new Map<number, TaggedToken>();
  for (const t of tokens) byStart.set(t.start, t);
  return (start) => byStart.get(start);
}

/**
 * "the US platform Palantir", "Pentagon contractor Anduril", "Canada-based X": a name followed, in the
 * same nominal group, by a few nouns or adjectives and then another name only qualifies that name.
 * A determiner, preposition, verb or punctuation between them means two groups ("awarded Microsoft the JWCC").
 */
export function modifierNames(
  items: readonly Item[],
  candidates: readonly Candidate[],
  text: string,
  tokens: readonly TaggedToken[],
  lex: ClauseArgLexicon,
  /** Item positions where a relation trigger starts: "X supplies Y" is no nominal group, whatever the tagger says. */
  triggerStarts: ReadonlySet<number>,
): Set<Candidate> {
  const at = tokenAt(tokens);
  const out = new Set<Candidate>();
  for (const c of candidates) {
    if (c.kind !== "group" || c.first !== c.last) continue;
    let words = 0;
    let j = c.last + 1;
    for (; j < items.length && j - c.last <= MODIFIER_REACH + 2; j++) {
      const it = items[j]!;
      if (it.entityId) break;
      // "Canada-based": a hyphen glued to the words on both sides.
      const glued = it.norm === "-" && text[it.start - 1] !== " " && text[it.end] !== " ";
      if (glued) continue;
      if (triggerStarts.has(j)) break;
      // The word after a glued hyphen is part of the compound, whatever its tag ("Canada-based").
      const compound = items[j - 1]?.norm === "-" && j - 1 > c.last && text[items[j - 1]!.end] !== " ";
      if (compound && it.isWord) {
        words++;
        continue;
      }
      const tag = at(it.start)?.pos;
      const noun = it.isWord && /^\p{Ll}/u.test(text[it.start] ?? "") && !lex.isStopword(it.norm ?? "") && tag !== undefined && MODIFYING_POS.has(tag);
      if (!noun) break;
      words++;
    }
    if (words > 0 && words <= MODIFIER_REACH && items[j]?.entityId) out.add(c);
  }
  return out;
}

/**
 * Names that report a statement rather than take part in it: "according to X", "selon X", "…, a révélé X",
 * "…, said X" (a source after its verb), and "X reported that…" (the subject of a reporting verb).
 */
export function reportingNames(analysis: SentenceAnalysis, candidates: readonly Candidate[], items: readonly Item[], lex: ClauseArgLexicon): Set<Candidate> {
  const { tokens } = analysis;
  const out = new Set<Candidate>();
  const starts = candidates.map((c) => ({ start: items[c.first]!.start }));
  for (const { source } of analysis.attributions) {
    const first = firstStartAtOrAfter(tokens, source.start);
    if (first >= tokens.length) continue;
    let before = first - 1;
    while (before >= 0 && tokens[before]!.pos === "DET") before--;
    const prev = tokens[before];
    // A source after its verb or cue is one: "…, a révélé Disclose", "according to Wired".
    let reporting = prev !== undefined && (prev.pos === "VERB" || prev.pos === "AUX" || prev.pos === "ADP" || prev.pos === "PART");
    if (!reporting) {
      // A source before its verb is one when that verb reports others' doings ("Wired reported that…").
      let after = first;
      while (after < tokens.length && tokens[after]!.end <= source.end) after++;
      while (after < tokens.length && (tokens[after]!.pos === "ADV" || tokens[after]!.pos === "AUX")) after++;
      const verb = tokens[after];
      reporting = verb !== undefined && verb.pos === "VERB" && lex.isReportingVerb(verb.lemma);
    }
    if (!reporting) continue;
    // Candidates are sorted and do not overlap: those in the source start from the last one starting before it.
    for (let i = Math.max(0, firstStartAtOrAfter(starts, source.start) - 1); i < candidates.length && starts[i]!.start < source.end; i++) {
      const c = candidates[i]!;
      if (items[c.last]!.end > source.start) out.add(c);
    }
  }
  return out;
}

/** The names standing in a span, as one argument: a list when it holds several. A group running past the
 *  span ("S3NS, Thales et Google" when the subject is "Thales et Google") gives only its names inside,
 *  unless `whole`: a relative's antecedent is the whole list before it ("à Thales et à Airbus, qui…"). */
function candidatesIn(span: Span, items: readonly Item[], candidates: readonly Candidate[], whole: boolean): Candidate | undefined {
  const inside = candidates.filter((c) => c.kind !== "class" && items[c.first]!.start < span.end && items[c.last]!.end > span.start && !c.locative);
  if (inside.length === 1 && inside[0]!.kind === "anaphor") return inside[0];
  // An anaphor among names ("the company and Y") keeps the nearest-name reading: only lists of names merge.
  if (inside.length === 0 || inside.some((c) => c.kind !== "group")) return undefined;
  const members: number[] = [];
  for (const c of inside) {
    for (let i = c.first; i <= c.last; i++) {
      const it = items[i]!;
      if (it.entityId && c.entityIds.includes(it.entityId) && (whole || (it.start >= span.start && it.end <= span.end))) members.push(i);
    }
  }
  if (members.length === 0) return undefined;
  return {
    ...inside[0]!,
    first: members[0]!,
    last: members[members.length - 1]!,
    entityIds: [...new Set(members.map((i) => items[i]!.entityId!))],
  };
}

/** A trigger's clause-bound argument choices for one sentence. */
export interface ClauseArgs {
  /** Whether a candidate may be an argument of the trigger on items [start, end): it stands in the
   *  trigger's clause or a clause around it, never in a relative, aside, parenthesis… the trigger is outside of. */
  reaches(c: Candidate, trigger: { start: number; end: number }): boolean;
  /** The same for any item: another trigger shut away from this one bounds none of its arguments. */
  reachesItem(i: number, trigger: { start: number; end: number }): boolean;
  /** The subject a trigger's clause takes from outside it: a relative's antecedent, a fronted gerund's
   *  main subject, a participle's noun. Undefined when the clause has its own subject or names none. */
  subjectOf(at: number): Candidate | undefined;
  /** Names that only qualify the next name ("the US platform X"). */
  modifier(c: Candidate): boolean;
  /** Names that report the statement ("according to X", "X reported that…"). */
  reporter(c: Candidate): boolean;
}

export function clauseArgs(
  text: string,
  analysis: SentenceAnalysis,
  items: readonly Item[],
  candidates: readonly Candidate[],
  lex: ClauseArgLexicon,
  triggerStarts: ReadonlySet<number>,
): ClauseArgs {
  const { clauses } = analysis;
  const clauseOf = itemClauses(clauses, items);
  const modifiers = modifierNames(items, candidates, text, analysis.tokens, lex, triggerStarts);
  const reporters = reportingNames(analysis, candidates, items, lex);
  /** "…four organizations, including NSO Group, …": a clause opened by a list opener only names members. */
  const hasChild = new Uint8Array(clauses.length);
  for (const c of clauses) if (c.parent !== undefined) hasChild[c.parent] = 1;
  const clauseFirst = clauses.map((c) => firstStartAtOrAfter(items, c.start));
  const shut = clauses.map((c, i) => {
    if (!ENCLOSED.has(c.kind)) return false;
    const first = clauseFirst[i]!;
    // "28 organizations — including A and B —": the opener may follow the aside's opening mark.
    const mark = items[first]?.norm ?? "";
    if (lex.isListOpener(items, first) || ((CLAUSE_MARKS.has(mark) || mark === "-") && lex.isListOpener(items, first + 1))) return false;
    // "the contract signed with X", "des entités liées au consortium X": a participle right after its noun
    // is that noun's own phrase (a reduced relative); only one set off by a comma is an aside.
    if (c.kind === "participle" && items[first - 1]?.norm !== ",") return false;
    // A clause cut short by a verb it was not seen to hold ("that confirm the IDF’s continued involvement in…")
    // may have been cut wrong: only one closed by punctuation or the sentence's end is surely over. A participle
    // or gerund running to the sentence's end may hold what its noun's sentence goes on with
    // ("un contrat, estimé entre 500 millions et un milliard, avec les services secrets…"): only one closed by a comma is.
    // "(campagne X)", "– Airbus and Helsing –": an aside with no verb of its own glosses what stands before it.
    if (c.kind === "parenthetical" || c.kind === "aside") return Boolean(c.verb) || hasChild[i] === 1;
    const after = analysis.tokens[firstStartAtOrAfter(analysis.tokens, c.end)];
    return after ? after.pos === "PUNCT" && after.text !== "." : c.kind !== "participle" && c.kind !== "gerund";
  });
  /** Whether clause `outer` is clause `inner` or holds it (clauses nest as intervals). */
  const holds = (outer: number, inner: number): boolean => clauses[outer]!.start <= clauses[inner]!.start && clauses[inner]!.end <= clauses[outer]!.end;
  /** Whether a name in clause `candidateClause` is shut in an enclosed clause that the trigger's clause is outside of. */
  const enclosedAway = (candidateClause: number, triggerClause: number, triggerEnd: number): boolean => {
    for (let c: number | undefined = candidateClause, depth = 0; c !== undefined && depth < MAX_DEPTH; c = clauses[c]?.parent, depth++) {
      if (holds(c, triggerClause)) return false;
      // "a contract under which Google and Amazon provide…": a clause right after a nominal trigger is its complement.
      const opensOnTrigger = clauseFirst[c]! >= triggerEnd && clauseFirst[c]! - triggerEnd <= 1;
      if (shut[c] && !opensOnTrigger) return true;
    }
    return false;
  };
  /** "…d'A et de B, qui distribue…", "X, which supplies…": a subject pronoun with no name before the trigger stands for the antecedent. */
  const relativeSubject = (clause: Clause, at: number): Span | undefined => {
    if (!clause.antecedent) return undefined;
    const pronoun = firstStartAtOrAfter(items, clause.start);
    if (pronoun >= at || !lex.isSubjectRelative(items, pronoun)) return undefined;
    const named = candidates.some((c) => c.first > pronoun && c.first < at);
    return named ? undefined : clause.antecedent;
  };
  /** A participle's main-clause subject, unless a conjunction between them may have started another
   *  clause with its own subject ("Smith a insisté…, mais Israël utilise ces outils, collaborant avec…"). */
  const sharedSubject = (clause: Clause): Span | undefined => {
    const subject = clauses[clause.parent ?? 0]?.subject;
    if (!subject) return undefined;
    const { tokens } = analysis;
    for (let i = firstStartAtOrAfter(tokens, subject.end); i < tokens.length && tokens[i]!.start < clause.start; i++)
      if (tokens[i]!.pos === "CCONJ") return undefined;
    return subject;
  };
  const reachesItem = (i: number, t: { start: number; end: number }) =>
    !enclosedAway(clauseOf[i]!, clauseOf[t.start]!, t.end) || !enclosedAway(clauseOf[i]!, clauseOf[t.end - 1]!, t.end);
  return {
    // A trigger running into a clause ("la même liste noire que celle où est inscrit") reaches from either end.
    reaches: (c, t) => reachesItem(c.first, t),
    reachesItem,
    subjectOf(at) {
      const clause = clauses[clauseOf[at]!];
      let subject: Span | undefined;
      if (clause?.kind === "relative") subject = relativeSubject(clause, at);
      else if (clause?.kind === "gerund" || clause?.kind === "participle") {
        // "…, helping the Army": a present participle after a comma shares its main clause's subject.
        const leading = clause.verb ? analysis.tokens[clause.verb.first] : undefined;
        subject = clause.subject ?? (clause.kind === "participle" && leading?.verbForm === "ger" ? sharedSubject(clause) : undefined);
      }
      if (!subject || !clause) return undefined;
      const outside = subject.end <= clause.start || subject.start >= clause.end;
      return outside ? candidatesIn(subject, items, candidates, clause.kind === "relative") : undefined;
    },
    modifier: (c) => modifiers.has(c),
    reporter: (c) => reporters.has(c),
  };
}
