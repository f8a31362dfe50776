// Stage 6: organisations and people the registry lacks. A candidate is a run of capitalised
// words that a cue marks (data/discovery.yaml): a cue word before it ("la société X"), a
// suffix ("X Technology", "X Inc."), a head ("Department of X", "ministère de l'Intérieur"),
// an apposition ("X, une entreprise londonienne"), or, for people, a role beside the name.
import type { EntityType, Language } from "../../model";
import type { Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import { tokenize, type Token } from "../text/tokens";
import type { Sentence } from "./03-segment";
import { type AcronymRules, bareAcronymCue, definedAcronyms, isAcronymToken } from "./06-acronyms";
import { listNeighbourType } from "./06-lists";
import { acronymLongForm, adjectivalTail, appositionType, givenNameStart, isHeadline, occurrences, roleOwnerType } from "./06-names";

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
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const MAX_NAME_WORDS = 7;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const NUMBER = /^\d{1,4}$/;
const YEAR = /^(1[89]|20)\d\d$/;
const COORDINATION = new Set(["and", "et"]);
const OF = new Set(["of", "de", "du", "des", "d'"]);
const NAMING = new Set(["called", "named", "dubbed", "appele", "appelee", "appeles", "appelees", "baptise", "baptisee", "nomme", "nommee", "denomme", "denommee"]);
const SPEECH = new Set(["said", "says", "told", "declare", "a declare", "explique", "selon", "according", "affirme", "souligne", "ajoute"]);

type Lexicon = Map<string, EntityType>;

function lexicon(groups: Partial<Record<EntityType, string[]>>): Lexicon {
  const map: Lexicon = new Map();
  for (const [type, words] of Object.entries(groups)) {
    for (const w of words ?? []) {
      map.set(fold(w), type as EntityType);
      // Phrases are looked up as their tokens joined by spaces: "start-up" is the tokens "start - up".
      map.set(
        tokenize(w)
          .map((t) => t.norm)
          .join(" "),
        type as EntityType,
      );
    }
  }
  return map;
}

export interface Discoverer {
  /** `typeOf` gives the type of a known mention's entity: a state may open an agency's name ("Zimbabwe Electoral Commission"). */
  discover(text: string, sentences: readonly Sentence[], mentions: readonly Mention[], lang?: Language, typeOf?: (entityId: string) => EntityType | undefined): Discovery[];
}

export function makeDiscoverer(k: Knowledge): Discoverer {
  const d = k.discovery;
  const before = lexicon(d.before);
  const suffix = lexicon(d.suffix);
  const head = lexicon(d.head);
  const apposition = lexicon(d.apposition);
  const ownerRoles = lexicon(d.owner_roles);
  const indefinite = new Set(d.indefinite.map((w) => fold(w)));
  const stop = new Set(d.stopwords.map((w) => fold(w)));
  const connectors = new Set(d.name_connectors.map((w) => fold(w)));
  const roles = new Set([...k.roles.en, ...k.roles.fr]);
  const amountWords = new Set([...Object.keys(k.money.multipliers), ...Object.keys(k.money.currencies)].map((w) => fold(w)));
  const isAmountWord = (norm: string) => amountWords.has(norm);
  const nationality = (t: Token | undefined) => (t ? d.nationalityOf.get(t.norm) : undefined);
  const { givenNames, places } = k.gazetteer;
  const adjectival = Object.fromEntries(Object.entries(d.adjectival_heads).map(([l, groups]) => [l, lexicon(groups ?? {})])) as Partial<Record<Language, Lexicon>>;
  // Inside "Cour d'appel de Paris" only the connectors of a complement: "la Direction pour couvrir…" is no name.
  const tailConnectors = new Set([...OF, "la", "l'", "le"]);
  const adjectiveEndings = Object.fromEntries(Object.entries(d.adjective_endings).map(([l, e]) => [l, (e ?? []).map((x) => fold(x))])) as Partial<Record<Language, string[]>>;
  const languageStops = new Set([...k.language.stopwords.en, ...k.language.stopwords.fr].map((w) => fold(w)));
  const notOrganisations = new Set(d.not_organisations.map((w) => fold(w)));
  const acronymRules: AcronymRules = {
    openers: new Set(d.acronym_openers.map((w) => fold(w))),
    excluded: (w) => notOrganisations.has(w) || stop.has(w) || roles.has(w) || places.has(w) || givenNames.has(w) || isAmountWord(w) || d.nationalityOf.has(w),
  };
  /** Words that cannot be part of a person's surname: cue words, places, nationalities, stopwords. */
  const notSurname = (norm: string) => suffix.has(norm) || head.has(norm) || stop.has(norm) || places.has(norm) || d.nationalityOf.has(norm);
  /** The type a long form's words give: its head ("direction …"), its suffix ("… Commission") or a cue word it opens with. */
  const typeOfPhrase = (ws: readonly Token[]): EntityType | undefined =>
    head.get(ws[0]!.norm) ?? suffix.get(ws[ws.length - 1]!.norm) ?? before.get(ws[0]!.norm);
  /** "Toronto-based", "Chinese based" ending at token b: the place or nationality gives the country. */
  const basedIn = (tokens: readonly Token[], b: number): { country: string; at: number } | undefined => {
    if (tokens[b]?.norm !== "based" || b < 1) return undefined;
    const at = tokens[b - 1]!.norm === "-" ? b - 2 : b - 1;
    const country = at >= 0 ? (places.get(tokens[at]!.norm) ?? nationality(tokens[at])) : undefined;
    return country ? { country, at } : undefined;
  };
  /** "Laxton" for "Laxton Group Limited", when the article also says "Laxton" alone. */
  const shortFormsOf = (text: string, run: readonly Token[]): string[] => {
    let cut = run.length;
    while (cut > 1 && (suffix.get(run[cut - 1]!.norm) === "company" || connectors.has(run[cut - 1]!.norm) || !run[cut - 1]!.isWord)) cut--;
    if (cut === run.length || stop.has(run[cut - 1]!.norm) || run.slice(0, cut).some((t) => suffix.has(t.norm))) return [];
    const short = text.slice(run[0]!.start, run[cut - 1]!.end);
    const full = text.slice(run[0]!.start, run[run.length - 1]!.end);
    return occurrences(text, short) > occurrences(text, full) ? [short] : [];
  };

  /** Multi-word lexicon entries ("data broker") end at a token; look back over up to 3 words. */
  const phraseEndingAt = (tokens: Token[], i: number, lex: Lexicon): EntityType | undefined => {
    for (let n = 3; n >= 1; n--) {
      if (i - n + 1 < 0) continue;
      const phrase = tokens
        .slice(i - n + 1, i + 1)
        .map((t) => t.norm)
        .join(" ");
      const type = lex.get(phrase);
      if (type) return type;
    }
    return undefined;
  };

  return {
    discover(text, sentences, mentions, lang, typeOf) {
      const adjectivalHeads = lang ? adjectival[lang] : undefined;
      const defined = definedAcronyms(text);
      const articleAcronyms: AcronymRules = { ...acronymRules, excluded: (w) => defined.has(w) || acronymRules.excluded(w) };
      const found: Discovery[] = [];
      let mi = 0;
      for (const s of sentences) {
        while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
        const inSentence: Mention[] = [];
        for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) inSentence.push(mentions[j]!);
        const tokens = tokenize(text, s.start, s.end);
        const sentenceFrom = found.length;
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
        // "360 Capital Partners": a number opens a name when capitalised words follow it, but not a year or an amount ("in 2021 Google…", "$5 Million").
        const leadingNumber = (n: number) =>
          known[n] === 0 && NUMBER.test(tokens[n]!.norm) && !YEAR.test(tokens[n]!.norm) && capital(n + 1) && (n === 0 || tokens[n - 1]!.isWord) && !isAmountWord(tokens[n + 1]!.norm);

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
          if (glued && (!opener || typeOf?.(opener.entityId) !== "state")) continue;
          // A run opened by a given name is one person: it does not cross "and" ("Alex Karp et Peter Thiel").
          const personal = givenNames.has(tokens[i]!.norm);
          // The run: capitalised words, joined by "&", "-" or lowercase connectors between two capitals.
          let j = i + 1;
          let end = i + 1;
          while (j < tokens.length && end - i < MAX_NAME_WORDS * 2) {
            const t = tokens[j]!;
            if (capital(j)) end = j + 1;
            else if (personal && t.norm !== "-") break;
            // "Discount Bank et Mizrahi Tefahot Bank": a name already ended by its suffix is not continued by "and".
            else if (COORDINATION.has(t.norm) && suffix.has(tokens[end - 1]!.norm)) break;
            else if (!((t.norm === "&" || t.norm === "-" || connectors.has(t.norm)) && known[j] === 0)) break;
            j++;
          }
          let first = i;
          while (first < end && stop.has(tokens[first]!.norm)) first++;
          if (first >= end) continue;
          // "la Cour suprême", "le Tribunal constitutionnel fédéral d'Allemagne": a capitalised head, lowercase adjectives.
          let adjectivalType: EntityType | undefined;
          const midSentence = firstWord < first;
          if (end === first + 1 && midSentence && adjectivalHeads?.has(tokens[first]!.norm)) {
            const upper = (n: number) => CAPITALISED.test(text[tokens[n]!.start]!);
            const endings = adjectiveEndings[lang!] ?? [];
            const isAdjective = (w: string) => endings.some((e) => w.endsWith(e));
            const tail = adjectivalTail(tokens, first, tailConnectors, (w) => languageStops.has(w) || stop.has(w), upper, isAdjective);
            if (tail > first + 1) [end, adjectivalType] = [tail, adjectivalHeads.get(tokens[first]!.norm)];
          }
          const run = tokens.slice(first, end);
          const words = run.filter((t) => t.isWord && !connectors.has(t.norm));
          if (words.every((t) => stop.has(t.norm) || d.nationalityOf.has(t.norm))) continue;
          if (words.length > MAX_NAME_WORDS) continue;

          let type: EntityType | undefined;
          let cue = "";
          let country: string | null = null;
          let startTok = first;

          // Cue before, skipping determiners and nationality adjectives ("la société chinoise X").
          let b = first - 1;
          // "a third-party broker called X-Mode", "une start-up baptisée Y": the naming verb stands between cue and name.
          if (b >= 0 && NAMING.has(tokens[b]!.norm)) b--;
          else if (b >= 1 && tokens[b]!.norm === "as" && tokens[b - 1]!.norm === "known") b -= 2;
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
          // Lowercase head before the run: "ministère de l'Intérieur".
          if (!type) {
            let h = first - 1;
            while (h >= 0 && connectors.has(tokens[h]!.norm)) h--;
            const headType = h >= 0 && h < first - 1 ? head.get(tokens[h]!.norm) : undefined;
            if (headType) {
              type = headType;
              cue = tokens[h]!.norm;
              startTok = h;
            }
          }
          const last = run[run.length - 1]!;
          if (!type && adjectivalType) [type, cue] = [adjectivalType, run[0]!.norm];
          if (!type && words.length >= 2) {
            const suffixType = suffix.get(last.norm) ?? suffix.get(`${run[run.length - 2]?.norm} ${last.norm}`);
            const headType = head.get(run[0]!.norm);
            if (headType) [type, cue] = [headType, run[0]!.norm];
            else if (suffixType) [type, cue] = [suffixType, last.norm];
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
          // People: two to four capitalised words beside a role or a verb of speech. Titles in front
          // of the name ("Commerce Secretary Gina Raimondo") are not part of it.
          if (!type && run.every((t, n) => (t.isWord ? capital(first + n) : t.norm === "-"))) {
            let lastRole = -1;
            run.forEach((t, n) => {
              if (roles.has(t.norm)) lastRole = n;
            });
            // "Secretary of Commerce Wilbur Ross": the word after "role of" belongs to the title, not the name.
            const complement = lastRole < 0 && OF.has(tokens[first - 1]?.norm ?? "") && roles.has(tokens[first - 2]?.norm ?? "") && run.length >= 3 ? 1 : 0;
            // "the Managing Director PSCA Muhammad Kamran Khan": an acronym between the role and the name is the role's organisation.
            const afterRole = run[lastRole + 1 + complement];
            const roleOrg = lastRole >= 0 && afterRole && isAcronymToken(text, afterRole) && !articleAcronyms.excluded(afterRole.norm) ? 1 : 0;
            const name = run.slice(lastRole + 1 + complement + roleOrg);
            const near = [...tokens.slice(Math.max(0, first - 4), first), ...tokens.slice(end, end + 3)];
            const role = lastRole >= 0 ? run[lastRole] : near.find((t) => roles.has(t.norm) || SPEECH.has(t.norm));
            const nameWords = name.filter((t) => t.isWord);
            // An all-capital word is an acronym, not part of a person's name ("KLP Kapitalforvaltning head …").
            const plausible =
              nameWords.length >= 2 &&
              nameWords.length <= 4 &&
              !nameWords.some((t) => suffix.has(t.norm) || head.has(t.norm) || stop.has(t.norm) || ALL_CAPS.test(text.slice(t.start, t.end)));
            if (role && plausible) {
              [type, cue] = ["person", role.norm];
              startTok = first + lastRole + 1 + complement + roleOrg;
              if (roleOrg) found.push({ label: text.slice(afterRole!.start, afterRole!.end), type: "agency", country: null, cue: `acronym after ${role.norm}`, start: afterRole!.start, end: afterRole!.end });
            }
          }
          // A person named without a role: a known given name and a capitalised surname ("Renaud Allioux et Arnaud Guérin").
          if (!type && run.every((t, n) => t.isWord ? capital(first + n) : t.norm === "-")) {
            const g = givenNameStart(run, (w) => givenNames.has(w), (w) => roles.has(w), notSurname);
            if (g >= 0) [type, cue, startTok] = ["person", "given name", first + g];
            // "Satya Nadella et Yossi Sariel": a name coordinated with a person just found is a person too.
            const previous = found.length > sentenceFrom ? found[found.length - 1]! : undefined;
            const between = previous ? fold(text.slice(previous.end, tokens[first]!.start)) : "";
            if (!type && previous?.type === "person" && (COORDINATION.has(between) || between === ",") && run.length >= 2 && run.length <= 3 && !run.some((t) => notSurname(t.norm))) {
              [type, cue] = ["person", `coordinated with ${previous.label}`];
            }
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
          // "la DGSN", "the DHS", "PSCA said…": an acronym no long form defines.
          const acronymCue = !type && run.length === 1 ? bareAcronymCue(tokens, text, first, firstWord, articleAcronyms) : undefined;
          if (acronymCue) [type, cue] = ["agency", `acronym after ${acronymCue}`];
          if (!type) {
            // Perhaps a member of a list of organisations ("Survey Copter, EOS Technologie, Delair et Thales"): decided once the sentence is read.
            if (first > firstWord && words.length <= 4 && !(words.length === 1 && givenNames.has(words[0]!.norm)) && !words.some((t) => roles.has(t.norm)) && run.every((t, n) => !t.isWord || capital(first + n)) && !places.has(fold(text.slice(run[0]!.start, last.end)))) {
              pending.push({ first, end });
            }
            continue;
          }
          if (type !== "person" && words.length === 1 && stop.has(words[0]!.norm)) continue;
          // Places are not organisations: "Toronto", "New Zealand" are not discovered without a cue word before them.
          if (!beforeType && places.has(fold(text.slice(run[0]!.start, last.end)))) continue;
          // A state opening an institution's name belongs to it.
          if (opener && first === i && type === "agency") startTok = tokens.findIndex((t) => t.start >= opener.start);
          else if (opener) continue;

          const start = tokens[startTok]!.start;
          const stopAt = last.end;
          let acronym: string | undefined;
          if (tokens[end]?.norm === "(" && tokens[end + 2]?.norm === ")" && /^\p{Lu}{2,}$/u.test(text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end))) {
            acronym = text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end);
          }
          const shortForms = type === "company" ? shortFormsOf(text, run) : [];
          found.push({ label: text.slice(start, stopAt), type, country, cue, start, end: stopAt, ...(acronym ? { acronym } : {}), ...(shortForms.length ? { shortForms } : {}) });
          i = end - 1;
        }
        for (const { first, end } of pending) {
          const upper = (n: number) => n >= 0 && CAPITALISED.test(text[tokens[n]!.start]!);
          const type = listNeighbourType(tokens, first, end, found.slice(sentenceFrom), inSentence, typeOf, end - first > 1, upper);
          if (!type) continue;
          const [start, stop] = [tokens[first]!.start, tokens[end - 1]!.end];
          found.push({ label: text.slice(start, stop), type, country: null, cue: "list", start, end: stop });
        }
        // "service interministériel d'assistance technique (SIAT)": a long form, lowercase or not, defined by its acronym.
        for (let p = 1; p < tokens.length; p++) {
          if (tokens[p]!.norm !== "(" || known[p + 1] === 1) continue;
          const def = acronymLongForm(tokens, text, p, connectors);
          if (!def || known.subarray(def.span.first, def.span.end).some((x) => x === 1)) continue;
          const from = tokens[def.span.first]!.start;
          if (found.slice(sentenceFrom).some((f) => f.end > from && f.start < tokens[p]!.start)) continue;
          const ws = tokens.slice(def.span.first, def.span.end).filter((t) => t.isWord && !connectors.has(t.norm));
          const type = ws.length >= 2 ? typeOfPhrase(ws) : undefined;
          if (!type || type === "contract") continue;
          const [start, stop] = [tokens[def.span.first]!.start, tokens[def.span.end - 1]!.end];
          found.push({ label: text.slice(start, stop), type, country: null, cue: `(${def.acronym})`, start, end: stop, acronym: def.acronym });
        }
      }
      return found;
    },
  };
}


