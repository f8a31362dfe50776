// The local curation endpoint over real HTTP on loopback: what it accepts, what it refuses, and
// that a failed rebuild leaves data/curation.yaml as it was.
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { curationHandler } from "../../src/server/curation-endpoint";

describe("the curation endpoint", () => {
  let dir: string;
  let server: Server;
  let url: string;
  const curation = () => join(dir, "curation.yaml");

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "entangle-endpoint-"));
    // No seeds folder: every extraction fails, which is what the rollback test needs.
    const handle = curationHandler({ seeds: join(dir, "no-seeds"), data: "data", out: join(dir, "out"), curation: curation() });
    server = createServer((req, res) => handle(req as never, res, () => ((res.statusCode = 404), res.end())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const put = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: "PUT", headers: { "Content-Type": "application/json", ...headers }, body });

  it("answers GET with the decisions of the file, none when there is no file", async () => {
    expect(await (await fetch(url)).json()).toEqual({ decisions: [], curation: null });
    writeFileSync(curation(), "- { reject: { edge: a|supplies|b } }\n");
    expect((await (await fetch(url)).json()).decisions).toEqual([{ reject: { edge: "a|supplies|b" } }]);
  });

  it("refuses a body that is not JSON, or decisions that break the contract, naming the decision", async () => {
    expect((await put("{oops")).status).toBe(400);
    const bad = await put(JSON.stringify({ decisions: [{ reject: { edge: "a" } }, { approve: { edge: "b" } }] }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).problems[0]).toMatch(/^decision 2/);
    expect((await put(JSON.stringify({ decisions: [] }), { Origin: "http://evil.example" })).status).toBe(403);
    expect((await fetch(url, { method: "PUT", body: "[]" })).status).toBe(415);
  });

  it("restores the file when the rebuild fails", { timeout: 60_000 }, async () => {
    const before = readFileSync(curation(), "utf8");
    const response = await put(JSON.stringify({ decisions: [{ confirm: { edge: "x|supplies|y" } }] }));
    expect(response.status).toBe(500);
    expect((await response.json()).problems[0]).toMatch(/extraction failed/);
    expect(readFileSync(curation(), "utf8")).toBe(before);
  });
});
