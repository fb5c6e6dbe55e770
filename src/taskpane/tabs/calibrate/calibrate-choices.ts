import { calibrateSheetsToRead, groupingColumns } from "../../../jobs/calibration/calibrate-job";
import type { Workbook } from "../../../workbook/port";
import { periodsOf } from "../appeals/ranking-periods";

/** What the 校准 part offers: the periods of the published ranking tabs, and the columns that can group rows. */
export type CalibrateChoices = { periods: string[]; columns: string[] };

/**
 * The workbook's ranking periods (oldest first) and its score data's grouping columns (机构 and 部门 first).
 * Nothing is written; a workbook without them gives empty lists.
 */
export async function calibrateChoices(book: Workbook): Promise<CalibrateChoices> {
  const listed = await book.read([]);
  const snapshot = await book.read(calibrateSheetsToRead(listed));
  return { periods: periodsOf(listed), columns: groupingColumns(snapshot) };
}
