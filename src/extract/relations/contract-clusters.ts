// Which contract mentions of one article are the same contract. A mention joins the first
// (oldest) contract that already has two of its parties, or one when it refers back ("the
// agreement"); a mention that adds who a contract serves joins that mention's contract.
//
// Clusters only ever gain parties, so "the oldest cluster holding party p" and "the oldest
// cluster holding both p and q" only ever decrease: they are kept up to date as parties join,
// and each mention is placed with a few map lookups instead of a scan of every cluster.

interface ClusterInput {
  parties: readonly string[];
  continues?: number;
  definite: boolean;
}

const pairKey = (p: string, q: string) => (p < q ? `${p}\u0000${q}` : `${q}\u0000${p}`);

/** The clusters, each a list of mention indices in order; clusters in order of their first mention. */
export function clusterMentions(mentions: readonly ClusterInput[]): number[][] {
  const clusterOf: number[] = [];
  const clusters: number[][] = [];
  const partiesOf: Set<string>[] = [];
  const firstWithParty = new Map<string, number>();
  const firstWithPair = new Map<string, number>();
  const lower = (map: Map<string, number>, key: string, c: number) => {
    const had = map.get(key);
    if (had === undefined || c < had) map.set(key, c);
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // Counted with repeats, as the rule counts the mention's parties that the cluster has.
    const count = new Map<string, number>();
    for (const p of m.parties) count.set(p, (count.get(p) ?? 0) + 1);
    let c = m.continues !== undefined ? clusterOf[m.continues] : undefined;
    if (c === undefined) c = firstSharing([...count], m.definite ? 1 : 2, firstWithParty, firstWithPair);
    if (c === undefined) {
      c = clusters.length;
      clusters.push([]);
      partiesOf.push(new Set());
    }
    clusters[c]!.push(i);
    clusterOf[i] = c;
    const held = partiesOf[c]!;
    for (const p of count.keys()) {
      if (held.has(p)) continue;
      for (const q of held) lower(firstWithPair, pairKey(p, q), c);
      held.add(p);
      lower(firstWithParty, p, c);
    }
  }
  return clusters;
}

/** The oldest cluster holding parties that count `needed` times in the mention, if any. */
function firstSharing(
  count: readonly [string, number][],
  needed: number,
  firstWithParty: ReadonlyMap<string, number>,
  firstWithPair: ReadonlyMap<string, number>,
): number | undefined {
  let best: number | undefined;
  const consider = (c: number | undefined) => {
    if (c !== undefined && (best === undefined || c < best)) best = c;
  };
  for (let a = 0; a < count.length; a++) {
    const [p, n] = count[a]!;
    if (n >= needed) consider(firstWithParty.get(p));
    for (let b = a + 1; b < count.length && needed === 2; b++) consider(firstWithPair.get(pairKey(p, count[b]![0])));
  }
  return best;
}
