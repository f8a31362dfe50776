// The local server's curation endpoint (a Vite plugin for `npm run dev` and `npm start`): the app
// reads and writes data/curation.yaml through it, and every write reruns the extraction so the
// app refetches a rebuilt graph. Loopback only; the body is validated with the model's schema;
// the file is written atomically (temp file + rename) and restored when the extraction fails.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join, normalize, sep, basename } from "node:path";
import type { Connect, Plugin } from "vite";
import { parse } from "yaml";
import { parseCuration, ReportSchema } from "../model";
import { writeCuration } from "../extract/curation";

export interface CurationEndpointOptions {
  /** Articles to extract. */
  seeds: string;
  /** The YAML knowledge (entities.yaml, relations.yaml…). */
  data: string;
  /** Where graph.json and articles/ are written, and served from under /data/. */
  out: string;
  /** The decisions file. */
  curation: string;
}

/** Defaults are the project's folders; tests point them at temporary copies through the environment. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): CurationEndpointOptions {
  const data = env.ENTANGLE_DATA ?? "data";
  return { seeds: env.ENTANGLE_SEEDS ?? "seeds", data, out: env.ENTANGLE_OUT ?? data, curation: env.ENTANGLE_CURATION ?? join(data, "curation.yaml") };
}

const MAX_BODY = 1 << 20;
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** A request from this machine, addressed to a loopback name (no rebinding), from this origin. */
export function isLocalRequest(req: Pick<IncomingMessage, "headers" | "socket">): boolean {
  const remote = req.socket.remoteAddress ?? "";
  if (!(remote.startsWith("127.") || remote === "::1" || remote.startsWith("::ffff:127."))) return false;
  const host = req.headers.host ?? "";
  if (!LOOPBACK_HOST.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error("body over 1 MB"));
      else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}

function runExtraction(o: CurationEndpointOptions): Promise<{ ok: boolean; output: string }> {
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  const args = ["src/extract/cli.ts", "--seeds", o.seeds, "--data", o.data, "--out", o.out, "--curation", o.curation];
  return new Promise((resolve) => {
    const child = spawn(tsx, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    child.on("error", (e) => resolve({ ok: false, output: e.message }));
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

function currentDecisions(o: CurationEndpointOptions): unknown[] {
  if (!existsSync(o.curation)) return [];
  const parsed = parseCuration(parse(readFileSync(o.curation, "utf8")));
  if (!parsed.ok) throw new Error(`${o.curation}: ${parsed.problems.join("; ")}`);
  return parsed.value;
}

function currentReport(o: CurationEndpointOptions) {
  const path = join(o.out, "extract-report.json");
  if (!existsSync(path)) return null;
  const report = ReportSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return report.success ? (report.data.curation ?? null) : null;
}

/** GET and PUT on /api/curation (mounted there, so the path it sees is "/"). */
export function curationHandler(o: CurationEndpointOptions): Connect.NextHandleFunction {
  // Writes and rebuilds one at a time, in the order they arrive.
  let queue: Promise<unknown> = Promise.resolve();
  return (req, res, next) => {
    if ((req.url ?? "").split("?")[0] !== "/") return next();
    if (!isLocalRequest(req)) return send(res, 403, { problems: ["the curation endpoint answers loopback requests only"] });
    if (req.method === "GET") {
      try {
        return send(res, 200, { decisions: currentDecisions(o), curation: currentReport(o) });
      } catch (e) {
        return send(res, 500, { problems: [(e as Error).message] });
      }
    }
    if (req.method !== "PUT") return send(res, 405, { problems: ["use GET or PUT"] });
    if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) return send(res, 415, { problems: ["send application/json"] });
    queue = queue.then(async () => {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (e) {
        return send(res, 400, { problems: [`the body is not JSON: ${(e as Error).message}`] });
      }
      const parsed = parseCuration((body as { decisions?: unknown } | null)?.decisions);
      if (!parsed.ok || !Array.isArray((body as { decisions?: unknown }).decisions)) {
        return send(res, 400, { problems: parsed.ok ? ["decisions must be a list"] : parsed.problems });
      }
      const previous = existsSync(o.curation) ? readFileSync(o.curation, "utf8") : null;
      writeAtomically(o.curation, writeCuration(parsed.value));
      const run = await runExtraction(o);
      if (!run.ok) {
        if (previous === null) writeAtomically(o.curation, writeCuration([]));
        else writeAtomically(o.curation, previous);
        return send(res, 500, { problems: [`the extraction failed; data/curation.yaml was restored`, ...run.output.trim().split("\n").slice(-5)] });
      }
      return send(res, 200, { decisions: parsed.value, curation: currentReport(o) });
    });
  };
}

/** Serves <out>/*.json under /data/ live, so a rebuilt graph reaches the app without a new build. */
function liveData(o: CurationEndpointOptions): Connect.NextHandleFunction {
  return (req, res, next) => {
    const rel = normalize(decodeURIComponent((req.url ?? "").split("?")[0] ?? "")).replace(/^[/\\]+/, "");
    if (!rel.endsWith(".json") || rel.startsWith("..") || rel.includes(`..${sep}`)) return next();
    const path = join(o.out, rel);
    if (!existsSync(path)) return next();
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.end(readFileSync(path));
  };
}

export function curationEndpoint(options: CurationEndpointOptions = optionsFromEnv()): Plugin {
  const install = (middlewares: Connect.Server) => {
    middlewares.use("/api/curation", curationHandler(options));
    middlewares.use("/data/", liveData(options));
  };
  return {
    name: "entangle-curation-endpoint",
    configureServer: (server) => install(server.middlewares),
    configurePreviewServer: (server) => install(server.middlewares),
  };
}
