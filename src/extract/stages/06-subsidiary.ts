// Stage 6: a known company's name followed by capitalised words. Usually a product ("Google
// Distributed Cloud"); a subsidiary when the words end in a legal form or a fund head, a series
// numeral allowed after it ("KKR Asian Fund III", "Quux Holdings Ltd"). Sector words ("Cloud",
// "Systems") end products' names as often as companies', so they do not count here.
import type { Token } from "../text/tokens";
import type { Vocabulary } from "./06-vocabulary";

const SERIES = /^(\d{1,2}|[ivx]{1,4})$/;

export function isSubsidiaryTail(v: Vocabulary, run: readonly Token[]): boolean {
  const words = run.filter((t) => t.isWord);
  if (words.length === 0) return false;
  let last = words.length - 1;
  if (last > 0 && SERIES.test(words[last]!.norm)) last--;
  return v.subsidiaryHeads.has(words[last]!.norm);
}
