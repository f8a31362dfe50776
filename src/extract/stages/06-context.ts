// Stage 6: what the words around an untyped name say of it (issue 9, types) — a definite apposition
// ("Quorvex, the Israeli spyware maker,"), a relative clause of a company's trade ("which makes"),
// a place it is based in ("Veltrix, basée à Waterloo, au Canada", "Toronto-based Veltrix"), or a
// compound ending in a head ("Bundeskriminalamt"), or a cue noun right after it ("the Kathimerini daily"). The words are data (data/discovery.yaml).
import type { EntityType } from "../../model";
import type { Token } from "../text/tokens";
import { fold } from "../text/fold";
import { CAPITALISED, type Vocabulary } from "./06-vocabulary";

export interface ContextType {
  type?: EntityType;
  cue: string;
  country: string | null;
}

/**
 * The type and country the context of tokens[first, end) gives, when `typed` is not already known
 * (then only a country is looked for). `words` are the run's words; a person is never located so.
 */
export function contextType(
  v: Vocabulary,
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  words: readonly Token[],
  typed: EntityType | undefined,
): ContextType | undefined {
  if (typed === "person") return undefined;
  if (!typed) {
    const definite = v.definiteAppositionType(text, tokens, end);
    if (definite) {
      let country: string | null = null;
      for (let a = end + 1; a < definite.to && country === null; a++) country = v.nationality(tokens[a]) ?? v.basedIn(tokens, a)?.country ?? null;
      return { type: definite.type, cue: text.slice(tokens[end + 1]!.start, tokens[definite.to - 1]!.end), country };
    }
    const following = v.followingNounType(text, tokens, first, end);
    if (following) return { type: following.type, cue: following.cue, country: null };
    const relative = v.relativeType(tokens, end);
    if (relative) return { type: relative, cue: `${tokens[end + 1]!.norm} ${tokens[end + 2]!.norm}`, country: null };
    // "DCI detectives", "SSS agents": a state body's staff right after its name.
    const staff = tokens[end];
    // A head or a suffix alone is a common noun there: "Police officers used the tool".
    const common = words.length === 1 && (v.head.has(words[0]!.norm) || v.suffix.has(words[0]!.norm));
    if (staff?.isWord && !common && !CAPITALISED.test(text[staff.start]!) && staffNouns(v).has(staff.norm))
      return { type: "agency", cue: staff.norm, country: null };
  }
  // "Veltrix, based in Waterloo, Canada", "Toronto-based Veltrix": a located name is an organisation, a company unless typed.
  const located = v.locatedAfter(tokens, end) ?? v.locatedBefore(tokens, first);
  if (located) return { ...(typed ? {} : { type: "company" as const }), cue: located.cue, country: located.country };
  // "Bundeskriminalamt", "Landeskriminalamt de Hesse": a compound ending in a head opens an institution's name.
  const compound = typed ? undefined : v.compoundType(words[0]!.norm);
  return compound ? { type: compound, cue: "compound", country: null } : undefined;
}

const compiledStaff = new WeakMap<Vocabulary, ReadonlySet<string>>();
/** The staff nouns of every language, compiled once per vocabulary. */
function staffNouns(v: Vocabulary): ReadonlySet<string> {
  let set = compiledStaff.get(v);
  if (!set) compiledStaff.set(v, (set = new Set(Object.values(v.d.staff_nouns).flatMap((ws) => (ws ?? []).map((w) => fold(w))))));
  return set;
}
