/* A manager fills the generated 评分表 in Excel: values land in the strict fake as Excel types them. */
import type { LoadedTemplate } from "../../../src/core/template/parse-template";
import { indicatorColumns, SCORE_SHEET } from "../../../src/jobs/assessment/score-sheet";
import type { FilledRow } from "../fill-score-sheet";
import type { StrictExcel } from "./strict-excel";
import { retype } from "./retype";

export function fillByHand(
  excel: StrictExcel,
  loaded: LoadedTemplate,
  rows: readonly FilledRow[],
  firstRow = 3,
  sheetName = SCORE_SHEET
): void {
  const sheet = excel.sheet(sheetName);
  if (!sheet) throw new Error(`no ${sheetName} in the fake`);
  const columns = indicatorColumns(loaded.template);
  rows.forEach((row, k) => {
    const r = firstRow + k;
    const cells: unknown[] = [
      row.branch ?? null,
      row.department ?? null,
      row.id,
      row.name ?? null,
      row.post,
    ];
    columns.forEach((indicator) => cells.push(row.values[indicator.id] ?? null));
    cells.forEach((input, c) => {
      const stored = retype(input === null ? "" : input, sheet.formats[r]?.[c] ?? "General");
      (sheet.values[r] ??= [])[c] = stored.value;
      (sheet.types[r] ??= [])[c] = stored.type;
    });
  });
}
