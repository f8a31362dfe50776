// Builds the snapshot shell: the app bundled as one script (dynamic imports inlined, since a
// file:// page cannot load chunks) with that script and the styles inlined into index.html.
// Called by the build (vite.config.ts writes it to dist/snapshot.html for "Share as a file") and
// by `npm run snapshot`.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { inlineAssets } from "../src/export/snapshot.ts";

/** Set while the shell is being built, so the build plugin that asks for a shell does not recurse. */
export const SHELL_BUILD_ENV = "ENTANGLE_SNAPSHOT_SHELL_BUILD";

export async function buildSnapshotShell(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "entangle-shell-"));
  const previous = process.env[SHELL_BUILD_ENV];
  process.env[SHELL_BUILD_ENV] = "1";
  try {
    await build({
      logLevel: "warn",
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 100_000, rolldownOptions: { output: { codeSplitting: false } } },
    });
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const inlined = inlineAssets(html, (path) => readFileSync(join(outDir, path.replace(/^\.?\//, "")), "utf8"));
    // The app checks for this mark before filling a shell it fetched (a dev server answers any path with index.html).
    return inlined.replace(/(<meta charset="[^"]*"\s*\/?>)/i, '$1\n    <meta name="entangle-snapshot-shell" content="1" />');
  } finally {
    if (previous === undefined) delete process.env[SHELL_BUILD_ENV];
    else process.env[SHELL_BUILD_ENV] = previous;
    rmSync(outDir, { recursive: true, force: true });
  }
}
