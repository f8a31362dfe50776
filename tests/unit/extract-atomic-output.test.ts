// The output folder is always the complete old output or the complete new one: the write is
// failed at every one of its file operations (once, like a full disk, or for good, like a kill)
// and after each failure the folder must pass the graph invariants and equal one of the two.
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeOutputFs, recoverOutput, writeOutput } from "../../src/extract/io";
import type { OutputFs } from "../../src/extract/output";
import { ArticleDocSchema, checkReferences, checkSpans, GraphSchema, ReportSchema } from "../../src/model";
import { extract, knowledgeWith } from "../fixtures/extract/run";

const k = knowledgeWith(["amazon", "hikvision", "fujitsu", "palantir"]);
const OLD = extract(k, {
  "a.txt": "Amazon fournit des services cloud à Hikvision depuis plusieurs années.",
  "b.txt": "Le groupe japonais Fujitsu collabore avec Palantir depuis des années.",
});
// Article a keeps its id but its text moves every offset: old graph + new article fails the invariants.
const NEW = extract(k, {
  "a.txt": "Selon la presse, depuis 2019, Amazon fournit des services cloud à Hikvision.",
  "c.txt": "Fujitsu collabore avec Palantir.",
});

/** Every problem that a reader of `dir` would meet; [] when the folder is a valid output. */
function problems(dir: string): string[] {
  try {
    const graph = GraphSchema.parse(JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")));
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dir, "extract-report.json"), "utf8")));
    const texts = new Map<string, string>();
    const found: string[] = [];
    for (const name of readdirSync(join(dir, "articles")).filter((f) => f.endsWith(".json"))) {
      const doc = ArticleDocSchema.parse(JSON.parse(readFileSync(join(dir, "articles", name), "utf8")));
      if (`${doc.id}.json` !== name) found.push(`${name} holds article ${doc.id}`);
      texts.set(doc.id, doc.text);
    }
    if ([...texts.keys()].sort().join() !== graph.articles.map((a) => a.id).join()) found.push("articles/ and graph.json list different articles");
    if (report.counts.edges !== graph.edges.length) found.push("the report counts another graph");
    return [...found, ...checkReferences(graph), ...checkSpans(graph, (id) => texts.get(id))];
  } catch (e) {
    return [(e as Error).message.slice(0, 200)];
  }
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = join(rel, name);
      if (
        existsSync(join(dir, path)) &&
        readdirSync(join(dir, rel), { withFileTypes: true })
          .find((d) => d.name === name)!
          .isDirectory()
      )
        walk(path);
      else out[path] = readFileSync(join(dir, path), "utf8");
    }
  };
  walk("");
  return out;
}

/** The real file operations, failing at mutating operation number `failAt` (and after it, when `die`). */
function faulty(failAt: number, die: boolean): OutputFs & { count: number } {
  let dead = false;
  const fs = { ...nodeOutputFs, count: 0 };
  const gate = () => {
    if (dead) throw new Error("injected: the process is dead");
  };
  const mutating =
    <A extends unknown[]>(op: (...args: A) => void) =>
    (...args: A) => {
      gate();
      if (fs.count++ === failAt) {
        dead = die;
        throw new Error(`injected failure at operation ${failAt}`);
      }
      op(...args);
    };
  const reading =
    <A extends unknown[], R>(op: (...args: A) => R) =>
    (...args: A): R => {
      gate();
      return op(...args);
    };
  return Object.assign(fs, {
    exists: reading(nodeOutputFs.exists),
    kind: reading(nodeOutputFs.kind),
    readdir: reading(nodeOutputFs.readdir),
    readlink: reading(nodeOutputFs.readlink),
    readFile: reading(nodeOutputFs.readFile),
    mkdir: mutating(nodeOutputFs.mkdir),
    link: mutating(nodeOutputFs.link),
    symlink: mutating(nodeOutputFs.symlink),
    rename: mutating(nodeOutputFs.rename),
    rm: mutating(nodeOutputFs.rm),
    // A failed write leaves half a file behind, as a full disk does.
    writeFile: (path: string, text: string) => {
      gate();
      if (fs.count++ === failAt) {
        dead = die;
        writeFileSync(path, text.slice(0, text.length >> 1));
        throw new Error(`injected failure at operation ${failAt} (half written)`);
      }
      nodeOutputFs.writeFile(path, text);
    },
  });
}

describe("writeOutput swaps the whole output in", () => {
  const root = mkdtempSync(join(tmpdir(), "entangle-atomic-"));
  const base = join(root, "base");
  let oldSnap: Record<string, string>;
  let newSnap: Record<string, string>;
  let total = 0;

  beforeAll(() => {
    // The output folder also holds files that are not output (the knowledge YAML lives in data/).
    mkdirSync(join(base, "notes"), { recursive: true });
    writeFileSync(join(base, "entities.yaml"), "# the registry\n");
    writeFileSync(join(base, "notes", "todo.md"), "curate\n");
    writeOutput(base, OLD);
    writeFileSync(join(base, "articles", "README"), "kept\n");
    oldSnap = snapshot(base);
    const probe = join(root, "probe");
    cpSync(base, probe, { recursive: true });
    const counting = faulty(-1, false);
    writeOutput(probe, NEW, counting);
    total = counting.count;
    newSnap = snapshot(probe);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes a valid output, keeps what is not output, and drops stale articles", () => {
    expect(problems(base)).toEqual([]);
    expect(Object.keys(newSnap)).toEqual(
      expect.arrayContaining(["entities.yaml", join("notes", "todo.md"), join("articles", "README"), join("articles", "c.json")]),
    );
    expect(Object.keys(newSnap)).not.toContain(join("articles", "b.json"));
    expect(newSnap["entities.yaml"]).toBe("# the registry\n");
    expect(total).toBeGreaterThan(8);
  });

  it("mixing the old graph with the new articles would break the invariants (so the checks below can fail)", () => {
    const mixed = join(root, "mixed");
    cpSync(base, mixed, { recursive: true });
    writeFileSync(join(mixed, "articles", "a.json"), newSnap[join("articles", "a.json")]!);
    expect(problems(mixed)).not.toEqual([]);
  });

  it.each([
    ["once (a full disk)", false],
    ["for good (a kill)", true],
  ])("fails %s at every operation and leaves the complete old or new output", (_what, die) => {
    for (let n = 0; n < total; n++) {
      const out = join(root, `run-${die ? "kill" : "once"}-${n}`);
      cpSync(base, out, { recursive: true });
      let threw = false;
      try {
        writeOutput(out, NEW, faulty(n, die));
      } catch (e) {
        expect((e as Error).message).toMatch(/injected/);
        threw = true;
      }
      // Only removing the old output may fail without failing the run: the new one is in place.
      if (!threw) expect(snapshot(out), `operation ${n}`).toEqual(newSnap);
      if (!existsSync(out)) {
        // Only a kill between the two renames leaves no folder; the next run puts the old one back.
        expect(die, `operation ${n}: folder missing after a recoverable failure`).toBe(true);
        expect(recoverOutput(out).join()).toMatch(/put back/);
      }
      expect(problems(out), `operation ${n}`).toEqual([]);
      const now = snapshot(out);
      expect([oldSnap, newSnap], `operation ${n}`).toContainEqual(now);
      // Whatever was left beside the folder, the next run cleans it and writes the new output.
      recoverOutput(out);
      writeOutput(out, NEW);
      expect(snapshot(out)).toEqual(newSnap);
      expect(
        readdirSync(root).filter((f) => f.startsWith(`.run-${die ? "kill" : "once"}-${n}.`)),
        `operation ${n}: leftovers`,
      ).toEqual([]);
    }
  });

  it("a failure that the run survives leaves nothing beside the folder", () => {
    const out = join(root, "survive");
    cpSync(base, out, { recursive: true });
    expect(() => writeOutput(out, NEW, faulty(3, false))).toThrow(/injected/);
    expect(readdirSync(root).filter((f) => f.startsWith(".survive."))).toEqual([]);
    expect(snapshot(out)).toEqual(oldSnap);
  });

  it("does not touch the temporary folder of another live run", () => {
    const out = join(root, "live");
    cpSync(base, out, { recursive: true });
    const otherPid = process.ppid;
    const theirs = join(root, `.live.extract-new-${otherPid}-abcd`);
    const dead = join(root, ".live.extract-new-999999999-abcd");
    mkdirSync(theirs);
    mkdirSync(dead);
    expect(recoverOutput(out)).toEqual(["removed .live.extract-new-999999999-abcd, left behind by a killed run"]);
    expect(existsSync(theirs)).toBe(true);
    expect(existsSync(dead)).toBe(false);
  });

  it("swaps a folder reached through a symbolic link where it is, and keeps the link", () => {
    const target = join(root, "real");
    cpSync(base, target, { recursive: true });
    symlinkSync(target, join(root, "link"));
    writeOutput(join(root, "link"), NEW);
    expect(lstatSync(join(root, "link")).isSymbolicLink()).toBe(true);
    expect(snapshot(target)).toEqual(newSnap);
  });

  it("keeps the file of an article whose bytes have not changed, and rewrites the others", () => {
    const out = join(root, "unchanged");
    writeOutput(out, OLD);
    const inode = (name: string) => statSync(join(out, name)).ino;
    const before = { a: inode(join("articles", "a.json")), b: inode(join("articles", "b.json")), graph: inode("graph.json") };
    writeOutput(out, OLD);
    expect(inode(join("articles", "a.json"))).toBe(before.a);
    expect(inode(join("articles", "b.json"))).toBe(before.b);
    expect(inode("graph.json")).toBe(before.graph);
    writeOutput(out, NEW);
    expect(inode(join("articles", "a.json"))).not.toBe(before.a);
    expect(readFileSync(join(out, "articles", "a.json"), "utf8")).toBe(newSnap[join("articles", "a.json")]);
  });

  it("refuses to swap the working folder away", () => {
    expect(() => writeOutput(process.cwd(), NEW)).toThrow(/holds the working folder/);
  });
});
