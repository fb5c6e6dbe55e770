import { groupingColumns, groupingSheets } from "../../../jobs/calibration/grouping";
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
  const snapshot = await book.read(groupingSheets(listed));
  return { periods: periodsOf(listed), columns: groupingColumns(snapshot) };
}
