import { spawnSync } from "node:child_process";
import path from "node:path";

export type CommandFigure = { name: string; ms: number; peakRssMb: number; code: number | null };

/**
 * The compiled command in a process of its own (as a user runs it), timed from the outside, with its peak
 * memory (RSS) reported by the process itself as it exits.
 */
export function runCommand(
  name: string,
  args: readonly string[],
  script = "bin/bank-assess.cjs",
  /** The exit codes the run may end with (a hostile input's refusal is 2). */
  codes: readonly number[] = [0, 1]
): CommandFigure {
  const root = process.cwd();
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["--require", path.join(root, "bench/peak-rss.cjs"), path.join(root, script), ...args],
    { encoding: "utf8", maxBuffer: 1 << 26 }
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  const peak = /BENCH_PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  if (!peak || child.status === null || !codes.includes(child.status))
    throw new Error(`${name}: the command failed (${child.status})\n${child.stderr.slice(-2000)}`);
  return { name, ms, peakRssMb: Number(peak[1]) / 1024, code: child.status };
}
