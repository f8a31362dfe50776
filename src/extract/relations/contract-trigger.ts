// A contract word's parties: the clause's subject and the name nearest before it, and on the right
// the first name after it and those a party word ("with", "avec", "to"…) introduces. Each set of
// parties becomes a contract mention, grouped into contract nodes by stage 8.
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
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/;

export function contractTrigger(ctx: SentenceContext, v: TriggerView): void {
  const { items, run } = ctx;
  const { t } = v;
  const { subjectIds, counterparts, lastUsed } = contractParties(ctx, v);
  const plural = run.k.words[run.a.lang].pluralContract.has(items[t.end - 1]!.norm ?? "");
  const named = namedContract(items, t.start, t.end, (id) => run.a.entity(id)?.type === "contract");
  // "awarded contracts to Airbus and Helsing": one contract each.
  const sets = plural && subjectIds.length > 0 && counterparts.length > 1 ? counterparts.map((c) => [...subjectIds, c]) : [[...subjectIds, ...counterparts]];
  const definite = isDefinite(ctx, t.start);
  for (const parties of sets) {
    // One party is enough for a contract the text names, or one it refers back to ("the deal was extended with X").
    // (A party some contract already has joins that one in stage 8; another joins the article's last contract.)
    const known = run.contracts.some((m) => m.parties.includes(parties[0]!));
    const refersBack = parties.length === 1 && definite && !named && run.lastContract !== undefined;
    const continues = refersBack && !known ? run.lastContract : undefined;
    const enough = parties.length >= 2 || (parties.length === 1 && named !== undefined) || refersBack;
    if (!enough || (ctx.contractHere && parties.some((p) => ctx.contractParties.has(p)))) continue;
    run.contracts.push(contractMention(ctx, v, parties, { definite, sole: sets.length === 1, continues, named }));
    run.previousContract = { index: run.contracts.length - 1, paragraph: ctx.s.paragraph };
    if (!refersBack) run.lastContract = run.contracts.length - 1;
    for (const p of parties) ctx.contractParties.add(p);
    ctx.usedTo = lastUsed;
  }
  if (run.contracts.length && run.contracts[run.contracts.length - 1]!.start === ctx.s.start) ctx.contractHere = true;
}

/** The subject side and the counterparts of a contract word, and the last item a counterpart took. */
function contractParties(ctx: SentenceContext, v: TriggerView): { subjectIds: string[]; counterparts: string[]; lastUsed: number } {
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
      if ((n === 0 && c.first - t.end <= ADJACENT_PARTY) || introduced(ctx, t.end, c) || suppliedByPurpose(ctx, t.end, c)) {
        for (const id of idsOf(ctx, c, [...subjectIds])) others.add(id);
        lastUsed = Math.max(lastUsed, c.last);
      }
    });
  const counterparts = run.allowed("contract", "source", [...others]).filter((id) => !subjectIds.includes(id));
  return { subjectIds, counterparts, lastUsed };
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

/** Does a party word introduce the candidate, past determiners and possessors, or past a description? */
function introduced(ctx: SentenceContext, triggerEnd: number, c: Candidate): boolean {
  const { items, run } = ctx;
  const partyWord = run.k.cues.contract_party[run.a.lang];
  const determiners = run.k.words[run.a.lang].determiners;
  let p = c.first - 1;
  while (p > triggerEnd && (determiners.has(items[p]!.norm ?? "") || items[p]!.norm === "'s" || possessorAt(items, p, run.isState))) p--;
  if (p >= triggerEnd && partyWord.matchAt(items, p)) return true;
  // "with Israeli commercial spyware vendor Paragon Solutions", "to both established aerospace giant Airbus…",
  // "attribué au fabricant d'armes israélien, Elbit": a description with a describing noun stands between
  // the party word (maybe the trigger's own last word) and the name.
  let described = false;
  for (let q = c.first - 1; q >= Math.max(triggerEnd - 1, c.first - DESCRIPTION_REACH); q--) {
    const it = items[q]!;
    if (it.entityId || it.blocksGap) return false;
    if (described && partyWord.matchAt(items, q)) return true;
    if (run.isDescriptor(it.norm ?? "")) described = true;
  }
  return false;
}

function contractMention(
  ctx: SentenceContext,
  v: TriggerView,
  parties: string[],
  how: { definite: boolean; sole: boolean; continues: number | undefined; named: string | undefined },
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
