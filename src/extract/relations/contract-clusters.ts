// Which contract mentions of one article are the same contract. A mention joins the first
// (oldest) contract that already has two of its parties, or one when it refers back ("the
// agreement"), has one party only ("X won a contract"), or meets a contract known by that one
// party only; a mention that adds who a contract serves joins that mention's contract. One of
// several contracts a sentence awards ("contracts to A and B") joins only a contract of its own
// counterpart, never its sibling.
//
// Clusters only ever gain parties, so "the oldest cluster holding party p" and "the oldest
// cluster holding both p and q" only ever decrease: they are kept up to date as parties join,
// and each mention is placed with a few map lookups instead of a scan of every cluster.

interface ClusterInput {
  parties: readonly string[];
  continues?: number;
  definite: boolean;
  /** The counterpart that sets this mention apart from the others of its sentence ("contracts to A and B"). */
  own?: string;
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
    const needed = m.definite || count.size === 1 ? 1 : 2;
    const solo = (k: number) => partiesOf[k]!.size === 1;
    if (c === undefined) c = firstSharing([...count], needed, { firstWithParty, firstWithPair, solo, own: m.own });
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

interface ClusterIndex {
  firstWithParty: ReadonlyMap<string, number>;
  firstWithPair: ReadonlyMap<string, number>;
  /** Does the cluster hold one party only? */
  solo: (c: number) => boolean;
  own?: string;
}

/**
 * The oldest cluster holding parties that count `needed` times in the mention, or holding only one of them, if any.
 * A mention with its own counterpart considers only clusters that hold it.
 */
function firstSharing(count: readonly [string, number][], needed: number, index: ClusterIndex): number | undefined {
  const { firstWithParty, firstWithPair, solo, own } = index;
  let best: number | undefined;
  const consider = (c: number | undefined) => {
    if (c !== undefined && (best === undefined || c < best)) best = c;
  };
  for (let a = 0; a < count.length; a++) {
    const [p, n] = count[a]!;
    const mine = own === undefined || own === p;
    const oldest = firstWithParty.get(p);
    if (mine && (n >= needed || (oldest !== undefined && solo(oldest)))) consider(oldest);
    for (let b = a + 1; b < count.length && needed === 2; b++) {
      const q = count[b]![0];
      if (mine || own === q) consider(firstWithPair.get(pairKey(p, q)));
    }
  }
  return best;
}
