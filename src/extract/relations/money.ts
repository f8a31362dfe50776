// Contract values: "entre 500 millions et un milliard de livres" → {5e8, 1e9, GBP};
// "$10bn", "£1.2 billion", "up to €50 million". Vocabulary in data/money.yaml.
import type { Knowledge } from "../knowledge";
import { fold } from "../text/fold";

type Vocab = Knowledge["money"];
type Atom = { kind: "num"; value: number } | { kind: "mult"; value: number } | { kind: "cur"; code: string } | { kind: "word"; w: string };

// Digits may be grouped by spaces ("1 000 000") only in threes; "." and "," group or mark decimals.
const ATOM = /\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,]\d+)*|[£$€¥]|\p{L}+'?|[-–]/gu;

function parseNumber(raw: string): number {
  const s = raw.replace(/[ \u00a0\u202f]/g, "");
  // A separator followed by exactly three digits groups thousands; otherwise it is the decimal mark.
  const grouped = s.replace(/[.,](?=\d{3}(?:\D|$))/g, "");
  return Number(grouped.replace(",", "."));
}

function atoms(text: string, v: Vocab): Atom[] {
  const out: Atom[] = [];
  for (const m of fold(text).matchAll(ATOM)) {
    const w = m[0];
    if (/^\d/.test(w)) out.push({ kind: "num", value: parseNumber(w) });
    else if (v.currencies[w]) out.push({ kind: "cur", code: v.currencies[w]! });
    else if (v.multipliers[w] !== undefined) out.push({ kind: "mult", value: v.multipliers[w]! });
    else if (v.number_words[w] !== undefined && w.length > 1) out.push({ kind: "num", value: v.number_words[w]! });
    else out.push({ kind: "word", w });
  }
  return out;
}

interface Amount {
  value: number;
  mult?: number;
  currency?: string;
  next: number;
}

function amountAt(a: Atom[], i: number): Amount | undefined {
  let j = i;
  let currency: string | undefined;
  if (a[j]?.kind === "cur") currency = (a[j++] as { code: string }).code;
  const num = a[j];
  if (num?.kind !== "num") return undefined;
  j++;
  let mult: number | undefined;
  if (a[j]?.kind === "mult") mult = (a[j++] as { value: number }).value;
  const glue = a[j]?.kind === "word" && ["de", "d'", "of"].includes((a[j] as { w: string }).w);
  if (!currency && a[j + (glue ? 1 : 0)]?.kind === "cur") {
    currency = (a[j + (glue ? 1 : 0)] as { code: string }).code;
    j += glue ? 2 : 1;
  }
  return { value: num.value, ...(mult ? { mult } : {}), ...(currency ? { currency } : {}), next: j };
}

export function parseMoney(text: string, v: Vocab): { min: number; max: number; currency: string } | undefined {
  const a = atoms(text, v);
  const joins = new Set(v.range_join.map((w) => fold(w)));
  const upTo = v.up_to.map((w) => fold(w));
  for (let i = 0; i < a.length; i++) {
    const first = amountAt(a, i);
    if (!first) continue;
    const join = a[first.next];
    const other = join?.kind === "word" && joins.has(join.w) ? amountAt(a, first.next + 1) : undefined;
    const currency = first.currency ?? other?.currency;
    if (!currency) continue;
    const mult = first.mult ?? other?.mult ?? 1;
    const low = first.value * mult;
    if (other) {
      const high = other.value * (other.mult ?? mult);
      return { min: Math.min(low, high), max: Math.max(low, high), currency };
    }
    const before = a
      .slice(Math.max(0, i - 3), i)
      .map((x) => (x.kind === "word" ? x.w : ""))
      .join(" ");
    const squeezed = before.replace(/ /g, "");
    if (upTo.some((u) => squeezed.endsWith(u.replace(/ /g, "")))) return { min: 0, max: low, currency };
    return { min: low, max: low, currency };
  }
  return undefined;
}
