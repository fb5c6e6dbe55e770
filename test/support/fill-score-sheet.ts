import type ExcelJS from "exceljs";
import { indicatorColumns, SCORE_SHEET } from "../../src/jobs/assessment/score-sheet";
import type { LoadedTemplate } from "../../src/core/template/parse-template";
import { columnLetters } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

export type FilledRow = {
  branch?: string;
  department?: string;
  id: string | number;
  name?: string;
  post: string;
  values: Record<string, ExcelJS.CellValue>;
};

/** Fills the generated score sheet the way a manager would (from row 4), and returns the reopened file. */
export async function fillScoreSheet(
  book: XlsxWorkbook,
  loaded: LoadedTemplate,
  rows: FilledRow[],
  startRow = 4
): Promise<XlsxWorkbook> {
  const sheet = (await book.model()).getWorksheet(SCORE_SHEET)!;
  const columns = indicatorColumns(loaded.template);
  rows.forEach((row, k) => {
    const r = sheet.getRow(startRow + k);
    r.getCell(1).value = row.branch ?? null;
    r.getCell(2).value = row.department ?? null;
    r.getCell(3).value = row.id;
    r.getCell(4).value = row.name ?? null;
    r.getCell(5).value = row.post;
    columns.forEach((indicator, c) => {
      if (indicator.id in row.values) r.getCell(6 + c).value = row.values[indicator.id];
    });
  });
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

/** The column letter of an indicator in the generated score sheet. */
export function columnOf(loaded: LoadedTemplate, indicatorId: string): string {
  return columnLetters(
    5 + indicatorColumns(loaded.template).findIndex((indicator) => indicator.id === indicatorId)
  );
}
