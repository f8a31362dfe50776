// Stage 6: people among the capitalised runs — two to four words beside a role or a verb of
// speech, a known given name with a capitalised surname, or a name coordinated with a person just found.
import type { EntityType } from "../../model";
import { fold } from "../text/fold";
import type { Token } from "../text/tokens";
import { type AcronymRules, isAcronymToken } from "./06-acronyms";
import type { Discovery } from "./06-discover";
import { givenNameStart } from "./06-names";
import { ALL_CAPS, COORDINATION, OF, SPEECH, type Vocabulary } from "./06-vocabulary";

/** One sentence's tokens and whether a token opens a name (capitalised, not a known mention). */
export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  capital: (n: number) => boolean;
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
  const { text, tokens, capital } = s;
  const { roles, suffix, head, stop, givenNames, notSurname } = v;
  const run = tokens.slice(first, end);
  if (!run.every((t, n) => (t.isWord ? capital(first + n) : t.norm === "-"))) return undefined;
  // Titles in front of the name ("Commerce Secretary Gina Raimondo") are not part of it.
  let lastRole = -1;
  run.forEach((t, n) => {
    if (roles.has(t.norm)) lastRole = n;
  });
  // "Secretary of Commerce Wilbur Ross": the word after "role of" belongs to the title, not the name.
  const complement = lastRole < 0 && OF.has(tokens[first - 1]?.norm ?? "") && roles.has(tokens[first - 2]?.norm ?? "") && run.length >= 3 ? 1 : 0;
  // "the Managing Director PSCA Muhammad Kamran Khan": an acronym between the role and the name is the role's organisation.
  const afterRole = run[lastRole + 1 + complement];
  const roleOrg = lastRole >= 0 && afterRole && isAcronymToken(text, afterRole) && !acronyms.excluded(afterRole.norm) ? 1 : 0;
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
    const org = roleOrg
      ? {
          label: text.slice(afterRole!.start, afterRole!.end),
          type: "agency" as const,
          country: null,
          cue: `acronym after ${role.norm}`,
          start: afterRole!.start,
          end: afterRole!.end,
        }
      : undefined;
    return { type: "person", cue: role.norm, startTok: first + lastRole + 1 + complement + roleOrg, ...(org ? { roleOrganisation: org } : {}) };
  }
  // A person named without a role: a known given name and a capitalised surname ("Renaud Allioux et Arnaud Guérin").
  const g = givenNameStart(
    run,
    (w) => givenNames.has(w),
    (w) => roles.has(w),
    notSurname,
  );
  if (g >= 0) return { type: "person", cue: "given name", startTok: first + g };
  // "Satya Nadella et Yossi Sariel": a name coordinated with a person just found is a person too.
  const previous = found.length > sentenceFrom ? found[found.length - 1]! : undefined;
  const between = previous ? fold(text.slice(previous.end, tokens[first]!.start)) : "";
  if (
    previous?.type === "person" &&
    (COORDINATION.has(between) || between === ",") &&
    run.length >= 2 &&
    run.length <= 3 &&
    !run.some((t) => notSurname(t.norm))
  ) {
    return { type: "person", cue: `coordinated with ${previous.label}`, startTok: first };
  }
  return undefined;
}
