// The CPU time of the calling thread alone (Node 20 has no process.threadCpuUsage): what
// `--timings` and the bench need to tell the main thread's serial work from the workers'. Read
// from Linux's /proc/thread-self/stat; elsewhere undefined, and only the process's total is shown.
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** This thread's user + system CPU time in ms (10 ms resolution), or undefined where /proc cannot tell. */
export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
