// Writing the extractor's output so that the output folder is always either the complete old
// output or the complete new one: a kill, a crash or a full disk in the middle never leaves an
// old graph.json beside new articles, a 0-byte article or a graph cut off mid-way.
//
// The new output is written into a temporary folder beside the target, with everything else the
// target holds (the knowledge YAML lives in data/ too) hard-linked into it; then two renames swap
// it in. Only a death between those two renames leaves no folder at all, and the next run (or
// recoverOutput) puts the old one back before reading anything.
import { basename, dirname, join, resolve, sep } from "node:path";
import type { ExtractResult } from "./index";

/**
 * The file operations the swap needs. io.ts gives the real ones; tests give one that fails at a
 * chosen operation, to check the folder after a failure at every point of the write.
 */
export interface OutputFs {
  /** The running process, and whether another one is alive (its temporary folders are its own). */
  readonly pid: number;
  alive(pid: number): boolean;
  cwd(): string;
  randomTag(): string;
  exists(path: string): boolean;
  kind(path: string): "file" | "dir" | "symlink" | "other";
  readdir(path: string): string[];
  readlink(path: string): string;
  /** A file's text, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  mkdir(path: string): void;
  writeFile(path: string, text: string): void;
  /** A hard link, or a copy where the file system has none. */
  link(existing: string, path: string): void;
  symlink(target: string, path: string): void;
  rename(from: string, to: string): void;
  /** Removes a file or a whole folder. */
  rm(path: string): void;
}

/** The entries of the output folder that the extractor owns; everything else is carried over. */
const GRAPH = "graph.json";
const REPORT = "extract-report.json";
const ARTICLES = "articles";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const tempName = (base: string, kind: "new" | "old", pid: number, tag: string) => `.${base}.extract-${kind}-${pid}-${tag}`;

function leftovers(fs: OutputFs, outDir: string): { path: string; kind: "new" | "old"; pid: number }[] {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.extract-`;
  const found: { path: string; kind: "new" | "old"; pid: number }[] = [];
  for (const name of fs.readdir(parent)) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(new|old)-(\d+)-[0-9a-z]+$/.exec(name.slice(prefix.length));
    if (m) found.push({ path: join(parent, name), kind: m[1] as "new" | "old", pid: Number(m[2]) });
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Cleans up after a run that was killed while writing `outDir`: puts the old output back if the
 * kill came between the two renames, and removes temporary folders whose run is dead. Returns
 * what it did, for the CLI to say.
 */
export function recoverOutputWith(fs: OutputFs, outDir: string): string[] {
  const out = resolve(outDir);
  if (!fs.exists(dirname(out))) return [];
  const done: string[] = [];
  for (const left of leftovers(fs, out)) {
    // Another run writing the same folder right now owns its temporary folders.
    if (left.pid !== fs.pid && fs.alive(left.pid)) continue;
    if (left.kind === "old" && !fs.exists(out)) {
      fs.rename(left.path, out);
      done.push(`a previous run was killed while swapping in its output: the output before it was put back in ${basename(out)}/`);
    } else {
      fs.rm(left.path);
      done.push(`removed ${basename(left.path)}, left behind by a killed run`);
    }
  }
  return done;
}

/** Writes graph.json, articles/<id>.json and extract-report.json into `outDir`, all or nothing. */
export function writeOutputWith(fs: OutputFs, outDir: string, { graph, articles, report }: ExtractResult): void {
  const out = resolve(outDir);
  const cwd = resolve(fs.cwd());
  if (cwd === out || cwd.startsWith(out.endsWith(sep) ? out : out + sep)) {
    throw new Error(`the output folder (${basename(out)}/) holds the working folder; choose another --out`);
  }
  const tag = fs.randomTag();
  const fresh = join(dirname(out), tempName(basename(out), "new", fs.pid, tag));
  const old = join(dirname(out), tempName(basename(out), "old", fs.pid, tag));
  const existed = fs.exists(out);
  try {
    fs.mkdir(fresh);
    fs.mkdir(join(fresh, ARTICLES));
    if (existed) carryOver(fs, out, fresh);
    // A file whose bytes have not changed is linked, not written: it keeps its date, and whoever
    // watches the folder (the dev server) sees only what changed.
    const put = (name: string, text: string) => {
      if (existed && fs.readFile(join(out, name)) === text) fs.link(join(out, name), join(fresh, name));
      else fs.writeFile(join(fresh, name), text);
    };
    for (const a of articles) put(join(ARTICLES, `${a.id}.json`), json(a));
    put(REPORT, json(report));
    put(GRAPH, json(graph));
    if (existed) fs.rename(out, old);
    fs.rename(fresh, out);
  } catch (e) {
    rollBack(fs, out, fresh, old);
    throw e;
  }
  // The new output is in place; a failure to remove the old one only leaves a folder that the
  // next run removes.
  try {
    if (existed) fs.rm(old);
  } catch {}
}

/** Hard-links into `to` what `from` holds besides the extractor's output (copies if linking fails). */
function carryOver(fs: OutputFs, from: string, to: string): void {
  for (const name of fs.readdir(from)) {
    if (name === GRAPH || name === REPORT) continue;
    if (name === ARTICLES) {
      // Stale article files go; anything else someone keeps there stays.
      if (fs.kind(join(from, name)) !== "dir") continue;
      for (const inner of fs.readdir(join(from, name))) if (!inner.endsWith(".json")) mirror(fs, join(from, name, inner), join(to, name, inner));
      continue;
    }
    mirror(fs, join(from, name), join(to, name));
  }
}

function mirror(fs: OutputFs, from: string, to: string): void {
  const kind = fs.kind(from);
  if (kind === "dir") {
    fs.mkdir(to);
    for (const name of fs.readdir(from)) mirror(fs, join(from, name), join(to, name));
  } else if (kind === "symlink") fs.symlink(fs.readlink(from), to);
  else fs.link(from, to);
}

function rollBack(fs: OutputFs, out: string, fresh: string, old: string): void {
  try {
    if (!fs.exists(out) && fs.exists(old)) fs.rename(old, out);
  } catch {}
  try {
    if (fs.exists(fresh)) fs.rm(fresh);
  } catch {}
}
