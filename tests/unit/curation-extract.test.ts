// `npm run extract` with a curation file that rejects one seed edge and adds one relation, on a
// temporary output folder: the edge leaves graph.json and is listed as rejected in the report;
// the added relation is there with its quote at the right offsets of its article.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCuration } from "../../src/extract/curation";
import { ArticleDocSchema, GraphSchema, RELATION_TYPES, ReportSchema, type Graph } from "../../src/model";

function runCli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "src/extract/cli.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const seedGraph = GraphSchema.parse(JSON.parse(readFileSync("data/graph.json", "utf8")));

describe("npm run extract with data/curation.yaml", () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "entangle-curation-"));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("drops the rejected edge, reports it, and adds the relation at its quote", { timeout: 120_000 }, async () => {
    const rejected = seedGraph.edges[0]!;
    const donor = seedGraph.edges.find((e) => e.id !== rejected.id && e.source !== e.target)!;
    const quote = donor.evidence[0]!;
    const present = new Set(seedGraph.edges.map((e) => e.id));
    const type = RELATION_TYPES.find((t) => t !== "partnership" && t !== "other" && !present.has(`${donor.target}|${t}|${donor.source}`))!;
    const curationFile = join(out, "curation.yaml");
    writeFileSync(
      curationFile,
      writeCuration([
        { reject: { edge: rejected.id } },
        { add: { source: donor.target, type, target: donor.source, article: quote.articleId, quote: quote.quote, modality: "alleged", status: "planned" } },
        { reject: { edge: "no-such|supplies|edge" } },
      ]),
    );

    const { code, stderr } = await runCli(["--out", out, "--curation", curationFile]);
    expect(code).toBe(0);
    expect(stderr).toContain("decision 3 no longer applies (no relation 'no-such|supplies|edge')");

    const graph: Graph = GraphSchema.parse(JSON.parse(readFileSync(join(out, "graph.json"), "utf8")));
    const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, "extract-report.json"), "utf8")));
    expect(graph.edges.map((e) => e.id)).not.toContain(rejected.id);
    expect(graph.rejected?.map((r) => r.id)).toEqual([rejected.id]);
    expect(report.curation?.rejected).toEqual([{ edge: rejected.id, scope: "edge", reason: "rejected", passages: rejected.evidence.length }]);
    expect(report.curation?.stale.map((s) => s.index)).toEqual([3]);
    expect(report.curation?.applied).toBe(2);

    const added = graph.edges.find((e) => e.id === `${donor.target}|${type}|${donor.source}`)!;
    expect(added).toMatchObject({ status: "planned", reviewed: true });
    const ev = added.evidence[0]!;
    expect(ev).toMatchObject({ articleId: quote.articleId, start: quote.start, end: quote.end, quote: quote.quote, modality: "alleged", curated: "added" });
    const article = ArticleDocSchema.parse(JSON.parse(readFileSync(join(out, "articles", `${ev.articleId}.json`), "utf8")));
    expect(article.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it("stops with the file name and the decision's number when the file breaks the contract", { timeout: 120_000 }, async () => {
    const bad = join(out, "bad.yaml");
    writeFileSync(bad, "- reject: { edge: a }\n- approve: { edge: b }\n");
    const { code, stderr } = await runCli(["--out", join(out, "bad-out"), "--curation", bad]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.yaml: decision 2/);
  });
});
