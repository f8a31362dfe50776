// The export command line: options, folders for multi-file formats, a file otherwise.
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseExportArgs, runExport } from "../../src/export/cli";

const DATA = join("tests", "fixtures", "data");

describe("npm run export", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "entangle-export-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads its options and names what is wrong", () => {
    expect(parseExportArgs(["--format", "gexf", "--out", "g.gexf"])).toEqual({ format: "gexf", data: "data", out: "g.gexf" });
    expect(parseExportArgs(["--format", "pdf", "--out", "x"])).toEqual({ error: expect.stringContaining("unknown format 'pdf'") });
    expect(parseExportArgs(["--out", "x"])).toEqual({ error: expect.stringContaining("--format is required") });
    expect(parseExportArgs(["--format", "csv"])).toEqual({ error: "--out is required" });
    expect(parseExportArgs(["--format"])).toEqual({ error: "unknown or incomplete option '--format'" });
  });

  it("writes the CSV folder and a single-file format where it is told", () => {
    const csv = runExport({ format: "csv", data: DATA, out: join(dir, "csv") });
    expect(csv.map((p) => p.slice(dir.length + 1))).toEqual(["csv/nodes.csv", "csv/edges.csv", "csv/evidence.csv"]);
    expect(readFileSync(join(dir, "csv", "nodes.csv"), "utf8").split("\n")[0]).toMatch(/^id,label,type/);
    runExport({ format: "gexf", data: DATA, out: join(dir, "graph.gexf") });
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toContain('<gexf xmlns="http://gexf.net/1.3"');
    runExport({ format: "ftm", data: DATA, out: dir });
    expect(existsSync(join(dir, "entangle.ftm.json"))).toBe(true);
  });

  it("says how to fix a missing graph", () => {
    expect(() => runExport({ format: "jgf", data: join(dir, "nowhere"), out: join(dir, "x.json") })).toThrow(/run `npm run extract` first/);
  });
});
