// The extractor's command line, and the only extractor file that touches the file system:
//   npm run extract -- [--seeds DIR] [--out DIR] [--data DIR]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileKnowledge, extractCorpus, type InputFile, type KnowledgeFiles } from "./index";

interface Args {
  seeds: string;
  out: string;
  data: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: "seeds", out: "data", data: "data" };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag === "--help" || flag === "-h") {
      console.log("usage: npm run extract -- [--seeds DIR (seeds)] [--out DIR (data)] [--data DIR with the YAML knowledge (data)]");
      process.exit(0);
    }
    if (!["--seeds", "--out", "--data"].includes(flag) || value === undefined) {
      console.error(`extract: unknown or incomplete option '${flag}' (try --help)`);
      process.exit(2);
    }
    args[flag.slice(2) as keyof Args] = value;
    i++;
  }
  return args;
}

export function readKnowledge(dir: string): KnowledgeFiles {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    entities: read("entities.yaml"),
    relations: read("relations.yaml"),
    cleaning: read("cleaning.yaml"),
    language: read("language.yaml"),
    money: read("money.yaml"),
    discovery: read("discovery.yaml"),
  };
}

function readSeeds(dir: string, warn: (file: string, reason: string) => void): InputFile[] {
  const files: InputFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(txt|md|markdown)$/i.test(name)) continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      files.push({ file: relative(process.cwd(), path) || path, bytes: readFileSync(path) });
    } catch (e) {
      warn(path, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return files;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const began = performance.now();
  const unreadable: { file: string; reason: string }[] = [];
  const files = readSeeds(args.seeds, (file, reason) => unreadable.push({ file, reason }));
  const knowledge = compileKnowledge(readKnowledge(args.data));
  const { graph, articles, report } = extractCorpus(files, knowledge, {
    onProgress: (done, total) => {
      if (total > 100 && (done % 100 === 0 || done === total)) process.stderr.write(`extract: ${done}/${total} articles\n`);
    },
  });
  report.warnings.unshift(...unreadable);
  for (const w of report.warnings) console.error(`extract: warning: ${w.file}: ${w.reason}`);

  mkdirSync(join(args.out, "articles"), { recursive: true });
  const keep = new Set(articles.map((a) => `${a.id}.json`));
  for (const stale of readdirSync(join(args.out, "articles"))) if (stale.endsWith(".json") && !keep.has(stale)) rmSync(join(args.out, "articles", stale));
  for (const a of articles) writeFileSync(join(args.out, "articles", `${a.id}.json`), json(a));
  writeFileSync(join(args.out, "graph.json"), json(graph));
  writeFileSync(join(args.out, "extract-report.json"), json(report));

  const c = report.counts;
  const seconds = ((performance.now() - began) / 1000).toFixed(2);
  console.log(
    `extract: ${c.articles} articles, ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence, ` +
      `${report.discovered.length} discovered, ${report.warnings.length} warnings, ${seconds} s → ${join(args.out, "graph.json")}`,
  );
  if (c.articles === 0) {
    console.error(`extract: no article could be read from ${args.seeds}`);
    process.exit(1);
  }
}

try {
  main();
} catch (e) {
  console.error(`extract: ${(e as Error).message}`);
  process.exit(1);
}
