// A contract word's parties: the clause's subject and the name nearest before it, and on the right
// the first name after it and those a party word ("with", "avec", "to"…) introduces. Each set of
// parties becomes a contract mention, grouped into contract nodes by stage 8. A contract may stand
// with one party when the words tie that party to it ("X won a contract", "awarded to X", "X's deal").
import type { Candidate } from "./arguments";
import { namedContract, partiesEnd } from "./contracts";
import { idsOf } from "./emit";
import type { ContractMention } from "./facts";
import { possessorAt } from "./items";
import { parseMoney } from "./money";
import type { SentenceContext } from "./sentence";
import type { TriggerView } from "./trigger-view";

const VALUE_LOOKBEHIND = 40;
/** A party not introduced by "with", "via"… must follow the contract word closely ("awarded Anduril a contract"). */
const ADJACENT_PARTY = 4;
const CONTRACT_REACH = 30;
/** How many words a description may take between a party word and the name it introduces. */
const DESCRIPTION_REACH = 8;
/** The longest party word, in words ("au profit de"). */
const PARTY_WORD_LENGTH = 3;
/** How many words may stand between a possessor and its contract word ("SpaceX's $2.29B Space Force contract"). */
const POSSESSOR_REACH = 8;
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;

export function contractTrigger(ctx: SentenceContext, v: TriggerView): void {
  const { items, run } = ctx;
  const { t } = v;
  const { subjectIds, counterparts, lastUsed, tied } = contractParties(ctx, v);
  const plural = run.k.words[run.a.lang].pluralContract.has(items[t.end - 1]!.norm ?? "");
  const named = namedContract(items, t.start, t.end, (id) => run.a.entity(id)?.type === "contract");
  // "awarded contracts to Airbus and Helsing": one contract each.
  const split = plural && subjectIds.length > 0 && counterparts.length > 1;
  const sets = split ? counterparts.map((c) => [...subjectIds, c]) : [[...subjectIds, ...counterparts]];
  const definite = isDefinite(ctx, t.start);
  for (const [n, parties] of sets.entries()) {
    // One party is enough for a contract the text names, one it refers back to ("the deal was extended with X"),
    // or one the words tie to that party. "The contracts, signed with A and B": agentless, they are the last ones.
    // (A party some contract already has joins that one in stage 8; another joins the article's last contract.)
    const known = run.contracts.some((m) => parties.some((p) => m.parties.includes(p)));
    const agentless = parties.length === 1 || (plural && subjectIds.length === 0);
    const refersBack = agentless && definite && !named && run.lastContract !== undefined;
    const continues = refersBack && !known ? run.lastContract : undefined;
    // A lone party stands for a contract only when the sentence states it ("La France pourrait-elle signer un tel contrat ?" does not).
    const stated = tied.has(parties[0]!) && v.reading.modality === "asserted" && items[items.length - 1]?.norm !== "?";
    const enough = parties.length >= 2 || (parties.length === 1 && (named !== undefined || stated)) || refersBack;
    if (!enough || (ctx.contractHere && parties.some((p) => ctx.contractParties.has(p)))) continue;
    const own = split ? counterparts[n] : undefined;
    run.contracts.push(contractMention(ctx, v, parties, { definite, sole: sets.length === 1, continues, named, own }));
    run.previousContract = { index: run.contracts.length - 1, paragraph: ctx.s.paragraph };
    if (!refersBack) run.lastContract = run.contracts.length - 1;
    for (const p of parties) ctx.contractParties.add(p);
    ctx.usedTo = lastUsed;
  }
  if (run.contracts.length && run.contracts[run.contracts.length - 1]!.start === ctx.s.start) ctx.contractHere = true;
}

interface Parties {
  subjectIds: string[];
  counterparts: string[];
  /** The last item a counterpart took. */
  lastUsed: number;
  /** The parties the words tie to the contract, each enough for a contract of its own. */
  tied: Set<string>;
}

/** The subject side and the counterparts of a contract word. */
function contractParties(ctx: SentenceContext, v: TriggerView): Parties {
  const { items, candidates, cues, run } = ctx;
  const { t, usable } = v;
  // The clause's subject and the name nearest before the contract word ("Palantir won a $480 million Army contract").
  // Never across another trigger: "X accused Google over its contract with…" does not make X a party.
  const from = Math.max(v.leftBound, ctx.usedTo + 1);
  const nearest = candidates.findLast((c) => usable(c) && c.last < t.start && c.first >= from && !c.locative);
  const first = candidates.find((c) => usable(c) && c.kind === "group" && c.last < t.start && c.first >= from && !c.locative);
  // "Elle a signé un contrat avec la CIA": with no name before it, a subject pronoun's antecedent is the party.
  const named = [...idsOf(ctx, first, []), ...idsOf(ctx, nearest, [])];
  const subjectIds = run.allowed("contract", "source", [...new Set(named.length ? named : (v.continued ?? []))]);
  const tied = new Set(tiedBefore(ctx, v, first, nearest));
  // Parties on the right: the first name after the contract word, and those that "with", "via"… introduce;
  // they stop at an attribution ("…, according to a WIRED review").
  const attributionAt = cues.first("attribution_before", t.end);
  const attribution = attributionAt < 0 ? items.length : attributionAt;
  const others = new Set<string>();
  let lastUsed = t.end;
  const nextContract = partiesEnd(ctx.contractStarts, candidates, t.end, items.length, ctx.joinsClause);
  v.rightAll
    .filter((c) => c.first - t.end <= CONTRACT_REACH && c.last < Math.min(v.clause.end, attribution, nextContract))
    .forEach((c, n) => {
      // A relative clause after the contract word states something else ("le contrat, qui s'inscrit dans la stratégie définie par X").
      if (relativeBetween(ctx, t.end, c.first)) return;
      const by = introduced(ctx, t.end, c) ?? (suppliedByPurpose(ctx, t.end, c) ? "party" : undefined);
      if ((n === 0 && c.first - t.end <= ADJACENT_PARTY) || by) {
        const ids = idsOf(ctx, c, [...subjectIds]);
        for (const id of ids) others.add(id);
        // "a contract with X", "awarded to X", "attribué à X": a party word, not a conjunction, ties X to the contract;
        // so does "of" right after it ("le contrat de Thales").
        if (by === "party" || ofContract(ctx, t.end, c)) for (const id of ids) tied.add(id);
        lastUsed = Math.max(lastUsed, c.last);
      }
    });
  const counterparts = run.allowed("contract", "source", [...others]).filter((id) => !subjectIds.includes(id));
  return { subjectIds, counterparts, lastUsed, tied };
}

/**
 * "awarded a contract worth $21.9 billion to supply the US Army": the one a contract's purpose clause supplies
 * is its other party. The candidate follows a supplies verb that the purpose word ("to", "pour") opens.
 */
function suppliedByPurpose(ctx: SentenceContext, triggerEnd: number, c: Candidate): boolean {
  const { items, run } = ctx;
  const determiners = run.k.words[run.a.lang].determiners;
  let p = c.first - 1;
  while (p > triggerEnd && determiners.has(items[p]!.norm ?? "")) p--;
  const verb = ctx.triggers.find((o) => o.value.type === "supplies" && o.end === p + 1 && o.start > triggerEnd);
  if (!verb) return false;
  const purpose = run.k.cues.purpose[run.a.lang];
  for (let q = verb.start - 1; q >= Math.max(triggerEnd, verb.start - 3); q--) if (purpose.matchAt(items, q)?.end === verb.start) return true;
  return false;
}

/** "le contrat de Thales", "le marché de la gendarmerie": "of" right after the contract word, maybe with a determiner. */
function ofContract(ctx: SentenceContext, triggerEnd: number, c: Candidate): boolean {
  const { items, run } = ctx;
  const of = run.k.cues.contract_of[run.a.lang];
  const determiners = run.k.words[run.a.lang].determiners;
  const ofAt = (at: number, end: number) => at === triggerEnd && of.matchAt(items, at)?.end === end;
  return ofAt(c.first - 1, c.first) || (determiners.has(items[c.first - 1]?.norm ?? "") && ofAt(c.first - 2, c.first - 1));
}

/**
 * Does a relative pronoun outside dash asides open a clause between the contract word and a name? One right on the
 * contract word, without a comma, is its complement ("a contract under which X provides…", "the contract that X won").
 */
function relativeBetween(ctx: SentenceContext, triggerEnd: number, to: number): boolean {
  const { items, aside } = ctx;
  const relatives = ctx.run.k.cues.subject_relatives[ctx.run.a.lang];
  for (let i = triggerEnd; i < to; i++) {
    if (aside[i] !== aside[triggerEnd] || !relatives.matchAt(items, i)) continue;
    const complement = i === triggerEnd || (i === triggerEnd + 1 && items[triggerEnd]!.norm !== ",");
    if (!complement) return true;
  }
  return false;
}

/**
 * The names before a contract word that the words tie to it: the subject of a verb that carries the contract word
 * ("X won a contract", "X a signé un accord", "X has been awarded a contract") and a possessor ("X's contract").
 */
function tiedBefore(ctx: SentenceContext, v: TriggerView, first: Candidate | undefined, nearest: Candidate | undefined): string[] {
  const { items, run } = ctx;
  const { t } = v;
  const out: string[] = [];
  const verbLed = !run.k.words[run.a.lang].contractNouns.has(items[t.start]!.norm ?? "");
  const subject = ctx.scope?.subjectOf(t.start) ?? first;
  if (verbLed && subject) out.push(...idsOf(ctx, subject, []));
  // "SpaceX's $2.29B Space Force contract": the possessor stands a few words before the contract word.
  const owner = [first, nearest].find((c) => c && items[c.last + 1]?.norm === "'s" && t.start - c.last <= POSSESSOR_REACH);
  if (owner) out.push(...idsOf(ctx, owner, []));
  return run.allowed("contract", "source", out);
}

/**
 * Does a party word introduce the candidate, past determiners and possessors, or past a description? "party" when
 * it is a party word proper, "joined" when it only joins the name to the parties before it ("and", "et").
 */
function introduced(ctx: SentenceContext, triggerEnd: number, c: Candidate): "party" | "joined" | undefined {
  const { items, run } = ctx;
  const partyWord = run.k.cues.contract_party[run.a.lang];
  const determiners = run.k.words[run.a.lang].determiners;
  let p = c.first - 1;
  while (p > triggerEnd && (determiners.has(items[p]!.norm ?? "") || items[p]!.norm === "'s" || possessorAt(items, p, run.isState))) p--;
  // A conjunction joins the name to the parties before it: a party word proper before it ("entre A et B") ties it too.
  const conjunction = (at: number) => run.k.cues.clause_and[run.a.lang].matchAt(items, at) !== undefined;
  const partyBefore = (at: number) => {
    for (let q = Math.max(0, triggerEnd - 1); q < at; q++) if (partyWord.matchAt(items, q) && !conjunction(q)) return true;
    return false;
  };
  const kind = (at: number) => (conjunction(at) && !partyBefore(at) ? "joined" : "party");
  // The party word, maybe of several words ("won by", "au profit de"), ends just before the name; it may be the trigger's own last word ("attribué à X").
  // (Its last word may pass for a determiner: "au profit de X".)
  for (let q = c.first - 1; q >= Math.max(triggerEnd - 1, p - PARTY_WORD_LENGTH + 1); q--) {
    const end = partyWord.matchAt(items, q)?.end;
    if (end !== undefined && end > p && end <= c.first) return kind(q);
  }
  // "with Israeli commercial spyware vendor Paragon Solutions", "to both established aerospace giant Airbus…",
  // "attribué au fabricant d'armes israélien, Elbit": a description with a describing noun stands between
  // the party word (maybe the trigger's own last word) and the name.
  let described = false;
  for (let q = c.first - 1; q >= Math.max(triggerEnd - 1, c.first - DESCRIPTION_REACH); q--) {
    const it = items[q]!;
    if (it.entityId || it.blocksGap) return undefined;
    if (described && partyWord.matchAt(items, q)) return kind(q);
    if (run.isDescriptor(it.norm ?? "")) described = true;
  }
  return undefined;
}

function contractMention(
  ctx: SentenceContext,
  v: TriggerView,
  parties: string[],
  how: { definite: boolean; sole: boolean; continues: number | undefined; named: string | undefined; own: string | undefined },
): ContractMention {
  const { items, s, run } = ctx;
  const { t, triggerText, reading } = v;
  const text = run.a.text;
  // The value often stands just before the contract word ("a $1.2 billion contract").
  const tail = text.slice(Math.max(s.start, items[t.start]!.start - VALUE_LOOKBEHIND), s.end);
  const value = how.sole ? parseMoney(tail, run.k.money) : undefined;
  const year = YEAR.exec(text.slice(s.start, s.end))?.[0];
  const inferred = ctx.inferred;
  return {
    parties: [...new Set(parties)].sort(),
    start: s.start,
    end: s.end,
    status: reading.status,
    modality: reading.modality,
    kind: /accord|agreement|deal/i.test(triggerText) ? "agreement" : "contract",
    trigger: triggerText,
    triggerStart: items[t.start]!.start,
    triggerEnd: items[t.end - 1]!.end,
    definite: how.definite,
    ...(how.continues !== undefined ? { continues: how.continues } : {}),
    ...(how.named ? { named: how.named } : {}),
    ...(how.own ? { own: how.own } : {}),
    rule: "contract-party",
    ...(parties.some((id) => inferred.has(id))
      ? { via: Object.fromEntries(parties.filter((id) => inferred.has(id)).map((id) => [id, inferred.get(id)!])) }
      : {}),
    ...(value ? { value } : {}),
    ...(year ? { date: year } : {}),
  };
}

/** "the one-year contract", "Paragon’s contract": a determiner before the contract word, over a few adjectives. */
function isDefinite(ctx: SentenceContext, start: number): boolean {
  const { indefinite, definite } = ctx.run.k.words[ctx.run.a.lang];
  for (let i = start - 1; i >= Math.max(0, start - 5); i--) {
    const norm = ctx.items[i]!.norm;
    if (norm === null || indefinite.has(norm)) return false;
    if (definite.has(norm)) return true;
  }
  return false;
}
