// The extractor's file IO, used by its CLI (and by scripts and tests that run it like the CLI):
// reading the knowledge YAML and the article files, writing the output.
import { randomBytes } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import type { ExtractResult, InputFile, KnowledgeFiles } from "./index";
import { recoverOutputWith, writeOutputWith, type OutputFs } from "./output";
import { htmlPageToSeed, isHtmlFile } from "./html-page";

export function readKnowledgeFiles(dir = "data"): KnowledgeFiles {
  const read = (name: string) => readFileSync(join(dir, name), "utf8");
  return {
    entities: read("entities.yaml"),
    relations: read("relations.yaml"),
    cleaning: read("cleaning.yaml"),
    language: read("language.yaml"),
    money: read("money.yaml"),
    discovery: read("discovery.yaml"),
    ...(existsSync(join(dir, "gazetteer.json")) ? { gazetteer: read("gazetteer.json") } : {}),
    ...(existsSync(join(dir, "rule-confidence.json")) ? { ruleConfidence: read("rule-confidence.json") } : {}),
  };
}

/** data/curation.yaml's text, or "" when there is none (no decision yet). */
export function readCurationFile(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

const ARTICLE_FILE = /\.(txt|md|markdown)$/i;
const isArticleFile = (name: string) => ARTICLE_FILE.test(name) || isHtmlFile(name);

/**
 * The .txt, .md and saved .html files at the top of a folder, each named by its path relative to that folder
 * (so the output does not depend on where the command ran and never shows a local path).
 * A saved web page is reduced to its article, as a seed text with front matter. What is skipped (unreadable files, folders named like articles, other files) is reported.
 */
export function readArticleFiles(dir: string, warn: (file: string, reason: string) => void = () => {}): InputFile[] {
  const files: InputFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    try {
      const stat = statSync(path);
      if (!isArticleFile(name)) {
        if (stat.isFile()) warn(name, "not read: only .txt, .md, .markdown and .html files are articles");
        continue;
      }
      if (stat.isDirectory()) {
        warn(name, "a folder, not a file: not read (articles are read from the top of the corpus folder only)");
        continue;
      }
      if (!stat.isFile()) {
        warn(name, "not a regular file: not read");
        continue;
      }
      const bytes = readFileSync(path);
      if (!isHtmlFile(name)) files.push({ file: name, bytes });
      else {
        const page = htmlPageToSeed(bytes);
        if (page.ok) files.push({ file: name, bytes: new TextEncoder().encode(page.text) });
        else warn(name, page.reason);
      }
    } catch (e) {
      warn(name, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return files;
}

export const nodeOutputFs: OutputFs = {
  pid: process.pid,
  alive(pid) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === "EPERM";
    }
  },
  cwd: () => process.cwd(),
  randomTag: () => randomBytes(4).toString("hex"),
  exists: (path) => existsSync(path),
  kind(path) {
    const s = lstatSync(path);
    return s.isSymbolicLink() ? "symlink" : s.isDirectory() ? "dir" : s.isFile() ? "file" : "other";
  },
  readdir: (path) => readdirSync(path).sort(),
  readlink: (path) => readlinkSync(path),
  readFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  },
  mkdir: (path) => mkdirSync(path),
  writeFile: (path, text) => writeFileSync(path, text),
  link(existing, path) {
    try {
      linkSync(existing, path);
    } catch {
      copyFileSync(existing, path);
    }
  },
  symlink: (target, path) => symlinkSync(target, path),
  rename: (from, to) => renameSync(from, to),
  rm: (path) => rmSync(path, { recursive: true, force: true }),
};

// An output folder reached through a symbolic link is swapped where it really is, so the link stays.
const real = (dir: string) => (existsSync(dir) ? realpathSync(dir) : dir);

/** Writes graph.json, articles/<id>.json and extract-report.json, all or nothing (see output.ts). */
export function writeOutput(outDir: string, result: ExtractResult, fs: OutputFs = nodeOutputFs): void {
  writeOutputWith(fs, real(outDir), result);
}

/** Undoes what a killed run left behind in and beside `outDir`; returns what it did. */
export function recoverOutput(outDir: string, fs: OutputFs = nodeOutputFs): string[] {
  return recoverOutputWith(fs, real(outDir));
}
