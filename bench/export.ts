// Export benchmark (`BENCH_ONLY=export npm run bench`): time of each export format on the
// generated 10,000-element graph the UI benchmark uses (2,500 entities, 7,500 relations), median of
// three warm runs, with the size of what it writes. Prints figures; asserts nothing.
import { exportGraph, FORMATS } from "../src/export/index";
import { generateGraph } from "./ui";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const encoder = new TextEncoder();

export function runExportBench(): void {
  const graph = generateGraph(2_500, 7_500);
  const passages = graph.edges.reduce((n, e) => n + e.evidence.length, 0);
  console.log(
    `export: generated graph, ${graph.nodes.length.toLocaleString("en-US")} entities, ${graph.edges.length.toLocaleString("en-US")} relations, ${passages.toLocaleString("en-US")} passages`,
  );
  for (const format of FORMATS) {
    exportGraph(graph, format);
    const wall: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const files = exportGraph(graph, format);
      const c = process.cpuUsage(c0);
      wall.push(performance.now() - t0);
      cpu.push((c.user + c.system) / 1000);
      bytes = files.reduce((n, f) => n + encoder.encode(f.content).length, 0);
    }
    // CPU time beside wall time: on a shared machine the wall time also counts other processes.
    console.log(
      `export ${format.padEnd(8)} ${median(wall).toFixed(0).padStart(6)} ms wall, ${median(cpu).toFixed(0).padStart(6)} ms CPU  (${(bytes / 1024 / 1024).toFixed(1)} MB)`,
    );
  }
}
