import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LIVE_ROW_LIMIT as ROWS } from "../src/jobs/assessment/ranking-formulas";
import { toolPath } from "../test/support/external-tools";
import { recalculateWithLibreOffice } from "../test/support/libreoffice";
import { runCommand, type CommandFigure } from "./command";
import { sampleTemplate, scaleInput } from "./scale-input";

export type LibreOfficeFigure = {
  rows: number;
  rank: CommandFigure;
  /** LibreOffice opening the live ranking (formulas), recalculating every one and saving it. */
  recalculated: number;
  /** LibreOffice opening and saving the ranking of the same rows as values: its start, load and save alone. */
  asValues: number;
};

/**
 * The alternative a user has to the command: the ranking as live formulas (`rank --live`, RANK.EQ and COUNTIFS
 * over the composite), recalculated natively by real spreadsheet software, beside `rank` of the same rows in
 * the same run, at the most rows the command writes live without a warning (the formulas cost n² in any
 * spreadsheet). Null where LibreOffice is not installed (the bench says so).
 */
export async function libreOfficeBench(): Promise<LibreOfficeFigure | null> {
  const soffice = toolPath("libreoffice");
  if (!soffice) return null;
  const template = sampleTemplate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-lo-"));
  const input = path.join(dir, "scores.xlsx");
  writeFileSync(input, await scaleInput(template, ROWS));
  const values = path.join(dir, "values.xlsx");
  const live = path.join(dir, "live.xlsx");
  const rank = runCommand("rank", ["rank", input, "--period", "2025Q4", "--out", values]);
  runCommand("rank --live", ["rank", input, "--period", "2025Q4", "--live", "--out", live]);
  const timed = async (file: string) => {
    const start = process.hrtime.bigint();
    await recalculateWithLibreOffice(soffice, file);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const asValues = await timed(values);
  return { rows: ROWS, rank, recalculated: await timed(live), asValues };
}

export function describeLibreOffice(figure: LibreOfficeFigure | null): string {
  if (!figure)
    return "LibreOffice's native recalculation: not measured (LibreOffice is not installed here)";
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const recalculation = Math.max(0, figure.recalculated - figure.asValues);
  return [
    `LibreOffice's native recalculation of the live ranking (rank --live, dense ranks by default), ${figure.rows.toLocaleString("en-US")} rows, beside rank of the same rows (same run):`,
    `  LibreOffice opens, recalculates and saves it in ${s(figure.recalculated)} (${s(figure.asValues)} to open and save the same rows as values: about ${s(recalculation)} recalculating)`,
    `  rank ${s(figure.rank.ms)} · ${(figure.rank.ms / figure.recalculated).toFixed(2)}× LibreOffice's whole time, ${(figure.rank.ms / Math.max(recalculation, 1)).toFixed(2)}× its recalculation alone`,
  ].join("\n");
}
