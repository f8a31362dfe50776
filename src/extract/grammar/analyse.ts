// Clauses, voice and attributions of one sentence, on top of the tagger: the segments become
// clauses with their verb group, subject, object and prepositional complements; then the
// sentence's attributions ("X said", "according to X", "selon X", "a annoncé X").
import type { Language } from "../../model";
import { clauseLists } from "./clause-lists";
import { segmentClauses } from "./clause-segment";
import { type Ctx, groupLeft, groupRight, verbGroups } from "./groups";
import type { Attribution, Clause, Complement, SentenceAnalysis, Span, TaggedToken, VerbGroup } from "./types";
import { work } from "./work";

const SUBJECT_RELATIVES = new Set(["qui", "who", "which", "that"]);

function complementsOf(ctx: Ctx, seg: number, skip: (Span | undefined)[]): Complement[] {
  const s = ctx.segments[seg];
  const out: Complement[] = [];
  if (!s) return out;
  const within = (i: number) => skip.some((sp) => sp && (ctx.tokens[i]?.start ?? 0) >= sp.start && (ctx.tokens[i]?.end ?? 0) <= sp.end);
  for (const i of ctx.own[seg] ?? []) {
    const t = ctx.tokens[i] as TaggedToken;
    work.steps++;
    if (t.pos !== "ADP" || within(i)) continue;
    if (i === s.first && s.kind === "gerund") continue;
    const np = groupRight(ctx, i + 1, seg);
    if (np) out.push({ prep: t.lemma, start: np.start, end: np.end });
  }
  return out;
}

function buildClause(ctx: Ctx, seg: number, clauses: Clause[]): Clause {
  const s = ctx.segments[seg] as (typeof ctx.segments)[number];
  const tokens = ctx.tokens;
  const clause: Clause = { start: tokens[s.first]?.start ?? 0, end: tokens[s.last]?.end ?? 0, kind: s.kind, complements: [] };
  if (s.parent !== undefined) clause.parent = s.parent;
  const groups = verbGroups(ctx, seg);
  const verb: VerbGroup | undefined = groups.find((g) => tokens[g.first]?.verbForm === "fin") ?? groups[0];
  if (verb) clause.verb = verb;
  const parent = s.parent !== undefined ? clauses[s.parent] : undefined;
  if (s.kind === "relative" || s.kind === "participle") {
    let before = s.first - 1;
    while (before >= 0 && (tokens[before]?.text === "," || tokens[before]?.pos === "ADV")) before--;
    const antecedent = groupLeft(ctx, before + 1, s.parent ?? 0, 0, 0);
    if (antecedent) clause.antecedent = antecedent;
  }
  if (verb) {
    const inner = groupLeft(ctx, verb.first, seg, s.first + (s.kind === "main" ? 0 : 1));
    if (s.kind === "relative") {
      const pronoun = tokens[s.first] as TaggedToken;
      if (!inner && SUBJECT_RELATIVES.has(pronoun.lemma)) clause.subject = clause.antecedent;
      else if (inner) {
        clause.subject = inner;
        if (pronoun.lemma !== "dont" && clause.antecedent) clause.object = clause.antecedent;
      }
    } else if (s.kind === "participle") {
      clause.subject = s.first > 0 && tokens[s.first - 1]?.text !== "," ? clause.antecedent : undefined;
      if (!clause.subject && s.first === 0) clause.subject = undefined;
    } else if (s.kind === "gerund") {
      if (parent?.subject) clause.subject = parent.subject;
    } else if (inner) clause.subject = inner;
    if (!clause.object) {
      const object = groupRight(ctx, verb.last + 1, seg);
      if (object && ctx.owner[verb.last + 1] === seg && tokens[verb.last + 1]?.pos !== "ADP") clause.object = object;
    }
  }
  if (!clause.subject) delete clause.subject;
  clause.complements = complementsOf(ctx, seg, [clause.subject, clause.object]);
  return clause;
}

function cueAt(ctx: Ctx, i: number): number {
  for (const cue of ctx.lists.attributionCues) {
    if (cue.every((w, k) => ctx.keys[i + k] === w)) return cue.length;
  }
  return 0;
}

function attributionsOf(ctx: Ctx): Attribution[] {
  const out: Attribution[] = [];
  const { tokens, segments } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    work.steps++;
    const length = cueAt(ctx, i);
    if (length === 0) continue;
    const source = groupRight(ctx, i + length, ctx.owner[i] ?? 0);
    if (source) out.push({ source, clause: ctx.owner[i] ?? 0 });
  }
  // The first subordinate clause after each clause's verb is what that verb reports.
  const firstSubordinate = new Map<number, number[]>();
  segments.forEach((c, k) => {
    if (c.kind === "subordinate" && c.parent !== undefined) firstSubordinate.set(c.parent, [...(firstSubordinate.get(c.parent) ?? []), k].slice(0, 4));
  });
  segments.forEach((s, seg) => {
    for (const g of verbGroups(ctx, seg)) {
      if (g.voice !== "active" || !ctx.lists.attributionVerbs.has(g.lemma)) continue;
      const reported = (firstSubordinate.get(seg) ?? []).find((k) => (segments[k]?.first ?? -1) > g.last);
      const prev = tokens[g.first - 1];
      // Inverted: "…, a annoncé le Département." / "…», said the spokesman." — the group after
      // the verb ends the sentence or the clause.
      const right = groupRight(ctx, g.last + 1, seg);
      let afterRight = right ? right.head : tokens.length;
      while (right && afterRight < tokens.length && (tokens[afterRight]?.start ?? 0) < right.end) afterRight++;
      const inverted = prev?.pos === "PUNCT" && !!right && (afterRight >= tokens.length || tokens[afterRight]?.pos === "PUNCT");
      // With an object and no reported clause the verb states a fact ("X added Y to its list").
      const next = tokens[g.last + 1];
      if (!inverted && reported === undefined && next && next.pos !== "PUNCT") continue;
      const source = inverted ? right : groupLeft(ctx, g.first, seg, s.first + (s.kind === "main" ? 0 : 1));
      if (source) out.push({ source, clause: reported ?? seg });
    }
  });
  return out;
}

export function analyse(text: string, tokens: TaggedToken[], lang: Language): SentenceAnalysis {
  const lists = clauseLists(lang);
  // Lower-case words with plain apostrophes, as the word lists write them.
  const keys = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const { segments, owner } = segmentClauses(text, tokens, keys, lists);
  const own: number[][] = segments.map(() => []);
  owner.forEach((seg, i) => {
    own[seg]?.push(i);
    work.steps++;
  });
  const ctx: Ctx = { text, tokens, keys, owner, segments, own, lists };
  const clauses: Clause[] = [];
  // Parents come before their children, so a gerund can take its parent's subject.
  for (let seg = 0; seg < segments.length; seg++) clauses.push(buildClause(ctx, seg, clauses));
  return { tokens, clauses, attributions: attributionsOf(ctx) };
}
