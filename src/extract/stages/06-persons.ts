// Stage 6: people among the capitalised runs — two to four words beside a role or a verb of
// speech, a known given name with a capitalised surname, or a name coordinated with a person just found.
import type { EntityType } from "../../model";
import { roleBeforePortfolio } from "./06-portfolio-roles";
import { fold } from "../text/fold";
import type { Token } from "../text/tokens";
import { type AcronymRules, isAcronymToken } from "./06-acronyms";
import type { Discovery } from "./06-discover";
import { givenNameStart } from "./06-names";
import { type PersonWords, personContext, titledSurname } from "./06-titles";
import { ALL_CAPS, COORDINATION, OF, SPEECH, type Vocabulary } from "./06-vocabulary";

/** One sentence's tokens and whether a token opens a name (capitalised, not a known mention). */
export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  capital: (n: number) => boolean;
  /** Titles and name particles of the article's language. */
  person?: PersonWords;
}

export interface PersonCue {
  type: EntityType;
  cue: string;
  /** The token where the person's name starts, titles left out. */
  startTok: number;
  /** An organisation's acronym standing between the role and the name. */
  roleOrganisation?: Discovery;
}

/**
 * The person the run tokens[first, end) names, if any. `found` holds what the sentence has given
 * so far (from `sentenceFrom` on): a name coordinated with a person is a person.
 */
export function personCue(
  v: Vocabulary,
  s: SentenceView,
  first: number,
  end: number,
  found: readonly Discovery[],
  sentenceFrom: number,
  acronyms: AcronymRules,
): PersonCue | undefined {
  const { text, tokens, capital, person } = s;
  const { roles, suffix, head, stop, givenNames, notSurname } = v;
  const run = tokens.slice(first, end);
  // "Carolina Rocha da Silva": a lowercase particle inside the run joins the name's words.
  const particle = (t: Token, n: number) => n > 0 && n < run.length - 1 && (person?.particles.has(t.norm) ?? false);
  if (!run.every((t, n) => (t.isWord ? capital(first + n) || particle(t, n) : t.norm === "-"))) return undefined;
  // Titles in front of the name ("Commerce Secretary Gina Raimondo", "Gen Kale Kayihura") are not part of it.
  const isTitle = (t: Token, n: number) => roles.has(t.norm) || (n === lastRole + 1 && (person?.titles.has(t.norm) ?? false));
  let lastRole = -1;
  let firstRole = -1;
  run.forEach((t, n) => {
    if (!isTitle(t, n)) return;
    lastRole = n;
    if (firstRole < 0) firstRole = n;
  });
  // "Secretary of Commerce Wilbur Ross": the words after "role of" belong to the title, not the name; "Director of
  // Public Prosecutions" is a title whole, no one's name.
  // A determiner may stand between "of" and the complement: "ministre de l'Intérieur", "Minister of the Interior".
  const before = tokens[first - 1]?.norm ?? "";
  const of = v.institutions.determiners.has(before) && !OF.has(before) ? first - 2 : first - 1;
  const roleAt = roleBeforeComplement(v, text, tokens, of);
  const linked = OF.has(tokens[of]?.norm ?? "") || (COORDINATION.has(tokens[of]?.norm ?? "") && roleAt < of);
  const titleComplement = lastRole < 0 && linked && roles.has(tokens[roleAt]?.norm ?? "");
  const complement = titleComplement ? complementLength(run, givenNames) : 0;
  if (titleComplement && complement < 0) return undefined;
  // "the Managing Director PSCA Muhammad Kamran Khan": an acronym between the role and the name is the role's organisation.
  const afterRole = run[lastRole + 1 + complement];
  const roleOrg = lastRole >= 0 && afterRole && isAcronymToken(text, afterRole) && !acronyms.excluded(afterRole.norm) ? 1 : 0;
  const name = run.slice(lastRole + 1 + complement + roleOrg);
  const near = [...tokens.slice(Math.max(0, first - 4), first), ...tokens.slice(end, end + 3)];
  // The role of a title complement may stand further back than `near` reaches ("le ministre de l'Économie et des Finances X").
  // An occupation marks the name right after it, or follows it in apposition: "activist body Just Treatment" names no person.
  const adjacent = (t: Token) => t === tokens[first - 1] || t.start >= tokens[end - 1]!.end;
  const cueNear = (t: Token) => (roles.has(t.norm) && (!v.occupations.has(t.norm) || adjacent(t))) || SPEECH.has(t.norm);
  // "the Committee to Protect Journalists, who…": the tail of a longer name after its lowercase link is no one's name.
  const startsUpper = (n: number) => CAPITAL_START.test(text.slice(tokens[n]!.start, tokens[n]!.end));
  const link = tokens[first - 1]?.norm ?? "";
  const tail =
    first >= 3 &&
    (v.connectors.has(link) || NAME_LINKS.has(link)) &&
    !startsUpper(first - 1) &&
    tokens[first - 2]!.isWord &&
    startsUpper(first - 2) &&
    tokens.findIndex((t) => t.isWord) < first - 2;
  const role =
    lastRole >= 0
      ? run[lastRole]
      : titleComplement
        ? tokens[roleAt]
        : tail
          ? undefined
          : (near.find(cueNear) ?? roleBeforeComma(v, text, tokens, first) ?? roleBeforePortfolio(v, text, tokens, first));
  const nameWords = name.filter((t, n) => t.isWord && !(n > 0 && person?.particles.has(t.norm)));
  // An all-capital word is an acronym, not part of a person's name ("KLP Kapitalforvaltning head …"); a word glued by a
  // hyphen is part of a compound surname even when it is a stopword alone ("Hoan Ton-That").
  const plausible =
    nameWords.length >= 2 &&
    nameWords.length <= 4 &&
    !nameWords.some((t) => suffix.has(t.norm) || head.has(t.norm) || (stop.has(t.norm) && !hyphenated(tokens, t)) || ALL_CAPS.test(text.slice(t.start, t.end)));
  // "President Kibaki", "Gen Kayihura": one word after a title that names people is a surname.
  const other = (w: string) =>
    suffix.has(w) ||
    head.has(w) ||
    stop.has(w) ||
    roles.has(w) ||
    givenNames.has(w) ||
    v.places.has(w) ||
    v.d.nationalityOf.has(w) ||
    (person?.titles.has(w) ?? false);
  // The title is the run's first word, or the word right before it when stopwords left it out ("President").
  const title = lastRole >= 0 ? run[lastRole] : tokens[first - 1];
  const surname =
    person !== undefined &&
    roleOrg === 0 &&
    complement === 0 &&
    titledSurname(person, title, nameWords, other) &&
    // "Mr Bridges" after "Ed Bridges": the surname of a person already found is that person, linked later.
    !found.some((f) => f.type === "person" && fold(f.label).endsWith(` ${nameWords[0]!.norm}`)) &&
    !ALL_CAPS.test(text.slice(name[0]!.start, name[0]!.end));
  // "X, then-head of…", "X, who heads…", "X was arrested", "Adeyemi, 45,": what follows the name says it is a person's.
  const context =
    role || !person || tail
      ? undefined
      : personContext(
          person,
          tokens,
          end,
          (w) => roles.has(w),
          (w) => v.occupations.has(w),
        );
  const aged = context === "age" && nameWords.length === 1 && !other(nameWords[0]!.norm) && !ALL_CAPS.test(text.slice(name[0]!.start, name[0]!.end));
  if (((role || context) && plausible) || surname || aged) {
    const org = roleOrg
      ? {
          label: text.slice(afterRole!.start, afterRole!.end),
          type: "agency" as const,
          country: null,
          cue: `acronym after ${role?.norm}`,
          start: afterRole!.start,
          end: afterRole!.end,
        }
      : lastRole >= 0
        ? organisationBeforeTitle(v, s, run.slice(0, firstRole), run.slice(firstRole, lastRole + 1))
        : undefined;
    return {
      type: "person",
      cue: role?.norm ?? context ?? title!.norm,
      startTok: first + lastRole + 1 + complement + roleOrg,
      ...(org ? { roleOrganisation: org } : {}),
    };
  }
  // A person named without a role: a known given name and a capitalised surname ("Renaud Allioux et Arnaud Guérin").
  const g = givenNameStart(
    run.filter((t, n) => !particle(t, n)),
    (w) => givenNames.has(w),
    (w) => roles.has(w),
    notSurname,
  );
  if (g >= 0) return { type: "person", cue: "given name", startTok: first + g };
  // "la Belge Saskia Bricmont", "la procureure de la République de Lille Carole Etienne": a given name and a surname close a
  // longer run, right after a nationality or a place ("Front Line Defenders" is no person).
  const placeOrNationality = (t: Token) => v.d.nationalityOf.has(t.norm) || v.places.has(t.norm);
  const rejectsSurname = (t: Token) => notSurname(t.norm) || suffix.has(t.norm) || head.has(t.norm) || stop.has(t.norm);
  const closingName = givenNameTail(run, (w) => givenNames.has(w), placeOrNationality, rejectsSurname);
  if (closingName > 0) return { type: "person", cue: "given name after a capitalised word", startTok: first + closingName };
  // "Satya Nadella et Yossi Sariel": a name coordinated with a person just found is a person too.
  const previous = found.length > sentenceFrom ? found[found.length - 1]! : undefined;
  const between = previous ? fold(text.slice(previous.end, tokens[first]!.start)) : "";
  // A surname may be a place's name too ("Koffi Yao"): the person already found vouches for the last word.
  const lastNotSurname = (t: Token) => suffix.has(t.norm) || head.has(t.norm) || stop.has(t.norm);
  const placeAfterAnd = (t: Token) =>
    COORDINATION.has(between) && run.length === 2 && v.places.has(t.norm) && !lastNotSurname(t) && !v.d.nationalityOf.has(t.norm);
  if (
    previous?.type === "person" &&
    (COORDINATION.has(between) || between === ",") &&
    run.length >= 2 &&
    run.length <= 3 &&
    // After "and", a place's name may open the second person's name ("Lorenzo Scarazzato and Madison Lipson": the gazetteer
    // drops given names that are places); a role is no name's word ("X, Permanent Secretary, …").
    !run.some((t, n) => (n === run.length - 1 ? lastNotSurname(t) : notSurname(t.norm) && !(n === 0 && placeAfterAnd(t)))) &&
    !run.some((t) => roles.has(t.norm))
  ) {
    return { type: "person", cue: `coordinated with ${previous.label}`, startTok: first };
  }
  return undefined;
}

/** Where a closing "Given Surname" (two or three words) starts in a longer run, or -1. */
function givenNameTail(run: readonly Token[], isGiven: (w: string) => boolean, opensTail: (t: Token) => boolean, rejects: (t: Token) => boolean): number {
  for (let g = run.length - 2; g >= 1 && g >= run.length - 4; g--) {
    const [before, given] = [run[g - 1]!, run[g]!];
    if (!given.isWord || !isGiven(given.norm) || !before.isWord || isGiven(before.norm) || !opensTail(before)) continue;
    // The surname: one or two words, or a hyphenated compound ("Kwiatkowska-Gurdak").
    const rest = run.slice(g + 1);
    const surname = rest.filter((t) => t.isWord);
    if (surname.length <= 2 && rest.every((t) => (t.isWord && !rejects(t)) || t.norm === "-") && rest[rest.length - 1]!.isWord) return g;
  }
  return -1;
}

/** How far back a role's complement may reach before the comma that sets the name apart. */
const MAX_COMPLEMENT_TOKENS = 14;

/**
 * "le commandant de l'armée, Nicacio Ruiz", "le ministre malgache du Numérique, des Postes et des Télécommunications,
 * Tahina Rabe": a role, its "of" complement, then a comma and the name. The complement holds only connectors,
 * determiners, commas and nouns or adjectives; a clause word (a verb's pronoun, a relative) stops the search.
 */
function roleBeforeComma(v: Vocabulary, text: string, tokens: readonly Token[], first: number): Token | undefined {
  if (tokens[first - 1]?.norm !== ",") return undefined;
  const glue = (t: Token) => OF.has(t.norm) || COORDINATION.has(t.norm) || v.institutions.determiners.has(t.norm) || t.norm === ",";
  for (let q = first - 2; q >= Math.max(1, first - 1 - MAX_COMPLEMENT_TOKENS); q--) {
    const t = tokens[q]!;
    if (v.roles.has(t.norm) && !v.occupations.has(t.norm)) {
      // The role's complement opens right after it, or after a nationality ("le ministre malgache du…").
      const next = v.d.nationalityOf.has(tokens[q + 1]?.norm ?? "") ? tokens[q + 2] : tokens[q + 1];
      return next && OF.has(next.norm) ? t : undefined;
    }
    if (!t.isWord ? t.norm !== "," && t.norm !== "'" : !glue(t) && (v.stop.has(t.norm) || (!CAPITAL_START.test(text.slice(t.start, t.end)) && !isNounLike(t))))
      return undefined;
  }
  return undefined;
}

/** A lowercase word that may sit in a title's complement: not a function word, not a verb form the tokens mark. */
const isNounLike = (t: Token) => t.isWord && t.norm.length > 2;

/** Coordinated complements of a title are short: "ministre de l'Économie et des Finances". */
const MAX_COORDINATED = 5;
const CAPITAL_START = /^\p{Lu}/u;
/** Lowercase words that link a body's name to its complement besides the connectors: "Committee to Protect Journalists". */
const NAME_LINKS = new Set(["to", "on", "the"]);

/**
 * Where the role stands before the "of" at `of`: right before it, past a nationality ("le ministre norvégien des Finances
 * Olav Berg"), or past a coordinated complement ("le ministre de l'Économie et des Finances Olav Berg").
 */
function roleBeforeComplement(v: Vocabulary, text: string, tokens: readonly Token[], of: number): number {
  const link = tokens[of]?.norm ?? "";
  // "Minister of Economy and Finance Olav Berg": English coordinates the complement with no "of" of its own.
  let r = COORDINATION.has(link) ? of : of - 1;
  if (r === of - 1 && v.d.nationalityOf.has(tokens[r]?.norm ?? "")) r--;
  if (!COORDINATION.has(tokens[r]?.norm ?? "")) return r;
  for (let q = r - 1; q >= Math.max(0, r - MAX_COORDINATED); q--) {
    const t = tokens[q]!;
    if (v.roles.has(t.norm)) return q;
    const glue = OF.has(t.norm) || v.institutions.determiners.has(t.norm);
    if (!glue && !(t.isWord && CAPITAL_START.test(text.slice(t.start, t.end)))) break;
  }
  return r;
}

/** Whether the token is joined to a neighbour by a hyphen, with no space: "Ton-That", "Saint-Exupéry". */
function hyphenated(tokens: readonly Token[], t: Token): boolean {
  const n = tokens.indexOf(t);
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  return (tokens[n - 1]?.norm === "-" && glued(tokens[n - 1], t)) || (tokens[n + 1]?.norm === "-" && glued(t, tokens[n + 1]));
}

/**
 * How many words after "role of" belong to the title: up to the first given name ("Director of Public Prosecutions
 * Noordin Haji"), else one ("Secretary of Commerce Wilbur Ross"). -1 when no name of two words is left after it.
 */
function complementLength(run: readonly Token[], givenNames: ReadonlySet<string>): number {
  const words = run.filter((t) => t.isWord);
  const given = words.findIndex((t, n) => n > 0 && words.length - n >= 2 && givenNames.has(t.norm));
  const cut = given > 0 ? given : 1;
  return words.length - cut >= 2 ? run.indexOf(words[cut]!) : -1;
}

/**
 * "Clearview AI CEO Hoan Ton-That", "Toronto Police Chief Myron Demkiw": the capitalised words before the title are the
 * organisation the person serves, typed by the role (a CEO's is a company) or by its own head or suffix; untyped, they
 * are left alone ("Commerce Secretary Gina Raimondo").
 */
function organisationBeforeTitle(v: Vocabulary, s: SentenceView, words: readonly Token[], title: readonly Token[]): Discovery | undefined {
  const role = title[0]!;
  // "Chief Executive": the whole title first, then its first word.
  const titleType = v.ownerRoles.get(title.map((t) => t.norm).join(" ")) ?? v.ownerRoles.get(role.norm);
  if (words.length === 0 || !words.every((t) => t.isWord || t.norm === "-" || t.norm === "&")) return undefined;
  const last = words[words.length - 1]!;
  if (!last.isWord || (v.stop.has(words[0]!.norm) && !v.nameOpeners.has(words[0]!.norm))) return undefined;
  // A suffix or head word alone is no name: "Defense Minister X", "Police Chief X" name a portfolio, not a body.
  const nameWords = words.filter((t) => t.isWord).length;
  const type = titleType ?? (nameWords >= 2 ? (v.suffix.get(last.norm) ?? v.head.get(words[0]!.norm)) : undefined);
  if (!type || type === "contract" || type === "person") return undefined;
  const label = s.text.slice(words[0]!.start, last.end);
  if (v.places.has(fold(label)) || v.d.nationalityOf.has(fold(label))) return undefined;
  return { label, type, country: null, cue: `before ${role.norm}`, start: words[0]!.start, end: last.end };
}
