import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

export type CalibrateFigures = { rank: CommandFigure; calibrate: CommandFigure };

/**
 * `bank-assess calibrate --normalize` of a 100,000-row ranking beside the `rank` that made it (calibration.md
 * §1; the target: at most twice rank's time): calibrate reads the score data and the published tab, scores
 * the data again (its input hash must be the tab's), groups by 机构, normalises and ranks again, and writes the
 * score data, the published tab, 校准分析 and the 100,000-row calibrated tab.
 */
export async function calibrateBench(count = 100_000): Promise<CalibrateFigures> {
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-calibrate-"));
  const scores = path.join(dir, "scores.xlsx");
  writeFileSync(scores, await scaleInput(template, count));
  const ranked = path.join(dir, "ranked.xlsx");
  const rows = count.toLocaleString("en-US");
  const rank = runCommand(`CLI rank: ${rows} rows`, [
    "rank",
    scores,
    "--period",
    "2025Q4",
    "--out",
    ranked,
  ]);
  const calibrate = runCommand(
    `CLI calibrate --normalize: the same ${rows} ranked rows (re-score, groups, normalise, rank again, write)`,
    ["calibrate", ranked, "--normalize", "--out", path.join(dir, "calibrated.xlsx")]
  );
  return { rank, calibrate };
}

/** The two figures and calibrate's time and memory as a multiple of rank's. */
export function describeCalibrate({ rank, calibrate }: CalibrateFigures): string {
  const seconds = (f: CommandFigure) => `${(f.ms / 1000).toFixed(1)} s`;
  const figure = (f: CommandFigure) =>
    `${f.name}\n  ${seconds(f)} · peak memory (RSS) ${f.peakRssMib.toFixed(0)} MiB`;
  return [
    figure(rank),
    figure(calibrate),
    `  calibrate ÷ rank: time ${(calibrate.ms / rank.ms).toFixed(2)}× · peak memory ${(calibrate.peakRssMib / rank.peakRssMib).toFixed(2)}× (target: time ≤ 2×)`,
  ].join("\n");
}
