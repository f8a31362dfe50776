// The data contract of data/graph.json and data/articles/<id>.json as zod schemas.
// The extractor validates what it writes and the app validates what it loads, with these.
// zod/mini, not classic zod: the same checks and errors, but it tree-shakes, which keeps ~25 KB
// (gzipped) out of the app's first load.
import { z } from "zod/mini";
import { ENTITY_TYPES, LANGUAGES, MODALITIES, RELATION_TYPES, SECTORS, STATUSES } from "./vocabulary";

/**
 * 2 added the optional `date` of evidence; 3 the optional `position` of nodes (laid out at build
 * time for large graphs). Older files are migrated at the load boundary.
 */
export const SCHEMA_VERSION = 3;

const Id = z.string().check(z.minLength(1));
const Offset = z.int().check(z.nonnegative());

const startBeforeEnd = z.refine<{ start: number; end: number }>((s) => s.start < s.end, { message: "start must be before end" });

export const SpanSchema = z.object({ articleId: Id, start: Offset, end: Offset }).check(startBeforeEnd);
export type Span = z.infer<typeof SpanSchema>;

/**
 * An endpoint the quote names only through an anaphor ("the company"), a list or a carried-over
 * subject: the words that stand for it in the quote, and where its antecedent is named.
 * All offsets are article text offsets.
 */
export const InferredSchema = z
  .object({
    start: Offset,
    end: Offset,
    text: z.string(),
    antecedentStart: Offset,
    antecedentEnd: Offset,
    how: z.enum(["anaphor", "list", "subject", "product"]),
  })
  .check(startBeforeEnd);
export type Inferred = z.infer<typeof InferredSchema>;

export const EvidenceSchema = z
  .object({
    articleId: Id,
    start: Offset,
    end: Offset,
    quote: z.string().check(z.minLength(1)),
    modality: z.enum(MODALITIES),
    /** The trigger phrase that stated the relation, as written; absent for structural links. */
    trigger: z.optional(z.string()),
    /** The date the passage itself states, "YYYY" or "YYYY-MM"; absent when it states none. */
    date: z.optional(z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/))),
    /** Set by data/curation.yaml: a person added this passage, or confirmed it. */
    curated: z.optional(z.enum(["added", "confirmed"])),
    /** The frame that produced the passage ("verb-active", "nominal-between", "role"…); absent for curated ones. */
    rule: z.optional(z.string().check(z.minLength(1))),
    /** That rule's precision on the tune set (data/rule-confidence.json), 0–1. */
    confidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
    /** Endpoints the quote names only through an anaphor, a list or a carried-over subject. */
    via: z.optional(z.object({ source: z.optional(InferredSchema), target: z.optional(InferredSchema) })),
  })
  .check(startBeforeEnd);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const MoneySchema = z
  .object({ min: z.number().check(z.nonnegative()), max: z.number().check(z.nonnegative()), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) })
  .check(z.refine((m) => m.min <= m.max, { message: "min must not exceed max" }));
export type Money = z.infer<typeof MoneySchema>;

export const AttributesSchema = z.object({
  /** Contracts: the stated value, a range when the text gives one. */
  value: z.optional(MoneySchema),
  /** Contracts: the date as written ("2021", "octobre 2019"), ISO year-month when parsable. */
  date: z.optional(z.string()),
  /** Contracts: what the agreement covers, as a short phrase from the text. */
  scope: z.optional(z.string()),
  /** Discovered entities: the cue that made the extractor keep it ("la société", "Inc."). */
  cue: z.optional(z.string()),
});
export type Attributes = z.infer<typeof AttributesSchema>;

/** Where a node is drawn, in the canvas's model coordinates (whole numbers). */
export const PositionSchema = z.object({ x: z.number(), y: z.number() });
export type Position = z.infer<typeof PositionSchema>;

export const NodeSchema = z.object({
  id: Id,
  label: z.string().check(z.minLength(1)),
  type: z.enum(ENTITY_TYPES),
  country: z.nullable(z.string().check(z.regex(/^[A-Z]{2}$/))),
  sectors: z.array(z.enum(SECTORS)),
  aliases: z.array(z.string()),
  curated: z.boolean(),
  mentions: z.array(SpanSchema),
  attributes: AttributesSchema,
  /** Set when a decision of data/curation.yaml changed this entity (renamed, typed, merged into it). */
  reviewed: z.optional(z.boolean()),
  /** Set by the extractor's build-time layout on graphs too large to lay out in the browser; absent on nodes it does not draw. */
  position: z.optional(PositionSchema),
});
export type GraphNode = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.object({
  id: Id,
  source: Id,
  target: Id,
  type: z.enum(RELATION_TYPES),
  status: z.enum(STATUSES),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
  /** Set when a person confirmed, retyped or added this relation in data/curation.yaml. */
  reviewed: z.optional(z.boolean()),
});
export type GraphEdge = z.infer<typeof EdgeSchema>;

export const ArticleMetaSchema = z.object({
  id: Id,
  file: z.string(),
  title: z.string(),
  language: z.enum(LANGUAGES),
  outlet: z.nullable(z.string()),
  published: z.nullable(z.string()),
  url: z.nullable(z.string()),
  /** The id of the article this one translates (or is translated by); set on both sides. */
  translationOf: z.nullable(z.string()),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/**
 * A relation (or some passages of one) that data/curation.yaml rejected: kept out of the graph,
 * listed so the app can show what was rejected and undo it.
 */
export const RejectedSchema = z.object({
  id: Id,
  source: Id,
  target: Id,
  type: z.enum(RELATION_TYPES),
  /** "edge": the whole relation; "passage": only these passages, the relation stays. */
  scope: z.enum(["edge", "passage"]),
  /** "rejected": by a reject decision; "not_entity": an endpoint was declared not an entity. */
  reason: z.enum(["rejected", "not_entity"]),
  evidence: z.array(EvidenceSchema),
});
export type Rejected = z.infer<typeof RejectedSchema>;

export const GraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleMetaSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  /** Present when data/curation.yaml rejected something. */
  rejected: z.optional(z.array(RejectedSchema)),
});
export type Graph = z.infer<typeof GraphSchema>;

export const ArticleDocSchema = z.extend(ArticleMetaSchema, {
  /** The cleaned text every offset in the graph points into. */
  text: z.string().check(z.minLength(1)),
  /** Sentence boundaries as [start, end) offsets into text. */
  sentences: z.array(z.tuple([Offset, Offset])),
});
export type ArticleDoc = z.infer<typeof ArticleDocSchema>;

export const ReportSchema = z.object({
  /** Files that could not be read or made no article, with the reason. */
  warnings: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Entities the registry lacks, for a curator to confirm into data/entities.yaml. */
  discovered: z.array(
    z.object({
      id: Id,
      label: z.string(),
      type: z.enum(ENTITY_TYPES),
      country: z.nullable(z.string()),
      cue: z.string(),
      /** How many articles name it: the curator's queue is ranked by it. */
      articles: z.optional(z.int().check(z.nonnegative())),
      /** Its other forms: short forms and the acronym an article defined. */
      aliases: z.optional(z.array(z.string())),
      passages: z.array(z.object({ articleId: Id, start: Offset, end: Offset, quote: z.string() })),
    }),
  ),
  counts: z.object({ articles: z.number(), nodes: z.number(), edges: z.number(), evidence: z.number() }),
  /** Present when data/curation.yaml has decisions: how many applied, what was rejected, what no longer anchors. */
  curation: z.optional(
    z.object({
      applied: z.int().check(z.nonnegative()),
      rejected: z.array(z.object({ edge: Id, scope: z.enum(["edge", "passage"]), reason: z.enum(["rejected", "not_entity"]), passages: z.number() })),
      stale: z.array(z.object({ index: z.int().check(z.positive()), decision: z.string(), reason: z.string() })),
    }),
  ),
});
export type Report = z.infer<typeof ReportSchema>;
