// Stage 6: organisations and people the registry lacks. A candidate is a run of capitalised
// words that a cue marks (data/discovery.yaml): a cue word before it ("la société X"), a
// suffix ("X Technology", "X Inc."), a head ("Department of X", "ministère de l'Intérieur"),
// an apposition ("X, une entreprise londonienne"), or, for people, a role beside the name.
import type { EntityType } from "../../model";
import type { Mention } from "../entities";
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";
import { tokenize, type Token } from "../text/tokens";
import type { Sentence } from "./03-segment";

export interface Discovery {
  label: string;
  type: EntityType;
  country: string | null;
  cue: string;
  start: number;
  end: number;
  /** An acronym given in parentheses right after the name: "(DGSI)". */
  acronym?: string;
}

const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;
const MAX_NAME_WORDS = 7;
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
  discover(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): Discovery[];
}

export function makeDiscoverer(k: Knowledge): Discoverer {
  const d = k.discovery;
  const before = lexicon(d.before);
  const suffix = lexicon(d.suffix);
  const head = lexicon(d.head);
  const apposition = lexicon(d.apposition);
  const stop = new Set(d.stopwords.map((w) => fold(w)));
  const connectors = new Set(d.name_connectors.map((w) => fold(w)));
  const roles = new Set([...k.roles.en, ...k.roles.fr]);
  const nationality = (t: Token | undefined) => (t ? d.nationalityOf.get(t.norm) : undefined);

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
    discover(text, sentences, mentions) {
      const found: Discovery[] = [];
      let mi = 0;
      for (const s of sentences) {
        while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
        const inSentence: Mention[] = [];
        for (let j = mi; j < mentions.length && mentions[j]!.start < s.end; j++) inSentence.push(mentions[j]!);
        const tokens = tokenize(text, s.start, s.end);
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

        for (let i = 0; i < tokens.length; i++) {
          if (!capital(i) || (i > 0 && capital(i - 1))) continue;
          // Right after a known name, capitalised words are its product ("Google Distributed Cloud"), not a new organisation.
          if (i > 0 && known[i - 1] === 1 && tokens[i - 1]!.end === tokens[i]!.start - 1 && text[tokens[i]!.start - 1] === " ") continue;
          // The run: capitalised words, joined by "&", "-" or lowercase connectors between two capitals.
          let j = i + 1;
          let end = i + 1;
          while (j < tokens.length && end - i < MAX_NAME_WORDS * 2) {
            const t = tokens[j]!;
            if (capital(j)) end = j + 1;
            // "Discount Bank et Mizrahi Tefahot Bank": a name already ended by its suffix is not continued by "and".
            else if (COORDINATION.has(t.norm) && suffix.has(tokens[end - 1]!.norm)) break;
            else if (!((t.norm === "&" || t.norm === "-" || connectors.has(t.norm)) && known[j] === 0)) break;
            j++;
          }
          let first = i;
          while (first < end && stop.has(tokens[first]!.norm)) first++;
          if (first >= end) continue;
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
          while (b >= 0 && (nationality(tokens[b]) || ["l'", "le", "la", "les", "the", "a", "an"].includes(tokens[b]!.norm))) {
            country ??= nationality(tokens[b]) ?? null;
            b--;
          }
          const beforeType = b >= 0 ? phraseEndingAt(tokens, b, before) : undefined;
          if (beforeType) {
            type = beforeType;
            cue = text.slice(tokens[b]!.start, tokens[first - 1]!.end);
            // "the Israeli firm Quux Labs": the nationality may stand before the cue word too.
            for (let n = b - 1; n >= Math.max(0, b - 3) && country === null; n--) country = nationality(tokens[n]) ?? null;
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
              const appType = apposition.get(phrase);
              if (appType) {
                type = appType;
                cue = phrase;
                for (let a = end + 1; a < Math.min(tokens.length, end + 6); a++) country ??= nationality(tokens[a]) ?? null;
              }
            }
          }
          // People: two to four capitalised words beside a role or a verb of speech. Titles in front
          // of the name ("Commerce Secretary Gina Raimondo") are not part of it.
          if (!type && run.every((t, n) => t.isWord && capital(first + n))) {
            let lastRole = -1;
            run.forEach((t, n) => {
              if (roles.has(t.norm)) lastRole = n;
            });
            // "Secretary of Commerce Wilbur Ross": the word after "role of" belongs to the title, not the name.
            const complement = lastRole < 0 && OF.has(tokens[first - 1]?.norm ?? "") && roles.has(tokens[first - 2]?.norm ?? "") && run.length >= 3 ? 1 : 0;
            const name = run.slice(lastRole + 1 + complement);
            const near = [...tokens.slice(Math.max(0, first - 4), first), ...tokens.slice(end, end + 3)];
            const role = lastRole >= 0 ? run[lastRole] : near.find((t) => roles.has(t.norm) || SPEECH.has(t.norm));
            const plausible = name.length >= 2 && name.length <= 4 && !name.some((t) => suffix.has(t.norm) || head.has(t.norm) || stop.has(t.norm));
            if (role && plausible) {
              [type, cue] = ["person", role.norm];
              startTok = first + lastRole + 1 + complement;
            }
          }
          if (!type) continue;
          if (type !== "person" && words.length === 1 && stop.has(words[0]!.norm)) continue;

          const start = tokens[startTok]!.start;
          const stopAt = last.end;
          let acronym: string | undefined;
          if (tokens[end]?.norm === "(" && tokens[end + 2]?.norm === ")" && /^\p{Lu}{2,}$/u.test(text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end))) {
            acronym = text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end);
          }
          found.push({ label: text.slice(start, stopAt), type, country, cue, start, end: stopAt, ...(acronym ? { acronym } : {}) });
          i = end - 1;
        }
      }
      return found;
    },
  };
}
