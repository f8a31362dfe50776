// The incremental cache: each article's scan and relate results stored on disk, keyed by a hash
// of their inputs (the article's bytes, or its final mentions and the records they name), of the
// knowledge files and of the extractor's own source. A run re-does only what changed. Entries are
// written whole (a temporary file renamed), so a killed run leaves none half-written; an entry
// that cannot be read or has the wrong shape is ignored, rebuilt and reported.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { ArticleRunner, InputFile, KnowledgeFiles, RelateInput, Related, Reuse, Scanned } from "./index";
import type { EntityRecord, Mention } from "./entities";
import { buildKnowledge, parseKnowledge, type Knowledge, type ParsedKnowledge } from "./knowledge";

const sha = (...parts: (string | Uint8Array)[]) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\u0000");
  return h.digest("hex");
};

/**
 * A hash of every source file of the extractor and its data contract, of the data its sources
 * import (data/grammar/*.json, bundled into the code), and of the locked dependencies (a parser's
 * new version may read the knowledge differently): any change invalidates the cache and the
 * worker bundle (parallel.ts).
 */
export function extractorVersion(root = join(import.meta.dirname, ".."), lockfile = join(root, "..", "package-lock.json")): string {
  const files: string[] = [];
  const walk = (dir: string, kind: RegExp) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, kind);
      else if (kind.test(name)) files.push(path);
    }
  };
  for (const part of ["extract", "model"]) walk(join(root, part), /\.(ts|js|mjs)$/);
  const imported = join(root, "..", "data", "grammar");
  if (existsSync(imported)) walk(imported, /\.json$/);
  let lock: Uint8Array | string = "";
  try {
    lock = readFileSync(lockfile);
  } catch {
    // An installed copy without its lockfile: the sources alone.
  }
  return sha(...files.flatMap((f) => [relative(root, f), readFileSync(f)]), lock);
}

/** A hash of every knowledge file given (data/*.yaml, data/gazetteer.json): any edit invalidates the cache. */
export function knowledgeVersion(files: KnowledgeFiles): string {
  const present = Object.entries(files).filter((e): e is [string, string] => typeof e[1] === "string");
  return sha(...present.sort(([a], [b]) => (a < b ? -1 : 1)).flat());
}

const isArray = Array.isArray;
const isScanned = (v: unknown): v is Scanned => {
  const s = v as Scanned;
  if (typeof s !== "object" || s === null || !isArray(s.warnings) || !s.warnings.every((w) => typeof w === "string")) return false;
  if (s.article === undefined) return true;
  const a = s.article;
  return (
    typeof a === "object" &&
    a !== null &&
    typeof a.text === "string" &&
    typeof a.meta === "object" &&
    a.meta !== null &&
    isArray(a.sentences) &&
    isArray(a.registryMentions) &&
    isArray(a.discoveries)
  );
};
const isParsedKnowledge = (v: unknown): v is ParsedKnowledge => {
  const p = v as ParsedKnowledge;
  const parts = ["relations", "discovery", "cleaning", "language", "money", "gazetteer"] as const;
  return typeof p === "object" && p !== null && isArray(p.registry) && parts.every((f) => typeof p[f] === "object" && p[f] !== null);
};
const isNameTable = (v: unknown): v is Record<string, Mention[]> =>
  typeof v === "object" && v !== null && !isArray(v) && Object.values(v).every((ms) => isArray(ms));
const isRelated = (v: unknown): v is Related => {
  const r = v as Related;
  return typeof r === "object" && r !== null && isArray(r.facts) && isArray(r.contracts) && isArray(r.dates) && r.dates.length === r.facts.length;
};

export interface CacheStats {
  hits: number;
  misses: number;
  corrupt: number;
}

export class ArticleCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0 };
  private readonly salt: string;

  constructor(
    private readonly dir: string,
    versions: { extractor: string; knowledge: string },
    private readonly warn: (message: string) => void,
  ) {
    this.salt = sha(versions.extractor, versions.knowledge);
  }

  /**
   * The knowledge compiled, from its parsed form kept in the cache (parsing the YAML is most of
   * the compile time; the entry's key holds the knowledge files' hash). An entry that does not
   * build is corrupt like any other: reported, ignored and rebuilt.
   */
  knowledge(files: KnowledgeFiles): { parsed: ParsedKnowledge; k: Knowledge } {
    const cached = this.read("knowledge", this.salt, isParsedKnowledge);
    if (cached) {
      try {
        return { parsed: cached, k: buildKnowledge(cached) };
      } catch (e) {
        this.corrupt(this.path("knowledge", this.salt), e as Error);
      }
    }
    const parsed = parseKnowledge(files);
    const k = buildKnowledge(parsed);
    this.write("knowledge", this.salt, JSON.stringify({ key: this.salt, value: parsed }));
    return { parsed, k };
  }

  // Articles share the records they name (the same objects within a run): each is written out once.
  private readonly recordJsons = new WeakMap<EntityRecord, string>();
  private recordJson(r: EntityRecord): string {
    let json = this.recordJsons.get(r);
    if (json === undefined) this.recordJsons.set(r, (json = JSON.stringify(r)));
    return json;
  }

  /** Entries computed in this run, written by `commit` once its output has been validated. */
  private readonly pending: { kind: string; key: string; json: string }[] = [];
  private reuse: Reuse = { relate: [] };

  /**
   * A runner that asks `inner` only for what the cache lacks. What it computes is kept until
   * `commit`: an entry in the cache is one whose run gave a valid graph, which lets the validation
   * of the next run skip the schema for what it reuses (index.ts, extractCorpusWith).
   */
  around(inner: ArticleRunner): ArticleRunner {
    return {
      reused: () => this.reuse,
      scan: (files) =>
        this.through(
          "scan",
          files,
          (f: InputFile) => sha(this.salt, f.bytes),
          isScanned,
          (missing) => inner.scan(missing),
        ),
      names: (records, texts, find) => this.names(records, texts, find),
      // The sentences are left out of the key: they follow from the text, the language and the knowledge.
      relate: (inputs) =>
        this.through(
          "relate",
          inputs,
          (i: RelateInput) => sha(this.salt, i.lang, i.text, JSON.stringify(i.mentions), ...i.records.map((r) => this.recordJson(r))),
          isRelated,
          (missing) => inner.relate(missing),
          (hits) => (this.reuse = { relate: hits }),
        ),
    };
  }

  /**
   * Each text's mentions of the discovered names, as `find` gives them, reused from the last run
   * that discovered the same names (one entry for all the texts, keyed by the names' records): an
   * unchanged corpus, or one whose edit discovered nothing new, matches only the texts that changed.
   * Any other set of names matches every text again.
   */
  private names(records: readonly EntityRecord[], texts: readonly string[], find: (text: string) => Mention[]): Mention[][] {
    const key = sha(this.salt, JSON.stringify(records.map((r) => [r.id, r.forms, r.caseSensitive, r.curated])));
    const stored = this.read("names", key, isNameTable) ?? {};
    const hashes = texts.map((t) => sha(t));
    let computed = false;
    const found = hashes.map((h, n) => {
      if (Object.hasOwn(stored, h)) return stored[h]!;
      computed = true;
      return find(texts[n]!);
    });
    if (computed) this.pending.push({ kind: "names", key, json: JSON.stringify({ key, value: Object.fromEntries(hashes.map((h, n) => [h, found[n]])) }) });
    return found;
  }

  private async through<I, O>(
    kind: string,
    items: readonly I[],
    keyOf: (item: I) => string,
    valid: (v: unknown) => v is O,
    compute: (missing: I[]) => Promise<O[]>,
    reused: (hits: boolean[]) => void = () => {},
  ): Promise<O[]> {
    const keys = items.map(keyOf);
    const out: (O | undefined)[] = keys.map((key) => this.read(kind, key, valid));
    reused(out.map((o) => o !== undefined));
    const missing = items.filter((_, n) => out[n] === undefined);
    this.stats.hits += items.length - missing.length;
    this.stats.misses += missing.length;
    if (missing.length) {
      const computed = await compute(missing);
      let m = 0;
      out.forEach((o, n) => {
        if (o !== undefined) return;
        out[n] = computed[m++]!;
        // Written out now: later steps of the run may change the objects it returns.
        this.pending.push({ kind, key: keys[n]!, json: JSON.stringify({ key: keys[n], value: out[n] }) });
      });
    }
    return out as O[];
  }

  /** Writes what this run computed; called once its output has passed validation. */
  commit(): void {
    for (const { kind, key, json } of this.pending.splice(0)) this.write(kind, key, json);
  }

  private path(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), `${key}.json`);
  }

  private read<O>(kind: string, key: string, valid: (v: unknown) => v is O): O | undefined {
    const path = this.path(kind, key);
    let raw: string;
    try {
      raw = readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(raw) as { key?: unknown; value?: unknown };
      if (entry.key === key && valid(entry.value)) return entry.value;
      throw new Error("not an entry of this shape");
    } catch (e) {
      this.corrupt(path, e as Error);
      return undefined;
    }
  }

  private corrupt(path: string, e: Error): void {
    this.stats.corrupt++;
    this.warn(`cache: entry ${relative(this.dir, path)} is corrupt (${e.message}); ignored and rebuilt`);
  }

  private write(kind: string, key: string, json: string): void {
    const path = this.path(kind, key);
    try {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, json);
      renameSync(tmp, path);
    } catch (e) {
      this.warn(`cache: could not write ${relative(this.dir, path)} (${(e as Error).message})`);
    }
  }
}
