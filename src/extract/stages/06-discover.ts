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
import { adjectivalTail, appositionType, contractPhrase, isHeadline, occurrences, roleOwnerType } from "./06-names";
import { isTitleLine, keepRecurring } from "./06-furniture";
import { contextType } from "./06-context";
import { linkForms, linkStatePrefixed } from "./06-forms";
import { acronymBodies } from "./06-acronym-bodies";
import { placeBodies, placeGovernments } from "./06-governments";
import { placeInstitutions } from "./06-states";
import { lowercaseInstitutions } from "./06-institutions";
import { bareStateBodies } from "./06-state-bodies";
import { definedLongForms, listCandidates, listMembers } from "./06-passes";
import { modifiesProduct, PRODUCT_CUE, yieldProductCues } from "./06-products";
import { descriptiveSubsidiaries, isSubsidiaryTail, stateBranches } from "./06-subsidiary";
import { bareNames, type UntypedRun } from "./06-bare";
import { personCue, type SentenceView } from "./06-persons";
import { CAPITALISED, COORDINATION, HAS_LETTER, MAX_NAME_WORDS, makeVocabulary, NAMING, NUMBER, OF, YEAR } from "./06-vocabulary";
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
  const {
    d,
    before,
    suffix,
    head,
    apposition,
    ownerRoles,
    indefinite,
    stop,
    nameOpeners,
    connectors,
    roles,
    isAmountWord,
    nationality,
    givenNames,
    places,
    adjectival,
    tailConnectors,
    adjectiveEndings,
    languageStops,
    acronymRules,
    basedIn,
    shortFormsOf,
    phraseEndingAt,
  } = v;
  const isFunctionWord = (w: string) => languageStops.has(w) || stop.has(w);
  const legalForm = (w: string | undefined) => w !== undefined && v.subsidiaryHeads.has(w) && suffix.get(w) === "company";

  return {
    discover(text, sentences, mentions, lang, typeOf) {
      const adjectivalHeads = lang ? adjectival[lang] : undefined;
      const defined = definedAcronyms(text);
      const articleAcronyms: AcronymRules = { ...acronymRules, excluded: (w) => defined.has(w) || acronymRules.excluded(w) };
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
        // Which tokens lie inside a known mention, in one merge walk (both lists are in text order).
        const known = new Uint8Array(tokens.length);
        for (let t = 0, m = 0; t < tokens.length && m < inSentence.length; ) {
          if (inSentence[m]!.end <= tokens[t]!.start) m++;
          else {
            if (tokens[t]!.end > inSentence[m]!.start) known[t] = 1;
            t++;
          }
        }
        const capital = (n: number) => {
          const t = tokens[n]!;
          return known[n] === 0 && t.isWord && CAPITALISED.test(text[t.start]!) && HAS_LETTER.test(t.norm);
        };
        const view: SentenceView = { text, tokens, capital };
        // "360 Capital Partners": a number opens a name when capitalised words follow it, but not a year or an amount ("in 2021 Google…", "$5 Million").
        const leadingNumber = (n: number) =>
          known[n] === 0 &&
          NUMBER.test(tokens[n]!.norm) &&
          !YEAR.test(tokens[n]!.norm) &&
          capital(n + 1) &&
          (n === 0 || tokens[n - 1]!.isWord) &&
          !isAmountWord(tokens[n + 1]!.norm);

        // A headline in Title Case ("Signs $2 Million Contract With Spyware Maker…") capitalises every word: its runs are no
        // names. The names it carries recur in the body, where capitals mean something.
        if (isHeadline(tokens, text, languageStops)) continue;
        for (let i = 0; i < tokens.length; i++) {
          const numbered = leadingNumber(i);
          if (!(capital(i) || numbered) || (i > 0 && capital(i - 1))) continue;
          // Right after a known name, capitalised words are its product ("Google Distributed Cloud"), not a new organisation,
          // unless the known name is a state opening an institution's name ("Zimbabwe Electoral Commission").
          const glued = i > 0 && known[i - 1] === 1 && tokens[i - 1]!.end === tokens[i]!.start - 1 && text[tokens[i]!.start - 1] === " ";
          const opener = glued ? inSentence.find((m) => m.end === tokens[i - 1]!.end) : undefined;
          const openerType = opener ? typeOf?.(opener.entityId) : undefined;
          if (glued && openerType !== "state" && openerType !== "company") continue;
          // A run opened by a given name is one person: it does not cross "and" ("Alex Karp et Peter Thiel").
          const personal = givenNames.has(tokens[i]!.norm);
          // The run: capitalised words, joined by "&", "-" or lowercase connectors between two capitals.
          const inList = i >= 2 && tokens[i - 1]!.norm === "," && (capital(i - 2) || known[i - 2] === 1);
          let j = i + 1;
          let end = i + 1;
          while (j < tokens.length && end - i < MAX_NAME_WORDS * 2) {
            const t = tokens[j]!;
            if (capital(j)) end = j + 1;
            // "Unit 8200", "Unité 731": a number closes a name its head opens.
            else if (end === j && /^\d{1,5}$/.test(t.norm) && head.has(tokens[i]!.norm) && known[j] === 0) {
              end = j + 1;
              break;
            } else if (personal && t.norm !== "-") break;
            // "Discount Bank et Mizrahi Tefahot Bank": a name already ended by its suffix is not continued by "and".
            else if (COORDINATION.has(t.norm) && suffix.has(tokens[end - 1]!.norm)) break;
            // "Quarnix, Velmora et Tesseline Systèmes": after a name and a comma, "and" closes a list, it joins no name.
            else if (COORDINATION.has(t.norm) && inList) break;
            // "California State Teachers' Retirement System": a plural's apostrophe, glued to it, stays inside the name.
            else if (t.norm === "'" && end === j && t.start === tokens[j - 1]!.end && tokens[j - 1]!.norm.endsWith("s") && capital(j + 1)) {
              j++;
              continue;
            }
            // "Prosecutor General's Office", "European Public Prosecutor's Office": a possessive before an agency's closing head stays inside.
            else if (t.norm === "'s" && end === j && capital(j + 1) && suffix.get(tokens[j + 1]!.norm) === "agency") {
              j++;
              continue;
            } else if (!((t.norm === "&" || t.norm === "-" || connectors.has(t.norm)) && known[j] === 0)) break;
            j++;
          }
          // "Huawei Technologies Co., Ltd.", "Quux, Inc.": a legal form after a comma closes the name.
          const dot = tokens[end]?.norm === "." && tokens[end]!.start === tokens[end - 1]!.end ? 1 : 0;
          if (tokens[end + dot]?.norm === "," && legalForm(tokens[end + dot + 1]?.norm) && capital(end + dot + 1)) end += dot + 2;
          let first = i;
          // Leading stopwords are no part of the name ("Selon X"), unless one that opens names is followed by a capitalised word ("State Department").
          while (first < end && stop.has(tokens[first]!.norm) && !(nameOpeners.has(tokens[first]!.norm) && first + 1 < end && capital(first + 1))) first++;
          if (first >= end) continue;
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
              v.tailConnectorsOf[lang!] ?? tailConnectors,
              isStop,
              upper,
              isAdjective,
              5,
              (t) => closers?.has(text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'")) ?? false,
            );
            if (tail > end) [end, adjectivalType] = [tail, adjectivalHeads.get(tokens[first]!.norm)];
          }
          let run = tokens.slice(first, end);
          const words = run.filter((t) => t.isWord && !connectors.has(t.norm));
          if (words.every((t) => stop.has(t.norm) || d.nationalityOf.has(t.norm))) continue;
          if (words.length > MAX_NAME_WORDS) continue;

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

          // Cue before, skipping determiners and nationality adjectives ("la société chinoise X").
          let b = first - 1;
          // "a third-party broker called X-Mode", "une start-up baptisée Y": the naming verb stands between cue and name.
          if (b >= 0 && NAMING.has(tokens[b]!.norm)) b--;
          else if (b >= 1 && tokens[b]!.norm === "as" && tokens[b - 1]!.norm === "known") b -= 2;
          // "a civil rights group, Liberty, said": a name between commas right after a cue word is that cue's.
          else if (b >= 1 && tokens[b]!.norm === "," && tokens[end]?.norm === "," && phraseEndingAt(tokens, b - 1, before)) b--;
          while (b >= 0) {
            if (nationality(tokens[b]) || ["l'", "le", "la", "les", "the", "a", "an"].includes(tokens[b]!.norm)) country ??= nationality(tokens[b]) ?? null;
            else if (basedIn(tokens, b)) {
              country ??= basedIn(tokens, b)!.country;
              b = basedIn(tokens, b)!.at;
            } else break;
            b--;
          }
          const beforeType = b >= 0 ? phraseEndingAt(tokens, b, before) : undefined;
          if (beforeType) {
            type = beforeType;
            cue = text.slice(tokens[b]!.start, tokens[first - 1]!.end);
            // "the Israeli firm Quux Labs": the nationality may stand before the cue word too.
            for (let n = b - 1; n >= Math.max(0, b - 3) && country === null; n--) country = nationality(tokens[n]) ?? basedIn(tokens, n)?.country ?? null;
          }
          // Lowercase head before the run: "ministère de l'Intérieur", and "ministère guinéen du Plan", whose adjective gives the country.
          if (!type) {
            let h = first - 1;
            // "the ministry and Quarnix said": "and" joins two arguments there, it opens no complement.
            while (h >= 0 && connectors.has(tokens[h]!.norm) && !COORDINATION.has(tokens[h]!.norm)) h--;
            const adjective = h > 0 && h < first - 1 && head.has(tokens[h - 1]!.norm) ? nationality(tokens[h]) : undefined;
            if (adjective) h--;
            // "les services de Microsoft": a head in the plural, lowercase, names what the company offers, not an institution.
            const plural = h >= 0 && tokens[h]!.norm.endsWith("s") && head.has(tokens[h]!.norm.slice(0, -1)) && !CAPITALISED.test(text[tokens[h]!.start]!);
            const headType = h >= 0 && h < first - 1 && !plural ? contractPhrase(head.get(tokens[h]!.norm), tokens.slice(h)) : undefined;
            if (headType) {
              type = headType;
              cue = tokens[h]!.norm;
              startTok = h;
              if (adjective) country ??= adjective;
              // "…du Plan et de la Coopération internationale,": one lowercase adjective closing the name before a punctuation mark
              // belongs to it ("les services de Quux seraient utilisés" has a verb there, followed by a word).
              const endings = lang ? (adjectiveEndings[lang] ?? []) : [];
              const adj = tokens[end];
              // "…des Affaires étrangères mais aussi…": a clause word after the adjective closes the name as a mark does.
              const closer = tokens[end + 1] ? text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end).toLowerCase() : "";
              const closed = tokens[end + 1] === undefined || !tokens[end + 1]!.isWord || (v.nameClosers[lang!]?.has(closer) ?? false);
              // A nationality adjective there gives the country: "le ministère de la Défense israélien".
              const adjCountry = nationality(adj);
              if (
                adj?.isWord &&
                (closed || adjCountry) &&
                known[end] === 0 &&
                !capital(end) &&
                !languageStops.has(adj.norm) &&
                endings.some((e) => adj.norm.endsWith(e))
              ) {
                [end, run] = [end + 1, tokens.slice(first, end + 1)];
                country ??= adjCountry ?? null;
              }
            }
          }
          const last = run[run.length - 1]!;
          if (!type && adjectivalType) [type, cue] = [adjectivalType, run[0]!.norm];
          if (!type && words.length >= 2) {
            // "NEC Corporation of America", "Bank of Quux": a company's suffix before "of" and one word names the company (a country's branch).
            const placeTail = run.length >= 3 && OF.has(run[run.length - 2]!.norm) ? run[run.length - 3] : undefined;
            const tailType = placeTail && suffix.get(placeTail.norm) === "company" ? "company" : undefined;
            const suffixType = v.closingType(words) ?? suffix.get(`${run[run.length - 2]?.norm} ${last.norm}`) ?? tailType;
            // "Project Maven" names a programme; "Program of Record" is a phrase: a contract's head takes its name right after it.
            const headType = contractPhrase(head.get(run[0]!.norm), run);
            if (headType) [type, cue] = [headType, run[0]!.norm];
            else if (suffixType) [type, cue] = [suffixType, tailType ? placeTail!.norm : last.norm];
          }
          // Apposition after: "X, une entreprise londonienne".
          if (tokens[end]?.norm === ",") {
            for (let n = 3; n >= 2 && !type; n--) {
              const phrase = tokens
                .slice(end + 1, end + 1 + n)
                .map((t) => t.norm)
                .join(" ");
              // "Kiran Aziz, a company spokesman": the noun describes the person's role, not the name.
              const appType = roles.has(tokens[end + 1 + n]?.norm ?? "") ? undefined : apposition.get(phrase);
              if (appType) {
                type = appType;
                cue = phrase;
                for (let a = end + 1; a < Math.min(tokens.length, end + 6); a++) country ??= nationality(tokens[a]) ?? null;
              }
            }
          }
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
          const app = type ? undefined : appositionType(tokens, end, before, indefinite, (w) => roles.has(w));
          if (app) {
            [type, cue] = [app.type, text.slice(tokens[app.from]!.start, tokens[app.to - 1]!.end)];
            for (let a = app.from; a < app.to; a++) country ??= nationality(tokens[a]) ?? basedIn(tokens, a)?.country ?? null;
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
          if (!beforeType && places.has(fold(text.slice(run[0]!.start, last.end)))) continue;
          // A state opening an institution's name belongs to it, and a company its subsidiary's; so does a state opening a name
          // that a company suffix closes ("China Exim Bank", "Israel Aerospace Industries"): a state-owned company.
          const stateCompany = openerType === "state" && type === "company" && cue === last.norm;
          if (opener && first === i && (type === "agency" || subsidiary || stateCompany || namesake))
            startTok = tokens.findIndex((t) => t.start >= opener.start);
          else if (opener) continue;
          // The namesake's determiner is no part of its label, but the name is matched as written, with it, where the known name began.
          let written: string | undefined;
          if (namesake && stop.has(tokens[startTok]!.norm) && type !== "person") {
            written = text.slice(tokens[startTok]!.start, last.end);
            while (startTok < first && stop.has(tokens[startTok]!.norm)) startTok++;
          }

          const start = tokens[startTok]!.start;
          const stopAt = last.end;
          const acronym = givenAcronym(tokens, text, end);
          const shortForms = [...(type === "company" ? shortFormsOf(text, run) : []), ...(written ? [written] : [])];
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
        listMembers(view, pending, found, sentenceFrom, inSentence, typeOf);
        definedLongForms(v, view, known, found, sentenceFrom);
        found.push(...lowercaseInstitutions(v, v.institutions, text, tokens, known, found.slice(sentenceFrom), lang));
        found.push(...acronymBodies(v.acronymBodies, articleAcronyms, text, tokens, known, found.slice(sentenceFrom), lang));
        found.push(...placeBodies(v, v.governments, text, tokens, known, found.slice(sentenceFrom), lang));
        found.push(...bareStateBodies(d, v.institutions.determiners, text, tokens, known, found.slice(sentenceFrom), lang));
        found.push(...placeGovernments(v, v.governments, text, tokens, known, found.slice(sentenceFrom), lang));
        if (isTitleLine(text, s.start, s.end, tokens, isFunctionWord)) {
          keepRecurring(text, found, sentenceFrom);
          const runs = untyped.splice(untypedFrom).filter((r) => occurrences(text, text.slice(tokens[r.first]!.start, tokens[r.end - 1]!.end)) >= 2);
          untyped.push(...runs);
        }
      }
      bareNames(v, text, untyped, found, lang, mentions, typeOf);
      yieldProductCues(found);
      found.push(...stateBranches(text, mentions, found, v.stateCountry, typeOf));
      found.push(...descriptiveSubsidiaries(v, text, sentences, mentions, found, lang, typeOf));
      placeInstitutions(found, text, mentions, v.stateCountry, v.stateWords);
      linkForms(
        found,
        (w) => connectors.has(w),
        (w) => head.has(w),
        text,
        isFunctionWord,
      );
      linkStatePrefixed(found, (start, end) => mentions.some((m) => m.start === start && m.end === end && typeOf?.(m.entityId) === "state"));
      return found;
    },
  };
}
