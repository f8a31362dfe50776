// Stage 6: a role whose lowercase portfolio stands between it and the person ("le ministre indonésien de la défense
// Probowo Subianto"): the role is out of the four words a name looks back over, and the lowercase complement no run.
import type { Token } from "../text/tokens";
import { OF, type Vocabulary } from "./06-vocabulary";

const LOWER = /^\p{Ll}/u;

/** The role token before "(nationality) de (la) portfolio (nationality)" right before tokens[first], if any. */
export function roleBeforePortfolio(v: Vocabulary, text: string, tokens: readonly Token[], first: number): Token | undefined {
  const lower = (n: number) => n >= 0 && tokens[n]!.isWord && LOWER.test(text.slice(tokens[n]!.start, tokens[n]!.end));
  const portfolios = Object.values(v.institutions.portfolios);
  const isPortfolio = (phrase: string) => portfolios.some((p) => p?.has(phrase));
  let b = first - 1;
  if (lower(b) && v.d.nationalityOf.has(tokens[b]!.norm)) b--;
  const words = [1, 2].find((n) => [...Array(n).keys()].every((k) => lower(b - k)) && isPortfolio(phrase(tokens, b - n + 1, b + 1)));
  if (!words) return undefined;
  b -= words;
  if (v.institutions.determiners.has(tokens[b]?.norm ?? "") && !OF.has(tokens[b]!.norm)) b--;
  if (!OF.has(tokens[b]?.norm ?? "")) return undefined;
  b--;
  if (lower(b) && v.d.nationalityOf.has(tokens[b]!.norm)) b--;
  return b >= 0 && v.roles.has(tokens[b]!.norm) ? tokens[b] : undefined;
}

const phrase = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(" ");
