// Builds the explorer and runs the tests. The generated data/ (graph.json, articles/*.json) is
// served under /data in dev and copied into the build, so the app fetches it like any static file.
import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { curationEndpoint } from "./src/server/curation-endpoint";
import { watchSeeds } from "./src/server/watch-seeds";
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { CONTENT_SECURITY_POLICY } from "./src/app/csp";
import { SHELL_BUILD_ENV } from "./scripts/snapshot-shell.ts";

const DATA_DIR = "data";
const FILE_NOTICE = "src/app/static/file-notice.js";

function dataFiles(): string[] {
  const files = existsSync(join(DATA_DIR, "graph.json")) ? ["graph.json"] : [];
  const articles = join(DATA_DIR, "articles");
  if (existsSync(articles)) {
    for (const f of readdirSync(articles).sort()) if (f.endsWith(".json")) files.push(`articles/${f}`);
  }
  return files;
}

function serveGeneratedData(): Plugin {
  return {
    name: "entangle-data",
    configureServer(server) {
      server.middlewares.use("/data/", (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? "").split("?")[0] ?? "")).replace(/^[/\\]+/, "");
        if (!rel.endsWith(".json") || rel.startsWith("..") || rel.includes(`..${sep}`)) return next();
        const path = join(DATA_DIR, rel);
        if (!existsSync(path)) return next();
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const file of dataFiles()) {
        this.emitFile({ type: "asset", fileName: `data/${file}`, source: readFileSync(join(DATA_DIR, file)) });
      }
    },
  };
}

/** The built page carries its Content-Security-Policy; the dev server's hot reload needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "entangle-csp",
    // The snapshot shell inlines every script into one file opened from file://, where the policy's
    // 'self' cannot allow them: it carries no policy (it loads nothing from anywhere).
    // In the dev server the policy would block the inline preamble of React's fast refresh: the
    // app would never mount (tests/e2e/watch.test.ts opens it there).
    apply: (_config, env) => env.command === "build" && process.env[SHELL_BUILD_ENV] === undefined,
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" }],
  };
}

/** The file:// notice (src/app/static/file-notice.js) is a classic script copied beside index.html, not bundled. */
function fileNotice(): Plugin {
  const source = () => readFileSync(FILE_NOTICE);
  return {
    name: "entangle-file-notice",
    configureServer(server) {
      server.middlewares.use("/file-notice.js", (_req, res) => {
        res.setHeader("Content-Type", "text/javascript");
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "file-notice.js", source: source() });
    },
  };
}

/**
 * Writes dist/snapshot.html after each build: the app as one self-contained page that "Share as a
 * file" fills with data. Built by a second, nested build that must not ask for a shell itself.
 */
function snapshotShell(): Plugin {
  let outDir = "dist";
  return {
    name: "entangle-snapshot-shell",
    apply: "build",
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const { buildSnapshotShell } = await import("./scripts/snapshot-shell.ts");
      if (process.env[SHELL_BUILD_ENV]) return;
      writeFileSync(join(outDir, "snapshot.html"), await buildSnapshotShell());
    },
  };
}

export default defineConfig({
  base: "./",
  publicDir: false,
  plugins: [react(), curationEndpoint(), watchSeeds(), serveGeneratedData(), fileNotice(), contentSecurityPolicy(), snapshotShell()],
  build: { outDir: "dist", sourcemap: false },
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { extends: true, test: { name: "eval", include: ["tests/eval/**/*.test.ts", "tests/bank/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
