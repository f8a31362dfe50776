// A relation trigger's sources and targets from its direction (data/relations.yaml `dir`), then
// the fallbacks for a missing side: the main clause of a purpose clause, the members of a named
// class, a recipient or a subject carried over from the previous sentence, the article's issuer.
import type { RelationType } from "../../model";
import type { Candidate } from "./arguments";
import { pairsWithin, sameFamily } from "./clause";
import { emit, idsOf, inferItems } from "./emit";
import type { Frame } from "./facts";
import { classMember } from "./nominal-endpoints";
import type { SentenceContext } from "./sentence";
import type { TriggerView } from "./trigger-view";

interface Arguments {
  sources: string[];
  targets: string[];
  /** The frame's id for provenance: the trigger's direction, or the inference that supplied an argument. */
  rule: string;
  /** A class ("plusieurs entreprises chinoises") whose members the targets are. */
  classTargets?: Candidate;
}

export function directedTrigger(ctx: SentenceContext, v: TriggerView): void {
  const { items, run } = ctx;
  const { t } = v;
  // A purpose clause ("… pour fournir", "… to provide") shares the main clause's subject.
  const purpose = run.k.cues.purpose[run.a.lang].findAll(items.slice(Math.max(0, t.start - 2), t.start)).some((m) => m.end === Math.min(2, t.start));
  const mainFrame = purpose ? ctx.frames[ctx.frames.length - 1] : undefined;
  const args = directedArguments(ctx, v, mainFrame);
  if (!args) return;
  fillMissing(ctx, v, mainFrame, args);
  const { sources, targets, rule, classTargets } = args;
  const dir = t.value.dir;
  const active = (dir === "forward" && Boolean(v.left)) || dir === "subject_left";
  // Members of an unnamed class are no named argument: each is recorded as inferred from the class words.
  if (classTargets) {
    for (const id of targets) emit(ctx, v.type, sources, [id], v.reading, v.triggerText, rule, active, classMember(run.a, items, classTargets, id));
  } else emit(ctx, v.type, sources, targets, v.reading, v.triggerText, rule, active);
}

/** Sources and targets by the trigger's direction; undefined when the direction emitted its pairs itself. */
function directedArguments(ctx: SentenceContext, v: TriggerView, mainFrame: Frame | undefined): Arguments | undefined {
  const { t, left, right, type, reading, triggerText } = v;
  const dir = t.value.dir;
  const rule = v.shared
    ? "shared-subject"
    : v.continued
      ? "pronoun-subject"
      : mainFrame && dir === "forward"
        ? "purpose-clause"
        : `pattern-${dir.replace("_", "-")}`;
  const leftIds = () => idsOf(ctx, left, idsOf(ctx, right, []));
  const rightIds = () => idsOf(ctx, right, idsOf(ctx, left, []));
  const pairs = (ids: string[], as: RelationType) => pairsWithin(ids, (x, y) => emit(ctx, as, [x], [y], reading, triggerText, rule));
  switch (dir) {
    case "forward":
      // "ICE hired Palantir to build…", "a choisi Palantir pour équiper…": the one chosen does it.
      return {
        sources: mainFrame ? (mainFrame.type === "client_of" ? mainFrame.targets : mainFrame.sources) : (v.continued ?? leftIds()),
        targets: rightIds(),
        rule,
      };
    case "passive":
      return { sources: rightIds(), targets: leftIds(), rule };
    case "reciprocal":
      if (right) return { sources: leftIds(), targets: rightIds(), rule };
      pairs(leftIds(), type);
      return undefined;
    case "between":
      pairs(rightIds(), type);
      return undefined;
    case "possessive":
      return { sources: idsOf(ctx, clauseSubject(ctx, v, true), []), targets: rightIds(), rule };
    case "joint": {
      const owners = leftIds();
      pairs(owners, "partnership");
      return { sources: owners, targets: rightIds(), rule };
    }
    case "subject_left": {
      // The subject is never a place ("le fonds de pension de l'Église méthodiste aux États-Unis … s'est désengagé").
      const subject = clauseSubject(ctx, v, false);
      return { sources: idsOf(ctx, subject, []), targets: left && left !== subject ? leftIds() : [], rule };
    }
    case "inverted": {
      if (left) return { sources: leftIds(), targets: rightIds(), rule };
      const second = v.rightAll.find((c) => right && c.first > right.last);
      return { sources: idsOf(ctx, second, []), targets: rightIds(), rule };
    }
  }
}

/** The clause's first (or, for `last`, its last) named list before the trigger, never a place. */
function clauseSubject(ctx: SentenceContext, v: TriggerView, last: boolean): Candidate | undefined {
  const { t, clause, usable } = v;
  const fits = (c: Candidate) => usable(c) && c.kind === "group" && c.first >= clause.start && c.last < t.start && !c.locative;
  return last ? ctx.candidates.findLast(fits) : ctx.candidates.find(fits);
}

/** Fills a missing side from the purpose clause's main frame, a named class, the previous sentence or the article's issuer. */
function fillMissing(ctx: SentenceContext, v: TriggerView, mainFrame: Frame | undefined, args: Arguments): void {
  const { run, cues, candidates } = ctx;
  const { t, type } = v;
  const dir = t.value.dir;
  // "… pour fournir des données": the partner is the recipient — unless a place is ("to sell software in Japan").
  if (mainFrame && mainFrame.type !== "client_of" && args.targets.length === 0 && !cues.has("place_break", t.end, v.clause.end)) {
    args.targets = mainFrame.targets;
    args.rule = "purpose-clause";
  }
  // A sanction of "plusieurs entreprises chinoises" reaches the Chinese companies the article names.
  if (args.targets.length === 0 && run.k.relationTypes[type]?.resolve_classes) {
    const zone = dir === "passive" ? (c: Candidate) => c.last < t.start && c.first >= v.leftBound : (c: Candidate) => c.first >= t.end && c.last < v.rightBound;
    const cls = candidates.find((c) => c.kind === "class" && zone(c));
    if (cls) {
      args.targets = run.resolver.members(cls.country!);
      args.classTargets = cls;
      for (const id of args.targets) inferItems(ctx, cls.first, cls.last, id, "list");
      args.rule = "class-members";
    }
  }
  // "L'entreprise fournit une technologie…": the recipient carries over from the previous sentence.
  if (args.targets.length === 0 && args.sources.length > 0) {
    const carried = run.previousFrames.find((f) => sameFamily(f.type, type) && f.sources.some((x) => args.sources.includes(x)));
    if (carried) {
      args.targets = carried.targets;
      args.rule = "carried-recipient";
    }
  }
  // "… la même liste noire que celle où est inscrit Huawei": the issuer named as the subject of the previous sentence.
  if (args.sources.length === 0 && args.targets.length > 0) {
    const carried = run.previousFrames.find((f) => f.type === type && f.active);
    if (carried) args.sources = carried.sources;
    else if (run.k.relationTypes[type]?.article_issuer) args.sources = run.issuers.get(type) ?? [];
    if (args.sources.length) args.rule = carried ? "carried-subject" : "article-issuer";
  }
}
