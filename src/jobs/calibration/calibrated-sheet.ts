import type { CalibratedRow } from "../../core/calibration/calibrate";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { gradeColours } from "../assessment/ranking-sheet";
import { eachWho, WHO_COLUMN, whoWidths, whoWraps } from "../assessment/ranking-columns";
import { headerWidths, oneLineHeaders, tableLayout } from "../shared/print-layout";
import { sayIn } from "../shared/say";
import { groupName } from "./grouping";
import { headerCells, wrappedRowHeight } from "../shared/table-rows";
import { cellPool } from "../shared/cell-pool";
import { scoreFormat } from "../../workbook/number-format";
import {
  calibrationProvenance,
  calibrationProvenanceLine,
  calibrationTitle,
  type CalibrationContext,
} from "./calibration-sheets";

/** 1-based: title, provenance, header; the table starts on the next row. */
export const CALIBRATED_HEADER_ROW = 3;

/**
 * The calibrated tab's columns (0-based), in the order `calibratedSheetSpec` writes them: who the row is,
 * its group, the published standing, then the calibrated one. verify reads the tab back through these.
 */
export const CALIBRATED_COLUMN = {
  ...WHO_COLUMN,
  group: 6,
  composite: 7,
  rank: 8,
  grade: 9,
  calibrated: 10,
  calibratedGrade: 11,
  inPost: 12,
  inBranch: 13,
  delta: 14,
} as const;

const WIDTHS = [8, 11, 12, 9, 8, 13, 12, 9, 8, 8, 9, 8, 8, 8, 8];
/** 名次 … 岗位: who a row is, repeated on every page when the table prints pages across. */
const WHO = 6;

/**
 * 排名 2025Q4 校准 (calibration.md §1 --normalize): every ranked row by its calibrated rank, with its original
 * composite, rank and grade beside its calibrated composite, grade and ranks (overall, in post, in branch) and
 * Δrank (published − calibrated: positive moved up). The published tab is never changed.
 */
export function calibratedSheetSpec(
  name: string,
  rows: readonly CalibratedRow[],
  context: CalibrationContext
): SheetSpec {
  const say = sayIn(context.locale);
  const header = [
    say("sheet.calibrated.col.rank"),
    say("sheet.col.branch"),
    say("sheet.col.department"),
    say("sheet.col.id"),
    say("sheet.col.name"),
    say("sheet.col.post"),
    say("sheet.calibration.col.group"),
    say("sheet.calibrated.col.composite"),
    say("sheet.calibrated.col.publishedRank"),
    say("sheet.calibrated.col.grade"),
    say("sheet.calibrated.col.calibrated"),
    say("sheet.calibrated.col.calibratedGrade"),
    say("sheet.col.rankInPost"),
    say("sheet.col.rankInBranch"),
    say("sheet.calibrated.col.delta"),
  ];
  // 机构 … 岗位 as wide as their values, as on the ranking tab (a branch-level row's 姓名 is a 支行's name).
  const who = whoWidths(
    rows.map((row) => row.row),
    WIDTHS
  );
  const widths = oneLineHeaders(header, headerWidths(header, who.widths, { lines: 2, max: 14 }));
  const score = scoreFormat(context.loaded.template.precision);
  const rankFormat = context.method === "average" ? "0.0" : "0";
  const title = calibrationTitle("sheet.calibrated.title", context, say);
  const line = calibrationProvenanceLine(context, say);
  const layout = tableLayout(header, widths, WHO, say("sheet.confidential"), { title, line });
  const C = CALIBRATED_COLUMN;
  // Ranks and grades centred with their headers, as on the ranking tab (1上海分行, 108.70优秀 otherwise).
  const centred = new Set<number>([
    C.overall,
    C.rank,
    C.grade,
    C.calibratedGrade,
    C.inPost,
    C.inBranch,
  ]);
  const align = (cell: OutCell, c: number): OutCell =>
    centred.has(c) ? { ...cell, align: "center" } : cell;
  const table: OutCell[][] = [
    [{ value: title, bold: true, size: 16, wrap: true }],
    [{ value: line, wrap: true }],
    headerCells(header).map(align),
  ];
  const rowHeights = { ...layout.rowHeights };
  // Shared, frozen cells (see cellPool): ranks, grades, scores, groups and branches repeat down 100,000
  // rows, and a cell made for each would be millions of objects for the collector.
  const plain = cellPool();
  const middle = cellPool({ align: "center" });
  const cellOf = (c: number, value: number | string | null) =>
    centred.has(c) ? middle(value) : plain(value);
  for (const row of rows) {
    const cells = new Array<OutCell>(header.length);
    cells[C.overall] = cellOf(C.overall, row.calibratedRank.overall);
    // 工号 and 姓名 hardly repeat: made for the row, not kept in a pool.
    eachWho(row.row, (value, c) => {
      cells[c] = c === C.id || c === C.name ? { value: value ?? null } : cellOf(c, value ?? null);
    });
    cells[C.group] = cellOf(C.group, groupName(say, row.group));
    cells[C.composite] = cellOf(C.composite, row.composite);
    cells[C.rank] = cellOf(C.rank, row.rank.overall);
    cells[C.grade] = cellOf(C.grade, row.grade);
    cells[C.calibrated] = cellOf(C.calibrated, row.calibrated);
    cells[C.calibratedGrade] = cellOf(C.calibratedGrade, row.calibratedGrade);
    cells[C.inPost] = cellOf(C.inPost, row.calibratedRank.post);
    cells[C.inBranch] = cellOf(C.inBranch, row.calibratedRank.branch);
    cells[C.delta] = cellOf(C.delta, row.deltaRank);
    // A name longer than its widest column wraps, in a row as tall as its lines (every cell wrapped, so
    // the row's values are centred with them).
    if (who.capped && whoWraps(row.row, widths)) {
      cells.forEach((cell, c) => (cells[c] = { ...cell, wrap: true }));
      rowHeights[table.length] = wrappedRowHeight(cells, widths, 8);
    }
    table.push(cells);
  }
  const first = CALIBRATED_HEADER_ROW + 1;
  const last = CALIBRATED_HEADER_ROW + rows.length;
  const lastColumn = columnLetters(header.length - 1);
  const ranks = new Set<number>([C.overall, C.rank, C.inPost, C.inBranch, C.delta]);
  const scores = new Set<number>([C.composite, C.calibrated]);
  return {
    name,
    rows: table,
    columns: widths.map((width, c) => ({
      width,
      ...(ranks.has(c) ? { format: rankFormat } : {}),
      ...(scores.has(c) ? { format: score } : {}),
    })),
    ...layout,
    rowHeights,
    freeze: { rows: CALIBRATED_HEADER_ROW, columns: 0 },
    filter: `A${CALIBRATED_HEADER_ROW}:${lastColumn}${Math.max(last, CALIBRATED_HEADER_ROW)}`,
    conditionalFormats: [
      ...gradeColours(context.loaded.template.grades, CALIBRATED_COLUMN.grade, first, last),
      ...gradeColours(
        context.loaded.template.grades,
        CALIBRATED_COLUMN.calibratedGrade,
        first,
        last
      ),
    ],
    print: layout.print && { ...layout.print, area: `A1:${lastColumn}${table.length}` },
    provenance: calibrationProvenance("calibratedRanking", context),
  };
}
