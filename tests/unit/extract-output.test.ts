// The extractor's output contract on the real seeds: schema, references, spans, quotes,
// determinism; and the CLI that writes it.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractCorpus } from "../../src/extract/index";
import { readArticleFiles } from "../../src/extract/io";
import { ArticleDocSchema, checkReferences, checkSpans, GraphSchema, ReportSchema } from "../../src/model";
import { realKnowledge } from "../fixtures/extract/run";

const k = realKnowledge();
const seeds = readArticleFiles("seeds");
const first = extractCorpus(seeds, k);
const texts = new Map(first.articles.map((a) => [a.id, a.text]));

describe("output contract on seeds/", () => {
  it("reads every seed and extracts a non-trivial graph", () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(first.graph.articles).toHaveLength(seeds.length);
    expect(first.graph.edges.length).toBeGreaterThan(0);
    // Only cleaning's notes (a repeated headline, a footer cut): every seed is read whole.
    for (const w of first.report.warnings) expect(w.reason).toMatch(/^1 repeated line removed|was cut as a page footer$/);
  });

  it("parses with GraphSchema, ArticleDocSchema and ReportSchema", () => {
    expect(GraphSchema.safeParse(first.graph).error).toBeUndefined();
    for (const a of first.articles) expect(ArticleDocSchema.safeParse(a).error).toBeUndefined();
    expect(ReportSchema.safeParse(first.report).error).toBeUndefined();
  });

  it("has no dangling references and no span outside its text", () => {
    expect(checkReferences(first.graph)).toEqual([]);
    expect(checkSpans(first.graph, (id) => texts.get(id))).toEqual([]);
  });

  it("quotes every evidence exactly as its article's text slice", () => {
    let checked = 0;
    for (const e of first.graph.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) {
        expect(ev.quote).toBe(texts.get(ev.articleId)!.slice(ev.start, ev.end));
        checked++;
      }
    }
    expect(checked).toBe(first.report.counts.evidence);
  });

  it("points every mention at a non-empty slice that names the entity", () => {
    for (const n of first.graph.nodes) {
      for (const m of n.mentions) expect(texts.get(m.articleId)!.slice(m.start, m.end).trim()).not.toBe("");
    }
  });

  it("gives sentences that lie inside the text, in order, without overlap", () => {
    for (const a of first.articles) {
      let last = 0;
      for (const [start, end] of a.sentences) {
        expect(start).toBeGreaterThanOrEqual(last);
        expect(end).toBeGreaterThan(start);
        expect(end).toBeLessThanOrEqual(a.text.length);
        last = end;
      }
    }
  });

  it("is deterministic: a second run, with the files in another order, gives identical JSON", () => {
    const again = extractCorpus([...seeds].reverse(), k);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first));
  });

  it("sorts nodes, edges and articles by id", () => {
    const sorted = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(first.graph.nodes.map((n) => n.id)).toEqual(sorted(first.graph.nodes.map((n) => n.id)));
    expect(first.graph.edges.map((e) => e.id)).toEqual(sorted(first.graph.edges.map((e) => e.id)));
    expect(first.graph.articles.map((a) => a.id)).toEqual(sorted(first.graph.articles.map((a) => a.id)));
  });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "src/extract/cli.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const f of ["graph.json", "extract-report.json"]) out[f] = readFileSync(join(dir, f), "utf8");
  for (const f of readdirSync(join(dir, "articles")).sort()) out[`articles/${f}`] = readFileSync(join(dir, "articles", f), "utf8");
  return out;
};

describe("CLI", () => {
  const root = mkdtempSync(join(tmpdir(), "entangle-cli-"));
  const dirs = {
    seeds: join(root, "seeds"),
    out1: join(root, "out1"),
    out2: join(root, "out2"),
    mixed: join(root, "mixed"),
    mixedOut: join(root, "mixed-out"),
    bad: join(root, "bad"),
    badOut: join(root, "bad-out"),
  };
  let runs: { one: Run; two: Run; mixed: Run; bad: Run };

  beforeAll(async () => {
    cpSync("seeds", dirs.seeds, { recursive: true });
    for (const d of [dirs.mixed, dirs.bad]) mkdirSync(d);
    writeFileSync(join(dirs.mixed, "empty.txt"), "");
    writeFileSync(join(dirs.mixed, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    writeFileSync(join(dirs.mixed, "good.txt"), "Le groupe japonais Fujitsu collabore avec Palantir depuis des années.\n");
    mkdirSync(join(dirs.mixed, "folder.txt"));
    writeFileSync(join(dirs.mixed, "page.html"), "<p>Amazon</p>");
    writeFileSync(join(dirs.mixed, "notes.pdf"), "%PDF-1.4");
    writeFileSync(join(dirs.bad, "empty.txt"), "");
    writeFileSync(join(dirs.bad, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]));
    // Before the mixed run, a run killed between its two renames (process 999999999 cannot
    // exist): its old output is aside, its new one half written.
    const aside = join(root, ".mixed-out.extract-old-999999999-dead");
    mkdirSync(join(aside, "articles"), { recursive: true });
    writeFileSync(join(aside, "graph.json"), "{}");
    mkdirSync(join(root, ".mixed-out.extract-new-999999999-dead"));
    writeFileSync(join(root, ".mixed-out.extract-new-999999999-dead", "graph.json"), "{ cut off");
    const [one, two, mixed, bad] = await Promise.all([
      cli(["--seeds", dirs.seeds, "--out", dirs.out1]),
      cli(["--seeds", dirs.seeds, "--out", dirs.out2]),
      cli(["--seeds", dirs.mixed, "--out", dirs.mixedOut]),
      cli(["--seeds", dirs.bad, "--out", dirs.badOut]),
    ]);
    runs = { one: one!, two: two!, mixed: mixed!, bad: bad! };
  }, 240_000);

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes graph.json, articles/<id>.json and extract-report.json, and exits 0", () => {
    expect(runs.one.code).toBe(0);
    const files = snapshot(dirs.out1);
    const graph = GraphSchema.parse(JSON.parse(files["graph.json"]!));
    expect(Object.keys(files).filter((f) => f.startsWith("articles/"))).toEqual(graph.articles.map((a) => `articles/${a.id}.json`));
    expect(ReportSchema.parse(JSON.parse(files["extract-report.json"]!)).counts.articles).toBe(graph.articles.length);
    expect(runs.one.stdout).toMatch(/extract: \d+ articles, \d+ nodes, \d+ edges/);
  });

  it("writes the same graph as extractCorpus, files named relative to the corpus folder wherever it ran", () => {
    const written = GraphSchema.parse(JSON.parse(readFileSync(join(dirs.out1, "graph.json"), "utf8")));
    expect(written).toEqual(first.graph);
    expect(written.articles.map((a) => a.file)).toEqual(readdirSync("seeds").sort());
  });

  it("never writes or prints a local path", () => {
    for (const [name, text] of Object.entries({ ...snapshot(dirs.out1), ...snapshot(dirs.mixedOut) })) expect(text, name).not.toContain(root);
    for (const run of Object.values(runs)) expect(run.stderr + run.stdout).not.toContain(`${root}/mixed/`);
  });

  it("writes identical bytes when run twice", () => {
    expect(runs.two.code).toBe(0);
    expect(snapshot(dirs.out2)).toEqual(snapshot(dirs.out1));
  });

  it("warns about unreadable files by name, keeps the good ones and exits 0", () => {
    expect(runs.mixed.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(dirs.mixedOut, "extract-report.json"), "utf8")));
    expect(report.warnings.map((w) => [w.file, w.reason])).toEqual([
      ["folder.txt", "a folder, not a file: not read (articles are read from the top of the corpus folder only)"],
      ["notes.pdf", "not read: only .txt, .md, .markdown and .html files are articles"],
      ["page.html", "no article found in the page (Readability found no main text)"],
      ["binary.txt", "binary file (contains NUL bytes, the first at byte 4)"],
      ["empty.txt", "empty file"],
    ]);
    expect(report.counts.articles).toBe(1);
    for (const w of report.warnings) expect(runs.mixed.stderr).toContain(`extract: warning: ${w.file}: ${w.reason}\n`);
    const graph = GraphSchema.parse(JSON.parse(readFileSync(join(dirs.mixedOut, "graph.json"), "utf8")));
    expect(graph.edges.map((e) => e.id)).toEqual(["fujitsu|partnership|palantir"]);
  });

  it("is not stopped by what a killed run left behind, and cleans it up", () => {
    expect(runs.mixed.stderr).toMatch(/the output before it was put back in mixed-out\//);
    expect(runs.mixed.stderr).toMatch(/removed \.mixed-out\.extract-new-999999999-dead, left behind by a killed run/);
    expect(readdirSync(root).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("exits non-zero when no article could be read, saying why", () => {
    expect(runs.bad.code).not.toBe(0);
    expect(runs.bad.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(runs.bad.stderr).toMatch(/no article could be read/);
  });
});
