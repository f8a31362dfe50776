// Stage 7: typed, directed relations. Each trigger phrase (data/relations.yaml) takes the
// nearest entity list on each side within its clause as arguments, its direction from the
// trigger, and its modality, status and negation from the cues around it. Contracts become
// contract mentions, grouped into contract nodes by stage 8. The work is in src/extract/relations/.
import type { Knowledge } from "../knowledge";
import { contractSupply } from "../relations/contract-supply";
import { contractTrigger } from "../relations/contract-trigger";
import { directedTrigger } from "../relations/directed";
import { fallbackFacts } from "../relations/fallback";
import { coMentionFacts } from "../relations/fallback-comention";
import type { ArticleInput, ContractMention, Fact } from "../relations/facts";
import { articleProducts, productActs, productDeliveries, withProducts } from "../relations/products";
import { readSentence, startArticle } from "../relations/sentence";
import { contractOwners, contractPurpose, nominalLinks, roleFacts, unitsOfPossessors } from "../relations/sentence-links";
import { viewTrigger } from "../relations/trigger-view";

export type { ArticleInput, ContractMention, Fact } from "../relations/facts";
export type { Inferred } from "../relations/inferred";

export function extractRelations(k: Knowledge, a: ArticleInput): { facts: Fact[]; contracts: ContractMention[] } {
  const run = startArticle(k, a);
  const { mentions: products, entities: productEntities, clients } = articleProducts(k, a);
  if (products.length) run.products = new Map(products.map((p) => [p.start, p]));
  if (clients.size) run.productClients = clients;
  let mi = 0;
  let pi = 0;
  for (const s of a.sentences) {
    while (mi < a.mentions.length && a.mentions[mi]!.end <= s.start) mi++;
    let mj = mi;
    while (mj < a.mentions.length && a.mentions[mj]!.start < s.end) mj++;
    while (pi < products.length && products[pi]!.end <= s.start) pi++;
    let pj = pi;
    while (pj < products.length && products[pj]!.start < s.end) pj++;
    const mentions = withProducts(a.mentions.slice(mi, mj), products.slice(pi, pj), productEntities);
    // Nothing named and nothing carried over: no relation can come out of this sentence.
    if (mentions.length === 0 && run.previousFrames.length === 0 && !run.previousContract) continue;
    const ctx = readSentence(run, s, mentions);
    if (!ctx) {
      run.previousFrames = [];
      continue;
    }
    // The triggers whose frames found arguments: only the others get the fallback's guess.
    const read = new Set<number>();
    for (const t of ctx.triggers) {
      const view = viewTrigger(ctx, t);
      if (!view) continue;
      const before = run.facts.length + run.contracts.length;
      if (view.type === "contract") contractTrigger(ctx, view);
      else directedTrigger(ctx, view);
      if (run.facts.length + run.contracts.length > before) read.add(t.start);
    }
    nominalLinks(ctx);
    contractOwners(ctx);
    unitsOfPossessors(ctx);
    roleFacts(ctx);
    productActs(ctx);
    productDeliveries(ctx);
    contractPurpose(ctx);
    contractSupply(ctx);
    fallbackFacts(ctx, read);
    coMentionFacts(ctx);
    if (!ctx.contractHere && run.previousContract && run.previousContract.paragraph !== s.paragraph) run.previousContract = undefined;
    run.previousFrames = ctx.frames;
  }
  return { facts: run.facts, contracts: run.contracts };
}
