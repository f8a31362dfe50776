// The data contract of data/graph.json and data/articles/<id>.json as zod schemas.
// The extractor validates what it writes and the app validates what it loads, with these.
// zod/mini, not classic zod: the same checks and errors, but it tree-shakes, which keeps ~25 KB
// (gzipped) out of the app's first load.
import { z } from "zod/mini";
import { ENTITY_TYPES, LANGUAGES, MODALITIES, RELATION_TYPES, SECTORS, STATUSES } from "./vocabulary";

/** 2 added the optional `date` of evidence; version 1 files are migrated at the load boundary. */
export const SCHEMA_VERSION = 2;

const Id = z.string().check(z.minLength(1));
const Offset = z.int().check(z.nonnegative());

const startBeforeEnd = z.refine<{ start: number; end: number }>((s) => s.start < s.end, { message: "start must be before end" });

export const SpanSchema = z.object({ articleId: Id, start: Offset, end: Offset }).check(startBeforeEnd);
export type Span = z.infer<typeof SpanSchema>;

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
});
export type GraphNode = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.object({
  id: Id,
  source: Id,
  target: Id,
  type: z.enum(RELATION_TYPES),
  status: z.enum(STATUSES),
  evidence: z.array(EvidenceSchema).check(z.minLength(1)),
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

export const GraphSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleMetaSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
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
      passages: z.array(z.object({ articleId: Id, start: Offset, end: Offset, quote: z.string() })),
    }),
  ),
  counts: z.object({ articles: z.number(), nodes: z.number(), edges: z.number(), evidence: z.number() }),
});
export type Report = z.infer<typeof ReportSchema>;
