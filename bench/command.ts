import { spawnSync } from "node:child_process";
import path from "node:path";

export type CommandFigure = {
  name: string;
  ms: number;
  peakRssMib: number;
  code: number | null;
  /** Milliseconds by phase, when the command was run with BANK_ASSESS_PHASES=1 (`phases: true`). */
  phases?: Record<string, number>;
};

/**
 * The compiled command in a process of its own (as a user runs it), timed from the outside, with its peak
 * memory (RSS) reported by the process itself as it exits.
 */
export function runCommand(
  name: string,
  args: readonly string[],
  script = "bin/bank-assess.cjs",
  /** The exit codes the run may end with (a hostile input's refusal is 2). */
  codes: readonly number[] = [0, 1],
  /** Ask the command for its phases (read, assess, build, XML, deflate, write) on stderr. */
  { phases = false }: { phases?: boolean } = {}
): CommandFigure {
  const root = process.cwd();
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["--require", path.join(root, "bench/peak-rss.cjs"), path.join(root, script), ...args],
    {
      encoding: "utf8",
      maxBuffer: 1 << 26,
      env: phases ? { ...process.env, BANK_ASSESS_PHASES: "1" } : process.env,
    }
  );
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  const peak = /BENCH_PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  if (!peak || child.status === null || !codes.includes(child.status))
    throw new Error(`${name}: the command failed (${child.status})\n${child.stderr.slice(-2000)}`);
  const timed = /BANK_ASSESS_PHASES ([^\n]*)/.exec(child.stderr);
  return {
    name,
    ms,
    peakRssMib: Number(peak[1]) / 1024,
    code: child.status,
    ...(timed
      ? {
          phases: Object.fromEntries(
            timed[1]
              .trim()
              .split(" ")
              .map((pair) => pair.split("="))
              .map(([phase, value]) => [phase, Number(value)])
          ),
        }
      : {}),
  };
}
