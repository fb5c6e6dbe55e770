import { groupingColumns } from "../../../jobs/calibration/calibrate-job";
import { dataSheets } from "../../../jobs/assessment/score-data";
import { TEMPLATE_SHEET } from "../../../jobs/shared/template-sheet";
import type { Workbook } from "../../../workbook/port";
import { periodsOf } from "../appeals/ranking-periods";

/** What the 校准 part offers: the periods of the published ranking tabs, and the columns that can group rows. */
export type CalibrateChoices = { periods: string[]; columns: string[] };

/**
 * The workbook's ranking periods (oldest first) and its score data's grouping columns (机构 and 部门 first).
 * Only what the columns come from is read: the template and the first score data sheet there is (not the
 * log, nor the other data sheets). Nothing is written; a workbook without them gives empty lists.
 */
export async function calibrateChoices(book: Workbook): Promise<CalibrateChoices> {
  const listed = await book.read([]);
  const present = new Set(listed.sheets.map((sheet) => sheet.name));
  const data = dataSheets(listed).find((name) => present.has(name));
  const snapshot = await book.read([TEMPLATE_SHEET, ...(data ? [data] : [])]);
  return { periods: periodsOf(listed), columns: groupingColumns(snapshot) };
}
