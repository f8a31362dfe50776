// The export command line; the only export code that touches the file system:
//   npm run export -- --format FORMAT [--data DIR] --out PATH
// Formats that make several files (csv, neo4j) write them into the folder PATH; the others write
// the file PATH (or their usual file name inside PATH when PATH is an existing folder).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseGraph } from "../model";
import { exportGraph, FORMAT_INFO, FORMATS, isExportFormat, type ExportFormat } from "./index";

const USAGE = `usage: npm run export -- --format FORMAT [--data DIR (data)] --out PATH
formats:
${FORMATS.map((f) => `  ${f.padEnd(8)} ${FORMAT_INFO[f].label}${FORMAT_INFO[f].folder ? " (a folder of files)" : ""}`).join("\n")}`;

export type ExportArgs = { format: ExportFormat; data: string; out: string };

/** Reads the options, or says what is wrong in one line. */
export function parseExportArgs(argv: string[]): ExportArgs | { error: string } | "help" {
  const given: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--help" || flag === "-h") return "help";
    const value = argv[i + 1];
    if (!["--format", "--data", "--out"].includes(flag) || value === undefined) return { error: `unknown or incomplete option '${flag}'` };
    given[flag.slice(2)] = value;
    i++;
  }
  const { format, out, data = "data" } = given;
  if (!format) return { error: `--format is required (one of ${FORMATS.join(", ")})` };
  if (!isExportFormat(format)) return { error: `unknown format '${format}' (one of ${FORMATS.join(", ")})` };
  if (!out) return { error: "--out is required" };
  return { format, data, out };
}

/** Writes the export and returns the paths written. */
export function runExport(args: ExportArgs): string[] {
  const graphPath = join(args.data, "graph.json");
  if (!existsSync(graphPath)) throw new Error(`export: ${graphPath} not found; run \`npm run extract\` first or pass --data DIR`);
  const parsed = parseGraph(JSON.parse(readFileSync(graphPath, "utf8")));
  if (!parsed.ok) throw new Error(`export: ${graphPath} does not match the schema:\n  ${parsed.problems.join("\n  ")}`);
  const files = exportGraph(parsed.value, args.format);
  const intoFolder = FORMAT_INFO[args.format].folder || (existsSync(args.out) && statSync(args.out).isDirectory());
  const paths = files.map((f) => (intoFolder ? join(args.out, f.name) : args.out));
  files.forEach((f, i) => {
    const path = paths[i]!;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  });
  return paths;
}

function main(): void {
  const args = parseExportArgs(process.argv.slice(2));
  if (args === "help") {
    console.log(USAGE);
    return;
  }
  if ("error" in args) {
    console.error(`export: ${args.error}\n${USAGE}`);
    process.exit(2);
  }
  try {
    for (const path of runExport(args)) console.log(`export: wrote ${path}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
