// A bank of real sentences, each a tiny article stating relations, scored like the dev sets. A sentence bank
// covers many more phrasings per hour of annotation than whole articles do, so it shows which classes of
// sentence the extractor cannot read. Each item is extracted alone, so a name one item discovers never helps
// another; the graphs are then put side by side (ids prefixed by item) and scored once.
import { parse } from "yaml";
import { z } from "zod/mini";
import { compileKnowledge, extractCorpus } from "../../src/extract/index";
import { readKnowledgeFiles } from "../../src/extract/io";
import type { Graph } from "../../src/model";
import { type ArticleScore, type Gold, type GoldFile, scoreGraph, type Summary } from "../eval/scorer";

const EntitySchema = z.object({ name: z.string(), type: z.string(), aka: z.optional(z.array(z.string())), optional: z.optional(z.boolean()) });
const RelationSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: z.string(),
  alt_types: z.optional(z.array(z.string())),
  optional: z.optional(z.boolean()),
});
const ItemSchema = z.object({
  id: z.string(),
  lang: z.enum(["en", "fr"]),
  url: z.optional(z.string()),
  text: z.string(),
  entities: z.optional(z.array(EntitySchema)),
  relations: z.array(RelationSchema),
});
export const BankSchema = z.array(ItemSchema);
export type BankItem = z.infer<typeof ItemSchema>;

export interface ItemScore {
  id: string;
  text: string;
  missedRelations: string[];
  spuriousRelations: string[];
  missedEntities: string[];
  extraEntities: string[];
  mistypedEntities: string[];
}

const slug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The item's gold: listed entities, plus each relation end not listed (typed "unknown", so only type accuracy suffers). */
export function goldOf(item: BankItem): Gold {
  const entities = (item.entities ?? []).map((e) => ({
    id: slug(e.name),
    name: e.name,
    type: e.type,
    mentions: [e.name, ...(e.aka ?? [])],
    optional: e.optional,
  }));
  for (const r of item.relations)
    for (const name of [r.source, r.target])
      if (!entities.some((e) => e.id === slug(name))) entities.push({ id: slug(name), name, type: "unknown", mentions: [name], optional: undefined });
  // "A contract B" is written as the gold writes a contract: a contract node, each party linked to it.
  const isContract = (name: string) => entities.some((e) => e.id === slug(name) && e.type === "contract");
  const relations = item.relations.flatMap((r, k) => {
    if (r.type !== "contract" || isContract(r.source) || isContract(r.target)) return [{ ...r, source: slug(r.source), target: slug(r.target) }];
    const id = `contract-${k}`;
    entities.push({ id, name: id, type: "contract", mentions: [], optional: undefined });
    return [r.source, r.target].map((end) => ({ ...r, source: slug(end), target: id }));
  });
  return { article: `${item.id}.txt`, entities, relations };
}

const articleText = (item: BankItem) => `---\ntitle: ""\nlanguage: ${item.lang}\n---\n${item.text.trim()}\n`;

/** Extracts every item on its own and scores them together. `file` names the bank in errors. */
export function scoreBank(yamlText: string, file: string, dataDir = "data"): { summary: Summary; items: ItemScore[] } {
  const parsed = BankSchema.safeParse(parse(yamlText));
  if (!parsed.success) throw new Error(`${file}: not a sentence bank: ${parsed.error.message}`);
  const items = parsed.data;
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new Error(`${file}: item id ${item.id} is used twice`);
    ids.add(item.id);
  }
  const knowledge = compileKnowledge(readKnowledgeFiles(dataDir));
  const graph: Graph = { nodes: [], edges: [], articles: [] } as unknown as Graph;
  const texts = new Map<string, string>();
  items.forEach((item, i) => {
    const result = extractCorpus([{ file: `${item.id}.txt`, bytes: new TextEncoder().encode(articleText(item)) }], knowledge);
    const g = JSON.parse(JSON.stringify(result.graph)) as Graph;
    const p = (id: string) => `${i}:${id}`;
    graph.nodes.push(...g.nodes.map((n) => ({ ...n, id: p(n.id) })));
    graph.edges.push(...g.edges.map((e) => ({ ...e, id: p(e.id), source: p(e.source), target: p(e.target) })));
    graph.articles.push(...g.articles);
    for (const a of result.articles) texts.set(a.id, a.text);
  });
  const golds: GoldFile[] = items.map((item) => ({ file: `${item.id}.json`, gold: goldOf(item) }));
  const { summary, perArticle } = scoreGraph({ graph, text: (id) => texts.get(id) ?? "" }, golds);
  const unprefix = (s: string) => s.replace(/(^|[ ?])\d+:/g, "$1");
  return {
    summary,
    items: perArticle.map((a: ArticleScore) => {
      const item = items.find((it) => `${it.id}.json` === a.file)!;
      if ("missing" in a)
        return {
          id: item.id,
          text: item.text,
          missedRelations: ["(article not extracted)"],
          spuriousRelations: [],
          missedEntities: [],
          extraEntities: [],
          mistypedEntities: [],
        };
      return {
        id: item.id,
        text: item.text,
        missedRelations: a.missedRelations,
        spuriousRelations: a.spuriousRelations.map(unprefix),
        missedEntities: a.missedEntities,
        extraEntities: a.extraEntities.map(unprefix),
        mistypedEntities: a.mistypedEntities.map(unprefix),
      };
    }),
  };
}
