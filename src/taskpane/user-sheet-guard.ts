import type { Workbook } from "../workbook/port";
import type { Status } from "./use-task";

/**
 * Sheets the add-in must write under fixed names (权重模板, 汇总, 提交情况) are refused by the adapters when a
 * sheet of the user's own has that name. Said before writing, in the user's words, instead of as a failure.
 */
export async function userSheetInTheWay(
  book: Workbook,
  names: readonly string[]
): Promise<Status | null> {
  const snapshot = await book.read([]);
  const taken = snapshot.sheets.find((sheet) => !sheet.owned && names.includes(sheet.name));
  return taken ? { kind: "error", key: "ui.userSheet", params: { sheet: taken.name } } : null;
}
