// The contract of data/curation.yaml: a person's decisions about what the extractor proposed,
// applied after machine extraction on every run, in file order. Shared by extractor, local
// endpoint and app, so all three accept exactly the same file.
// zod/mini like the rest of the model, so the first load of the app carries one zod, the one that tree-shakes.
import { z } from "zod/mini";
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, SECTORS, STATUSES, SYMMETRIC_RELATIONS, type RelationType } from "./vocabulary";

/** An edge's id and stored endpoints, as the extractor makes them: symmetric types sort their ends. */
export function edgeEndpoints(source: string, type: RelationType, target: string): { id: string; source: string; target: string } {
  const [s, t] = SYMMETRIC_RELATIONS.has(type) && target < source ? [target, source] : [source, target];
  return { id: `${s}|${type}|${t}`, source: s, target: t };
}

const Id = z.string().check(z.minLength(1));
const Quote = z.string().check(z.minLength(1));

/** An edge, optionally narrowed to one passage of it (article id + exact quote). */
const EdgeRef = z
  .strictObject({ edge: Id, article: z.optional(Id), quote: z.optional(Quote) })
  .check(z.refine((r) => (r.article === undefined) === (r.quote === undefined), { message: "article and quote go together" }));

const Retype = z.strictObject({
  edge: Id,
  type: z.optional(z.enum(RELATION_TYPES)),
  reverse: z.optional(z.boolean()),
  status: z.optional(z.enum(STATUSES)),
});

const Add = z
  .strictObject({
    source: Id,
    type: z.enum(RELATION_TYPES),
    target: Id,
    article: Id,
    quote: Quote,
    modality: z._default(z.enum(MODALITIES), "asserted"),
    status: z._default(z.enum(STATUSES), "active"),
  })
  .check(z.refine((a) => a.source !== a.target, { message: "source and target must differ" }));

const Entity = z.strictObject({
  id: Id,
  label: z.optional(z.string().check(z.minLength(1))),
  type: z.optional(z.enum(ENTITY_TYPES)),
  country: z.optional(z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/)))),
  sectors: z.optional(z.array(z.enum(SECTORS))),
});

const Merge = z.strictObject({ from: Id, into: Id }).check(z.refine((m) => m.from !== m.into, { message: "cannot merge a node into itself" }));

export const DecisionSchema = z.union([
  z.strictObject({ reject: EdgeRef }),
  z.strictObject({ confirm: EdgeRef }),
  z.strictObject({ retype: Retype }),
  z.strictObject({ add: Add }),
  z.strictObject({ entity: Entity }),
  z.strictObject({ merge: Merge }),
  z.strictObject({ not_entity: z.strictObject({ id: Id }) }),
]);
export type Decision = z.infer<typeof DecisionSchema>;
/** The decision as written, before defaults are filled in (what the app and the endpoint send). */
export type DecisionInput = z.input<typeof DecisionSchema>;
export type DecisionKind = "reject" | "confirm" | "retype" | "add" | "entity" | "merge" | "not_entity";

export const CurationSchema = z.array(DecisionSchema);
export type Curation = z.infer<typeof CurationSchema>;

/** What kind of decision this is (each has exactly one key). */
export function decisionKind(d: Decision | DecisionInput): DecisionKind {
  return Object.keys(d)[0] as DecisionKind;
}

/** A one-line name for a decision, used when it is reported (stale) and in the app. */
export function describeDecision(d: Decision | DecisionInput): string {
  const kind = decisionKind(d);
  const body = (d as Record<string, Record<string, unknown>>)[kind]!;
  const parts = Object.entries(body)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v) : JSON.stringify(v)}`);
  return `${kind} { ${parts.join(", ")} }`;
}

/** Parses data/curation.yaml's value (already read from YAML); problems name the decision that failed. */
export function parseCuration(raw: unknown): { ok: true; value: Curation } | { ok: false; problems: string[] } {
  if (raw === null || raw === undefined) return { ok: true, value: [] };
  const result = CurationSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues
      .slice(0, 10)
      .map((i) => `decision ${i.path.length ? `${Number(i.path[0]) + 1}` : "(root)"}${i.path.length > 1 ? ` ${i.path.slice(1).join(".")}` : ""}: ${i.message}`),
  };
}
