// Folds text for matching: "L’Armée israélienne" and "l'armee israelienne" compare equal.

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;
const COMBINING_MARKS = /\p{M}/gu;

export function normalise(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, " ").trim();
}
