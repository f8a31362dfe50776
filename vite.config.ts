// Builds the explorer and runs the tests. The generated data/ (graph.json, articles/*.json) is
// served under /data in dev and copied into the build, so the app fetches it like any static file.
import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { curationEndpoint } from "./src/server/curation-endpoint";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, normalize, sep } from "node:path";

const DATA_DIR = "data";

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

export default defineConfig({
  base: "./",
  publicDir: false,
  plugins: [react(), curationEndpoint(), serveGeneratedData()],
  build: { outDir: "dist", sourcemap: false },
  test: {
    globals: true,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { extends: true, test: { name: "eval", include: ["tests/eval/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
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
