// Stage 6: where a capitalised run that may be a name ends (names-chunk, issue 9). Capitalised words join,
// with "&", hyphens and the connectors of data/discovery.yaml between two capitals; a head and its complement
// hold together ("Ministry of Budget and National Planning", "Ministry of the Interior", "Office on Drugs and
// Crime"); a person's name joins its particles ("Rocha da Silva") but not "and" ("Alex Karp et Peter Thiel").
import type { Token } from "../text/tokens";
import type { PersonWords } from "./06-titles";
import { joinsName } from "./06-titles";
import { COORDINATION, MAX_NAME_WORDS, OF, type Vocabulary } from "./06-vocabulary";

/** What the run reader needs of the sentence: its tokens and which of them open a name. */
export interface RunView {
  text: string;
  tokens: readonly Token[];
  capital: (n: number) => boolean;
  known: Uint8Array;
}

/** English words that link a body's head to its complement besides `of`: "Office on Drugs", "Committee to Protect Journalists". */
const HEAD_LINKS = new Set(["on", "to"]);

/**
 * The exclusive end token of the run opened at token i (a capital or a leading number). `personal` when a given
 * name opens it; `inList` when a name and a comma stand right before it.
 */
export function runEnd(v: Vocabulary, s: RunView, i: number, personal: boolean, inList: boolean, person: PersonWords): number {
  const { text, tokens, capital, known } = s;
  const { head, suffix, connectors, stop } = v;
  // "Ministry of Budget and National Planning", "Zambia's Ministry of Technology and Science": a head before "of" in the run
  // holds its coordinated complement.
  let headed = false;
  // "Office on Drugs", "Committee to Protect Journalists": after a body's word, "on" or "to" and a capital go on with it.
  const bodyWord = (n: number) => {
    const type = suffix.get(tokens[n]!.norm) ?? head.get(tokens[n]!.norm) ?? (n > 0 ? suffix.get(`${tokens[n - 1]!.norm} ${tokens[n]!.norm}`) : undefined);
    return type === "agency" || type === "organization";
  };
  const nameWordAt = (n: number) => capital(n) && !stop.has(tokens[n]!.norm) && !v.isAmountWord(tokens[n]!.norm);
  let j = i + 1;
  let end = i + 1;
  while (j < tokens.length && end - i < MAX_NAME_WORDS * 2) {
    const t = tokens[j]!;
    if (OF.has(t.norm) && head.has(tokens[j - 1]!.norm)) headed = true;
    if (capital(j)) end = j + 1;
    // "Unit 8200", "Unité 731": a number closes a name its head opens.
    else if (end === j && /^\d{1,5}$/.test(t.norm) && head.has(tokens[i]!.norm) && known[j] === 0) {
      end = j + 1;
      break;
    } else if (personal && joinsName(person, text, tokens, j, capital)) {
      j++;
      continue;
    } else if (personal && t.norm !== "-") break;
    // "Discount Bank et Mizrahi Tefahot Bank": a name already ended by its suffix is not continued by "and".
    else if (COORDINATION.has(t.norm) && suffix.has(tokens[end - 1]!.norm) && !headed) break;
    // "Quarnix, Velmora et Tesseline Systèmes": after a name and a comma, "and" closes a list, it joins no name.
    else if (COORDINATION.has(t.norm) && inList && !headed) break;
    // "California State Teachers' Retirement System": a plural's apostrophe, glued to it, stays inside the name.
    else if (t.norm === "'" && end === j && t.start === tokens[j - 1]!.end && tokens[j - 1]!.norm.endsWith("s") && capital(j + 1)) {
      j++;
      continue;
    }
    // "Prosecutor General's Office", "European Public Prosecutor's Office": a possessive before an agency's closing head stays inside.
    // "Her Majesty's Prison and Probation Service", "People's Liberation Army": so does one after a possessor that names bodies.
    else if (t.norm === "'s" && end === j && capital(j + 1) && (suffix.get(tokens[j + 1]!.norm) === "agency" || v.namePossessors.has(tokens[j - 1]!.norm))) {
      j++;
      continue;
    }
    // "Ministry of the Interior", "Office of the Inspector General": English "the" after a body's "of" stays inside before a
    // capital ("Officials of the Authority" is no name).
    else if (t.norm === "the" && end === j - 1 && OF.has(tokens[j - 1]!.norm) && bodyWord(j - 2) && known[j] === 0 && nameWordAt(j + 1)) {
      j++;
      continue;
    } else if (HEAD_LINKS.has(t.norm) && end === j && bodyWord(j - 1) && known[j] === 0 && nameWordAt(j + 1)) {
      j++;
      continue;
    } else if (!((t.norm === "&" || t.norm === "-" || connectors.has(t.norm)) && known[j] === 0)) break;
    j++;
  }
  return end;
}
