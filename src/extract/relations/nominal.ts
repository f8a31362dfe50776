// Nominal frames (data/relations.yaml `nominal`): a head noun ("subsidiary", "fournisseur", "coentreprise")
// relates the name it describes to the names its complements introduce. The noun's phrase is read around
// it: the name it describes (an apposition before it, or a name right after it), a possessor before it,
// and up to two complements after it, each a slot word, determiners and a name (or a possessive).
import type { RelationType } from "../../model";
import type { PhraseSet } from "../knowledge";
import type { Inferred } from "./inferred";
import type { PatternMatch } from "../text/patterns";
import type { Candidate } from "./arguments";
import type { Item } from "./items";
import type { NominalFrame, NominalLexicon, NominalSlot } from "./nominal-lexicon";

export interface Endpoint {
  id: string;
  /** Set when the quote names the endpoint only through an anaphor or a possessive. */
  via?: Inferred;
}

export interface NominalFact {
  type: RelationType;
  sources: Endpoint[];
  targets: Endpoint[];
  /** "nominal-of", "nominal-between", "nominal-possessor"…: the complement that named the other side. */
  rule: string;
  /** Item range of the head noun. */
  head: { start: number; end: number };
}

export interface NominalContext {
  lex: NominalLexicon;
  /** The article text: a head written with a capital inside a sentence is part of a name ("Investigations Division"). */
  text: string;
  items: readonly Item[];
  candidates: readonly Candidate[];
  /** Does a relation trigger cover this item? A head looked for leftwards never crosses one. */
  triggerAt: (i: number) => boolean;
  /** A state right before the noun is its nationality ("US supplier Leidos"), never its possessor. */
  isState: (id: string) => boolean;
  /** The entities an argument candidate stands for (an anaphor resolved). */
  endpoints: (c: Candidate) => Endpoint[];
  /** What the possessive at item i ("its", "sa") stands for. */
  owner: (i: number) => Endpoint | undefined;
  /** Words that open the list of a class's members ("including", "dont"). */
  openers?: PhraseSet;
}

/** Words that may stand between a head noun and its slot word or name ("filiale camerounaise de", "close partner of"). */
const MAX_MODIFIERS = 3;
/** How far left a head name may stand when it is no apposition ("X est aujourd'hui le principal fournisseur de…"). */
const MAX_LEFT = 15;
const MAX_COMPLEMENTS = 2;

export function nominalFacts(ctx: NominalContext, heads: readonly PatternMatch<NominalFrame>[]): NominalFact[] {
  if (heads.length === 0) return [];
  const { items, lex } = ctx;
  // Link phrases (",", "is", "comme") by the position they end at: an apposition's name ends where a link starts.
  const linkEndingAt = new Map<number, number>();
  for (const l of lex.links.findAll(items)) linkEndingAt.set(l.end, l.start);
  // Candidates by where they start and end, so that each head looks its names up in constant time.
  const byFirst = new Map<number, Candidate>();
  const byLast = new Map<number, Candidate>();
  for (const c of ctx.candidates) {
    if (c.kind === "class" || c.attributed) continue;
    if (!byFirst.has(c.first)) byFirst.set(c.first, c);
    if (!byLast.has(c.last)) byLast.set(c.last, c);
  }
  const groupAt = (first: number) => {
    const c = byFirst.get(first);
    return c && !c.locative ? c : undefined;
  };
  const groupEndingAt = (last: number) => byLast.get(last);
  const isModifier = (i: number) => {
    const it = items[i];
    // "of state-owned China Telecom": a hyphen inside a compound adjective.
    if (it?.norm === "-" && items[i - 1]?.isWord && items[i + 1]?.isWord) return true;
    return (
      it?.isWord === true &&
      it.norm !== null &&
      !lex.stopwords.has(it.norm) &&
      !it.blocksGap &&
      !ctx.triggerAt(i) &&
      !lex.slots.matchAt(items, i) &&
      !lex.determiners.matchAt(items, i) &&
      !lex.possessives.matchAt(items, i) &&
      !lex.links.matchAt(items, i)
    );
  };
  /** « du groupe (américain) X », "of the US firm X": where the name a descriptor noun announces starts, else -1. */
  const pastDescriptor = (q: number) => {
    let r = q;
    let described = false;
    for (let n = 0; n < MAX_MODIFIERS && r < items.length; n++) {
      const d = lex.descriptors.matchAt(items, r);
      if (d) (described = true), (r = d.end);
      else if (isModifier(r) || ctx.isState(items[r]?.entityId ?? "")) r++;
      else break;
    }
    return described ? r : -1;
  };
  const facts: NominalFact[] = [];
  for (const m of heads) {
    const first = items[m.start]!;
    if (m.start > 0 && /\p{Lu}/u.test(ctx.text[first.start] ?? "")) continue;
    const found = new Map<NominalSlot, Endpoint[]>();
    const set = (slot: NominalSlot, e: Endpoint[]) => {
      if (e.length && !found.has(slot)) found.set(slot, e);
    };

    // A name right after the noun is the one it describes: "sa filiale Huawei Cameroun", "supplier Palantir".
    let p = m.end;
    let skipped = 0;
    while (skipped < 2 && isModifier(p)) p++, skipped++;
    if (items[p]?.norm === ",") p++;
    const named = groupAt(p);
    if (named && named.kind === "group") {
      set("head", ctx.endpoints(named));
      p = named.last + 1;
    } else p = m.end;

    // Where the phrase's last complement ends (modifiers after it are no part of it: « de X figurent Y »).
    let phraseEnd = p;
    // Complements: "filiale de X", "l'usage de ses outils par X", "consortium formé par A, B et C".
    for (let n = 0; n < MAX_COMPLEMENTS && p < items.length; n++) {
      for (let s = 0; s < MAX_MODIFIERS && isModifier(p); s++) p++;
      const slot = lex.slots.matchAt(items, p);
      if (!slot) break;
      let q = slot.end;
      if (lex.possessives.matchAt(items, q)) {
        const owner = ctx.owner(q);
        if (owner) set(slot.value, [owner]);
        p = q + 1;
        phraseEnd = p;
        continue;
      }
      for (let d = lex.determiners.matchAt(items, q); d; d = lex.determiners.matchAt(items, q)) q = d.end;
      // A state right after the slot word may be the nationality of the name its descriptor announces ("of the US firm X").
      const direct = groupAt(q);
      // "of state-owned China Telecom": adjectives may stand before the name.
      let adjectives = q;
      for (let s = 0; s < MAX_MODIFIERS && (isModifier(adjectives) || items[adjectives + 1]?.norm === "-"); s++) adjectives++;
      const c = (direct && !direct.entityIds.every(ctx.isState) ? direct : undefined) ?? groupAt(pastDescriptor(q)) ?? direct ?? groupAt(adjectives);
      if (!c) break;
      const apposed = commaApposition(items, c);
      if (apposed !== undefined) {
        // "fournisseur de l'armée, Elbit Systems, a …": two names joined by a comma alone are a complement and the name described.
        set(slot.value, [{ id: items[c.first]!.entityId! }]);
        set("head", [{ id: items[apposed]!.entityId! }]);
      } else set(slot.value, ctx.endpoints(c));
      p = c.last + 1;
      if (items[p]?.norm === "'s") p++;
      phraseEnd = p;
    }
    // "Le sous-traitant de l'armée, Elbit Systems, a …": a name set off by commas after the phrase is the one it describes.
    const trailing = items[p]?.norm === "," && !found.has("head") ? groupAt(p + 1) : undefined;
    if (trailing?.kind === "group" && (items[trailing.last + 1]?.norm === "," || items[trailing.last + 1]?.blocksGap)) set("head", ctx.endpoints(trailing));
    // "DHS subagencies including CBP and ICE", « les filiales de X, dont A et B »: the members a list opener names are the described.
    const opener = found.has("head") ? undefined : ctx.openers?.matchAt(items, items[p]?.norm === "," ? p + 1 : p);
    const members = opener ? groupAt(opener.end) : undefined;
    if (members?.kind === "group") set("head", ctx.endpoints(members));

    // Before the noun: modifiers, then a possessor ("Paragon's", "its", "ICE" in "ICE supplier"), then a determiner.
    let np = m.start;
    for (let s = 0; s < MAX_MODIFIERS && isModifier(np - 1); s++) np--;
    const before = items[np - 1];
    if (before?.norm === "'s" || before?.norm === "'") {
      // A name followed by "'s" and a name is no group of its own ("CETC's subsidiary Hikvision"): it is read here.
      const owner = groupEndingAt(np - 2);
      const id = items[np - 2]?.entityId;
      if (owner) {
        set("possessor", ctx.endpoints(owner));
        np = owner.first;
      } else if (id) {
        set("possessor", [{ id }]);
        np -= 2;
      }
    } else if (before?.entityId) {
      const adjunct = groupEndingAt(np - 1);
      const nationality = adjunct?.entityIds.every(ctx.isState) === true;
      if (adjunct && adjunct.kind === "group" && !nationality) {
        set("possessor", ctx.endpoints(adjunct));
        np = adjunct.first;
      }
    } else if (lex.possessives.matchAt(items, np - 1)) {
      const owner = ctx.owner(np - 1);
      if (owner) set("possessor", [owner]);
      np--;
    }
    const det = lex.determiners.findAll(items.slice(Math.max(0, np - 2), np)).find((d) => d.end === Math.min(2, np));
    if (det) np -= det.end - det.start;
    const inverted = invertedHead(lex, items, np, phraseEnd, groupAt);
    if (inverted) set("head", ctx.endpoints(inverted));

    // The name the noun describes, before it: an apposition or a copula ("X, a subsidiary of…", "X est une filiale de…").
    const linkStart = linkEndingAt.get(np);
    const apposed = linkStart !== undefined ? groupEndingAt(linkStart - 1) : undefined;
    const left = apposed ?? nearestLeft(ctx, byLast, np);
    if (left && usesHead(m.value)) {
      // "Thales and Google formed a joint venture, S3NS": with its name after it, the list before it are its members.
      if (found.has("head") && m.value.members.length && !found.has("subject")) set("subject", ctx.endpoints(left));
      else set("head", ctx.endpoints(left));
    }
    facts.push(...frameFacts(m, found));
  }
  return facts;
}

/**
 * « Parmi les clients de X figurent Y et Z », "Among Acme's customers are Y and Z": a phrase opened by an opener
 * and closed by an inverted link describes the names right after the link.
 */
function invertedHead(
  lex: NominalLexicon,
  items: readonly Item[],
  phraseStart: number,
  phraseEnd: number,
  groupAt: (first: number) => Candidate | undefined,
): Candidate | undefined {
  const opened = [1, 2].some((n) => lex.invertedOpeners.matchAt(items, phraseStart - n)?.end === phraseStart);
  const link = opened ? lex.invertedLinks.matchAt(items, phraseEnd) : undefined;
  let at = link?.end ?? -1;
  for (let d = link ? lex.determiners.matchAt(items, at) : undefined; d; d = lex.determiners.matchAt(items, at)) at = d.end;
  const named = link ? groupAt(at) : undefined;
  return named?.kind === "group" ? named : undefined;
}

/** The second of two names that only a comma joins, set off by a comma or a clause end after it; else undefined. */
function commaApposition(items: readonly Item[], c: Candidate): number | undefined {
  if (c.kind !== "group" || c.entityIds.length !== 2 || items[c.first + 1]?.norm !== "," || c.last !== c.first + 2) return undefined;
  const after = items[c.last + 1];
  return after === undefined || after.norm === "," || after.blocksGap ? c.last : undefined;
}

const usesHead = (f: NominalFrame) => f.source.includes("head") || f.target.includes("head") || f.owns;

/** The nearest name on the left within the clause, never across a trigger or another clause. */
function nearestLeft(ctx: NominalContext, byLast: ReadonlyMap<number, Candidate>, before: number): Candidate | undefined {
  for (let i = before - 1; i >= Math.max(0, before - MAX_LEFT); i--) {
    const it = ctx.items[i]!;
    if (it.blocksGap || ctx.triggerAt(i)) return undefined;
    const c = byLast.get(i);
    if (c && !c.locative) return c;
  }
  return undefined;
}

function firstFound(found: ReadonlyMap<NominalSlot, Endpoint[]>, slots: readonly NominalSlot[]): [NominalSlot, Endpoint[]] | undefined {
  for (const s of slots) {
    const e = found.get(s);
    if (e) return [s, e];
  }
  return undefined;
}

const ruleOf = (slot: NominalSlot) => `nominal-${slot}`;

function frameFacts(m: PatternMatch<NominalFrame>, found: ReadonlyMap<NominalSlot, Endpoint[]>): NominalFact[] {
  const f = m.value;
  const head = { start: m.start, end: m.end };
  if (f.members.length) {
    const members = [...f.members, "subject" as const, "head" as const].map((s) => [s, found.get(s)] as const).find(([, e]) => e && e.length > 1);
    if (!members) return [];
    const [slot, list] = members;
    const out: NominalFact[] = [];
    for (let i = 0; i < list!.length; i++)
      for (let j = i + 1; j < list!.length; j++) out.push({ type: f.type, sources: [list![i]!], targets: [list![j]!], rule: ruleOf(slot), head });
    const named = slot === "head" ? undefined : found.get("head");
    if (f.owns && named) out.push({ type: "ownership", sources: list!, targets: named, rule: ruleOf(slot), head });
    return out;
  }
  const source = firstFound(found, f.source);
  const target = firstFound(found, f.target);
  if (!source || !target) return [];
  const complement = source[0] === "head" ? target[0] : source[0];
  return [{ type: f.type, sources: source[1], targets: target[1], rule: ruleOf(complement), head }];
}
