import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

export type ScaleRow = {
  job: "rank" | "collect";
  rows: number;
  command: CommandFigure;
  exceljs: CommandFigure;
  /** The size of the file written. */
  outputBytes: number;
};

/** `rank` at these sizes; `collect` at the same less 20,000. */
const SIZES = [10_000, 20_000, 50_000, 100_000];
const COLLECT_SIZES = new Set([10_000, 50_000, 100_000]);
/** The size whose `rank` is also shown by phase (read, assess, build, XML, deflate, write). */
const PROFILED = 100_000;
/** Collect's inputs: the same rows over 50 branches' files. */
const BRANCHES = 50;

/**
 * The scale table: `rank` of one score sheet at 10k, 20k, 50k and 100k rows and `collect` of 50 branches'
 * files at 10k, 50k and 100k,
 * each beside ExcelJS's plain read of the same files in the same run (the ratio is the figure to watch).
 */
export async function scaleBench(): Promise<ScaleRow[]> {
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  const rows: ScaleRow[] = [];
  for (const size of SIZES) {
    const input = path.join(dir, `scores-${size}.xlsx`);
    writeFileSync(input, await scaleInput(template, size));
    const ranked = path.join(dir, `ranked-${size}.xlsx`);
    rows.push({
      job: "rank",
      rows: size,
      exceljs: runCommand("ExcelJS read", [input], "bench/exceljs-read.cjs"),
      command: runCommand(
        "rank",
        ["rank", input, "--period", "2025Q4", "--out", ranked],
        undefined,
        undefined,
        { phases: size === PROFILED }
      ),
      outputBytes: statSync(ranked).size,
    });
    if (!COLLECT_SIZES.has(size)) continue;
    const folder = path.join(dir, `submissions-${size}`);
    mkdirSync(folder);
    const files: string[] = [];
    for (let k = 0; k < BRANCHES; k++) {
      const branch = `第${String(k + 1).padStart(2, "0")}支行`;
      const file = path.join(folder, `${branch}.xlsx`);
      writeFileSync(file, await scaleInput(template, size / BRANCHES, { seed: 100 + k, branch }));
      files.push(file);
    }
    rows.push({
      job: "collect",
      rows: size,
      exceljs: runCommand("ExcelJS read", files, "bench/exceljs-read.cjs"),
      command: runCommand("collect", [
        "collect",
        folder,
        "--template",
        "assets/samples/ops-2025.template.json",
        "--period",
        "2025Q4",
        "--out",
        path.join(dir, `collected-${size}.xlsx`),
      ]),
      outputBytes: statSync(path.join(dir, `collected-${size}.xlsx`)).size,
    });
  }
  return rows;
}

export function describeScale(rows: readonly ScaleRow[]): string {
  const lines = [
    "Scale (compiled command in its own process; ExcelJS's plain read of the same files, same run):",
    "  job      rows     time      peak RSS   ExcelJS read   ratio",
  ];
  for (const row of rows) {
    const ratio = row.command.ms / row.exceljs.ms;
    lines.push(
      `  ${row.job.padEnd(8)} ${String(row.rows).padStart(7)}  ${(row.command.ms / 1000).toFixed(1).padStart(6)} s  ${row.command.peakRssMib.toFixed(0).padStart(6)} MiB  ${(row.exceljs.ms / 1000).toFixed(1).padStart(8)} s   ${ratio.toFixed(2)}×`
    );
  }
  for (const job of ["rank", "collect"] as const) {
    const of = rows.filter((row) => row.job === job);
    const small = of.find((row) => row.rows === 10_000);
    const large = of.find((row) => row.rows === 100_000);
    if (small && large)
      lines.push(
        `  ${job}: 10k → 100k rows took ${(large.command.ms / small.command.ms).toFixed(1)}× the time`
      );
  }
  // Issue 27's goals for rank, beside what this run measured.
  for (const [size, goal] of [
    [20_000, 0.8],
    [100_000, 0.6],
  ] as const) {
    const row = rows.find((r) => r.job === "rank" && r.rows === size);
    if (row)
      lines.push(
        `  rank ${size / 1000}k: ${(row.command.ms / row.exceljs.ms).toFixed(2)}× ExcelJS's read (goal ≤ ${goal}×), peak ${row.command.peakRssMib.toFixed(0)} MiB${size === 100_000 ? " (goal ≤ 400 MiB)" : ""}, output ${(row.outputBytes / 1e6).toFixed(1)} MB`
      );
  }
  const profiled = rows.find((r) => r.job === "rank" && r.rows === PROFILED)?.command.phases;
  if (profiled) lines.push(`  rank ${PROFILED / 1000}k by phase: ${describePhases(profiled)}`);
  return lines.join("\n");
}

/**
 * The command's phases (BANK_ASSESS_PHASES), main thread: read the input, assess (check, score, rank), hash
 * the inputs, build the sheets, make their XML, wait for zlib (which compresses beside the XML on its own
 * thread, so this is only the wait), write the file (zip, the last parts, the disk).
 */
function describePhases(phases: Record<string, number>): string {
  const { total, ...rest } = phases;
  const parts = Object.entries(rest).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(2)} s`);
  return `${parts.join(" · ")} (of ${((total ?? 0) / 1000).toFixed(1)} s in the process)`;
}
