// Stage 6: organisations and people the registry lacks. A candidate is a run of capitalised
// words that a cue marks (data/discovery.yaml): a cue word before it ("la société X"), a
// suffix ("X Technology", "X Inc."), a head ("Department of X", "ministère de l'Intérieur"),
// an apposition ("X, une entreprise londonienne"), or, for people, a role beside the name.
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import { tokenize } from "../text/tokens";
import type { Sentence } from "./03-segment";
import { type AcronymRules, bareAcronymCue, definedAcronyms, givenAcronym } from "./06-acronyms";
import { adjectivalTail, appositionType, isHeadline, occurrences, roleOwnerType } from "./06-names";
import { isTitleLine, keepRecurring } from "./06-furniture";
import { contextType } from "./06-context";
import { releaseEmbedded } from "./06-embedded";
import { definedLongForms, listCandidates, listMembers } from "./06-passes";
import { modifiesProduct, PRODUCT_CUE } from "./06-products";
import { pluralCueLists, unclaimed } from "./06-plural-cues";
import { verbCloser } from "./06-verb-closers";
import { foreignBodies } from "./06-foreign-bodies";
import { glossedKnown } from "./06-glosses";
import { isSubsidiaryTail } from "./06-subsidiary";
import { bareNames, type UntypedRun } from "./06-bare";
import { personCue, type SentenceView } from "./06-persons";
import { articlePasses, bodyPasses } from "./06-article";
import { acronymAfter, appositionAfter, cueBefore, headBefore, knownTokens, legalFormEnd, ownType } from "./06-cues";
import { runEnd } from "./06-run";
import { personWords, portfolioRun } from "./06-titles";
import { CAPITALISED, MAX_NAME_WORDS, makeVocabulary, NUMBER, OF, YEAR } from "./06-vocabulary";
/** The types of a name that a known company's name may open without being that company. */
const NAMESAKE_TYPES = new Set<EntityType | undefined>(["agency", "organization"]);

export interface Discovery {
  label: string;
  type: EntityType;
  country: string | null;
  cue: string;
  start: number;
  end: number;
  /** An acronym given in parentheses right after the name: "(DGSI)". */
  acronym?: string;
  /** Shorter forms the article uses for the same entity ("Laxton" for "Laxton Group Limited"). */
  shortForms?: string[];
  /** A bare noun naming an institution of the article's state ("la douane"): its kind, until 06-states.ts places it. */
  kind?: string;
  /** The record's id when the name does not make it ("france-customs"); such a name names it in its own article only. */
  id?: string;
}

export interface Discoverer {
  /** `typeOf` gives the type of a known mention's entity: a state may open an agency's name ("Zimbabwe Electoral Commission"). */
  discover(
    text: string,
    sentences: readonly Sentence[],
    mentions: readonly Mention[],
    lang?: Language,
    typeOf?: (entityId: string) => EntityType | undefined,
  ): Discovery[];
}

export function makeDiscoverer(k: Knowledge): Discoverer {
  const v = makeVocabulary(k);
  const { d, before, suffix, head, ownerRoles, stop, connectors, nationality, adjectiveEndings, languageStops } = v;
  const isFunctionWord = (w: string) => languageStops.has(w) || stop.has(w);

  return {
    discover(text, sentences, mentions, lang, typeOf) {
      const adjectivalHeads = lang ? v.adjectival[lang] : undefined;
      const titled = personWords(v, lang);
      const defined = definedAcronyms(text);
      const articleAcronyms: AcronymRules = { ...v.acronymRules, excluded: (w) => defined.has(w) || v.acronymRules.excluded(w) };
      const found: Discovery[] = [];
      const untyped: UntypedRun[] = [];
      let mi = 0;
      for (const s of sentences) {
        while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
        const inSentence: Mention[] = [];
        for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) inSentence.push(mentions[j]!);
        const tokens = tokenize(text, s.start, s.end);
        const sentenceFrom = found.length;
        const untypedFrom = untyped.length;
        const firstWord = tokens.findIndex((t) => t.isWord);
        const pending: { first: number; end: number }[] = [];
        const { known, capital } = knownTokens(text, tokens, inSentence, v.isAmountWord);
        releaseEmbedded(v, text, tokens, known, inSentence, typeOf);
        const view: SentenceView = { text, tokens, capital, person: titled };
        const isVerb = verbCloser(text, s.start, s.end, lang);
        // "360 Capital Partners": a number opens a name when capitalised words follow it, but not a year or an amount ("in 2021 Google…", "$5 Million").
        const leadingNumber = (n: number) =>
          known[n] === 0 &&
          NUMBER.test(tokens[n]!.norm) &&
          !YEAR.test(tokens[n]!.norm) &&
          capital(n + 1) &&
          (n === 0 || tokens[n - 1]!.isWord) &&
          !v.isAmountWord(tokens[n + 1]!.norm);

        // A headline in Title Case ("Signs $2 Million Contract With Spyware Maker…") capitalises every word: its runs are no
        // names. The names it carries recur in the body, where capitals mean something.
        if (isHeadline(tokens, text, languageStops)) continue;
        // Runs inside a title's portfolio ("Minister of Home Affairs and Internal Security") name no organisation.
        let portfolioUntil = -1;
        for (let i = 0; i < tokens.length; i++) {
          const numbered = leadingNumber(i);
          if (!(capital(i) || numbered) || (i > 0 && capital(i - 1))) continue;
          // Right after a known name, capitalised words are its product ("Google Distributed Cloud"), not a new organisation,
          // unless the known name is a state opening an institution's name ("Zimbabwe Electoral Commission").
          const glued = i > 0 && known[i - 1] === 1 && tokens[i - 1]!.end === tokens[i]!.start - 1 && text[tokens[i]!.start - 1] === " ";
          const opener = glued ? inSentence.find((m) => m.end === tokens[i - 1]!.end) : undefined;
          const openerType = opener ? typeOf?.(opener.entityId) : undefined;
          // A known organisation opens its bodies' names too ("United Nations Office on Drugs and Crime").
          if (glued && openerType !== "state" && openerType !== "company" && openerType !== "organization") continue;
          // A run opened by a given name is one person: it does not cross "and" ("Alex Karp et Peter Thiel").
          const personal = v.givenNames.has(tokens[i]!.norm);
          // The run: capitalised words and what joins them inside a name (06-run.ts).
          const inList = i >= 2 && tokens[i - 1]!.norm === "," && (capital(i - 2) || known[i - 2] === 1);
          let end = runEnd(v, { text, tokens, capital, known }, i, personal, inList, titled);
          end = legalFormEnd(v, tokens, end, capital);
          let first = i;
          // Leading stopwords are no part of the name ("Selon X"), unless one that opens names is followed by a capitalised word ("State Department").
          // A lowercase connector left opening the run is none either ("CEO of Mach Industries" is no "of Mach Industries").
          // "Her Majesty's Prison Service": the possessor's pronoun is the name's first word.
          const possessorOpener = (n: number) => v.namePossessors.has(tokens[n + 1]?.norm ?? "") && tokens[n + 2]?.norm === "'s" && n + 2 < end;
          const leading = (n: number) =>
            (stop.has(tokens[n]!.norm) && !(v.nameOpeners.has(tokens[n]!.norm) && n + 1 < end && capital(n + 1)) && !possessorOpener(n)) ||
            (n > i && !capital(n) && connectors.has(tokens[n]!.norm));
          while (first < end && leading(first)) first++;
          if (first >= end) continue;
          const { portfolio: portfolioWords, beforeTitle } = portfolioRun(v, tokens, first, end);
          const portfolio = (first > i && connectors.has(tokens[first]!.norm)) || portfolioWords || i < portfolioUntil;
          // "la Cour suprême", "le Tribunal constitutionnel fédéral d'Allemagne": a capitalised head, lowercase adjectives.
          let adjectivalType: EntityType | undefined;
          const midSentence = firstWord < first;
          // "la Délégation des Commissions de gestion du parlement": a longer capitalised run the head opens takes the tail too.
          if (midSentence && adjectivalHeads?.has(tokens[first]!.norm) && (end === first + 1 || capital(end - 1))) {
            const upper = (n: number) => CAPITALISED.test(text[tokens[n]!.start]!);
            const endings = adjectiveEndings[lang!] ?? [];
            // "le Front patriotique rwandais": a nationality is an adjective of the name too.
            const isAdjective = (w: string) => endings.some((e) => w.endsWith(e)) || d.nationalityOf.has(w);
            const closers = v.nameClosers[lang!];
            const isStop = (w: string) => languageStops.has(w) || stop.has(w);
            const tail = adjectivalTail(
              tokens,
              end - 1,
              v.tailConnectorsOf[lang!] ?? v.tailConnectors,
              isStop,
              upper,
              isAdjective,
              5,
              (t) => (closers?.has(text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")) ?? false) || isVerb(t),
            );
            if (tail > end) [end, adjectivalType] = [tail, adjectivalHeads.get(tokens[first]!.norm)];
          }
          let run = tokens.slice(first, end);
          const words = run.filter((t) => t.isWord && !connectors.has(t.norm));
          if (words.every((t) => stop.has(t.norm) || d.nationalityOf.has(t.norm))) continue;
          if (words.length > MAX_NAME_WORDS) continue;
          // A detention centre, a prison, a processing center is a place where actors act, no actor (data: facility_closers).
          if (v.isFacility(words)) continue;

          let type: EntityType | undefined;
          let cue = "";
          let country: string | null = null;
          let startTok = first;
          // After a known company, capitalised words are its product ("Google Distributed Cloud") unless they end in a company or
          // fund head ("KKR Asian Fund III"): then they name a subsidiary.
          const subsidiary = openerType === "company" && first === i && isSubsidiaryTail(v, run);
          // "The Independent Electoral and Boundaries Commission": a known company's name opening an agency's or an association's
          // is a namesake's first words, not that company.
          const namesake = openerType === "company" && first === i && !subsidiary && NAMESAKE_TYPES.has(suffix.get(tokens[end - 1]!.norm)!);
          if (openerType === "company" && !subsidiary && !namesake) continue;
          if (subsidiary) [type, cue] = ["company", `subsidiary of ${text.slice(opener!.start, opener!.end)}`];

          // A cue word before the name ("la société chinoise X"), else a lowercase head ("ministère de l'Intérieur") (06-cues.ts).
          const cued = cueBefore(v, text, tokens, first, end);
          country = cued.country;
          const beforeType = cued.type;
          if (cued.type) [type, cue] = [cued.type, cued.cue];
          if (!type) {
            const headed = headBefore(v, view, known, first, end, lang);
            if (headed) {
              [type, cue, startTok, end] = [headed.type, headed.cue, headed.startTok, headed.end];
              run = tokens.slice(first, end);
              country ??= headed.country;
            }
          }
          const last = run[run.length - 1]!;
          if (!type && adjectivalType) [type, cue] = [adjectivalType, run[0]!.norm];
          // "Uganda Police", "Israel Police", "Kenya Army": a state and one word of an agency name that state's body.
          if (!type && openerType === "state" && first === i && words.length === 1 && suffix.get(words[0]!.norm) === "agency")
            [type, cue] = ["agency", words[0]!.norm];
          // "University of Cambodia", "Bank of Tanzania": a head alone before "of" and a known state opens that state's body; the
          // state completes its name once the article is read (06-states.ts).
          if (!type && words.length === 1 && OF.has(tokens[end]?.norm ?? "") && known[end + 1] === 1) {
            const state = inSentence.find((m) => m.start === tokens[end + 1]!.start && typeOf?.(m.entityId) === "state");
            const headType = head.get(words[0]!.norm) ?? suffix.get(words[0]!.norm);
            if (state && (headType === "agency" || headType === "organization")) [type, cue] = [headType, `${words[0]!.norm} of a state`];
          }
          // A head opening the run, or a suffix closing it or its head's complement (06-cues.ts).
          let ownTyped = false;
          if (!type && words.length >= 2) {
            const own = ownType(v, run, words);
            if (own) [type, cue, ownTyped] = [own.type, own.cue, true];
          }
          // Apposition after: "X, une entreprise londonienne". It says more than the name's own last word: "the National Border
          // Patrol Council (NBPC), a union" is an association.
          const after = type && !ownTyped ? undefined : appositionAfter(v, tokens, end + acronymAfter(tokens, end));
          if (after) [type, cue, country] = [after.type, after.cue, country ?? after.country];
          // "Quux Vision's chief executive" before the people ("chief" is a role beside the name); "le PDG de Quux" after
          // them ("le fondateur d'Intellexa Tal Dilian" names a person after the company).
          if (!type && tokens[end]?.norm === "'s") {
            const owner = roleOwnerType(tokens, first, end, ownerRoles, OF);
            if (owner) [type, cue] = [owner, "role"];
          }
          // People: beside a role or a verb of speech, opened by a given name, or coordinated with a person.
          const person = type ? undefined : personCue(v, view, first, end, found, sentenceFrom, articleAcronyms);
          if (person) {
            [type, cue, startTok] = [person.type, person.cue, person.startTok];
            if (person.roleOrganisation) found.push(person.roleOrganisation);
          }
          if (!type) {
            const owner = roleOwnerType(tokens, first, end, ownerRoles, OF);
            if (owner) [type, cue] = [owner, "role"];
          }
          // "X, a Canadian networking firm": the apposition's cue noun types the name, its nationality gives the country.
          const app = type ? undefined : appositionType(tokens, end, before, v.indefinite, (w) => v.roles.has(w));
          if (app) {
            [type, cue] = [app.type, text.slice(tokens[app.from]!.start, tokens[app.to - 1]!.end)];
            for (let a = app.from; a < app.to; a++) country ??= nationality(tokens[a]) ?? v.basedIn(tokens, a)?.country ?? null;
          }
          // Apposition, relative clause, place or compound: what the context says of the name (06-context.ts).
          const context = contextType(v, text, tokens, first, end, words, type);
          if (context) {
            country ??= context.country;
            if (!type && context.type) [type, cue] = [context.type, context.cue];
          }
          // "Dell laptops", "les caméras Hikvision": a name modifying a product noun is its maker's.
          // An acronym the article defines is its long form's ("PSCA cameras").
          const definedHere = run.length === 1 && defined.has(run[0]!.norm);
          if (
            !type &&
            !definedHere &&
            modifiesProduct(d, text, tokens, first, end, lang, (w) => (lang ? (adjectiveEndings[lang] ?? []) : []).some((e) => w.endsWith(e)))
          )
            [type, cue] = ["company", PRODUCT_CUE];
          // "la DGSN", "the DHS", "PSCA said…": an acronym no long form defines.
          const acronymCue = !type && run.length === 1 ? bareAcronymCue(tokens, text, first, firstWord, articleAcronyms) : undefined;
          if (acronymCue) [type, cue] = ["agency", `acronym after ${acronymCue}`];
          if (portfolio && (type !== "person" || beforeTitle)) {
            // The complement's words are read again on their own: they may close with the title holder's name.
            portfolioUntil = Math.max(portfolioUntil, end);
            continue;
          }
          if (!type) {
            // Perhaps a member of a list of organisations ("Survey Copter, EOS Technologie, Delair et Thales"): decided once the sentence is read.
            // A part of "A and B" comes back as a run of its own: it is a candidate once.
            if (first > firstWord) for (const c of listCandidates(v, view, first, end)) if (!pending.some((p) => p.first === c.first)) pending.push(c);
            // Or a name with no cue at all, decided once the article is read ("…contracts with Anduril").
            if (!opener) untyped.push({ tokens, from: i, first, end, firstWord });
            continue;
          }
          if (type !== "person" && words.length === 1 && stop.has(words[0]!.norm)) continue;
          // Places are not organisations: "Toronto", "New Zealand" are not discovered without a cue word before them.
          if (!beforeType && v.places.has(fold(text.slice(run[0]!.start, last.end)))) continue;
          // A state opening an institution's name belongs to it, and a company its subsidiary's; so does a state opening a name
          // that a company suffix closes ("China Exim Bank", "Israel Aerospace Industries"): a state-owned company.
          // So does a state opening an association's name its suffix closes ("Indonesia Corruption Watch").
          const stateCompany = openerType === "state" && (type === "company" || type === "organization") && cue === last.norm;
          // An organisation's body is an organisation like it: "United Nations Office on Drugs and Crime".
          const body = openerType === "organization" && first === i && (type === "agency" || type === "organization");
          if (body) type = "organization";
          if (opener && first === i && (type === "agency" || subsidiary || stateCompany || namesake || body))
            startTok = tokens.findIndex((t) => t.start >= opener.start);
          // "Austal Philippines President Wayne Murray", "Kenya President X": a person after a state's name is no body of it.
          else if (opener && type !== "person") continue;
          // The namesake's determiner is no part of its label, but the name is matched as written, with it, where the known name began.
          let written: string | undefined;
          if (namesake && stop.has(tokens[startTok]!.norm) && type !== "person") {
            written = text.slice(tokens[startTok]!.start, last.end);
            while (startTok < first && stop.has(tokens[startTok]!.norm)) startTok++;
          }

          const start = tokens[startTok]!.start;
          const stopAt = last.end;
          const acronym = givenAcronym(tokens, text, end);
          const shortForms = [...(type === "company" ? v.shortFormsOf(text, run) : []), ...(written ? [written] : [])];
          found.push({
            label: text.slice(start, stopAt),
            type,
            country,
            cue,
            start,
            end: stopAt,
            ...(acronym ? { acronym } : {}),
            ...(shortForms.length ? { shortForms } : {}),
          });
          i = end - 1;
        }
        pluralCueLists(v, { text, tokens, capital, known }, found, sentenceFrom, titled, lang);
        foreignBodies(v, text, tokens, inSentence, found, typeOf, lang ? v.institutions.levels[lang] : undefined);
        listMembers(v, view, unclaimed(pending, tokens, found, sentenceFrom), found, sentenceFrom, inSentence, typeOf);
        definedLongForms(v, view, known, found, sentenceFrom);
        bodyPasses(v, articleAcronyms, text, tokens, known, found, sentenceFrom, lang);
        glossedKnown(tokens, inSentence, found, sentenceFrom, typeOf);
        if (isTitleLine(text, s.start, s.end, tokens, isFunctionWord)) {
          keepRecurring(text, found, sentenceFrom);
          const runs = untyped.splice(untypedFrom).filter((r) => occurrences(text, text.slice(tokens[r.first]!.start, tokens[r.end - 1]!.end)) >= 2);
          untyped.push(...runs);
        }
      }
      bareNames(v, text, untyped, found, lang, mentions, typeOf);
      articlePasses(v, text, sentences, mentions, found, lang, typeOf);
      return found;
    },
  };
}
