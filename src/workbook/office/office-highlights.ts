import { HighlightsUnavailable, WorkbookRefusal, type Highlight } from "../port";
import { isPayloadTooLarge, RequestBudget } from "./request-budget";

/** Marks the add-in's own conditional formats: their formula carries it, and nothing of the user's does. */
export const HIGHLIGHT_MARK = "bank-assess-highlight";

/** One of the add-in's highlights (loaded with `items/customOrNullObject/rule/formula`). */
export const isOwnHighlight = (format: Excel.ConditionalFormat) =>
  !format.customOrNullObject.isNullObject &&
  format.customOrNullObject.rule.formula.includes(HIGHLIGHT_MARK);

const FILLS = { error: "#FFC7CE", warning: "#FFEB9C" } as const;
/** Excel limits the length of a multi-area address: cells are marked in groups. */
const CELLS_PER_FORMAT = 200;

/**
 * Replaces the add-in's highlights on a sheet with new ones (errors red, warnings yellow). The first sync finds
 * its own formats by their mark, among the sheet's formats of every type (`customOrNullObject`: a data bar of
 * the user's must not fail the read) and the sheet's protection. Conditional-format ids are priorities that
 * shift when a format is deleted or added: ours are deleted lowest priority first, before any is added, so
 * every id still names the format it named when read. A sheet the add-in protected itself is unprotected for
 * the change and protected again as it was; a sheet the user protected is left alone (WorkbookRefusal).
 */
export async function markCells(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly Highlight[],
  ownedByAddIn: boolean
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, nothing is read
  const all = sheet.getRange().conditionalFormats;
  all.load("items/id,items/customOrNullObject/rule/formula");
  // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- a navigation property, loaded on the next line
  const protection = sheet.protection;
  protection.load("protected,options");
  try {
    await context.sync();
  } catch (error) {
    // Excel's own bugs reading a user's formats (office-js#6827, #6835): the marks, not the check, are lost.
    if (isPayloadTooLarge(error)) throw error;
    throw new HighlightsUnavailable(sheetName);
  }

  const ours = all.items
    .filter(isOwnHighlight)
    .map((format) => Number(format.id))
    .sort((a, b) => b - a);
  if (ours.length === 0 && cells.length === 0) return;
  if (protection.protected && !ownedByAddIn) throw new WorkbookRefusal("protectedSheet", sheetName);

  const budget = new RequestBudget(context);
  const options = protection.protected ? protection.options : null;
  if (options) {
    // On its own: a password set by the user fails here, before anything is changed.
    protection.unprotect();
    try {
      await budget.flush();
    } catch {
      throw new WorkbookRefusal("protectedSheet", sheetName);
    }
  }
  for (const id of ours) {
    await budget.spend(3);
    all.getItem(String(id)).delete();
  }
  for (const severity of ["error", "warning"] as const) {
    const addresses = cells
      .filter((cell) => cell.severity === severity)
      .map((cell) => cell.address);
    for (let k = 0; k < addresses.length; k += CELLS_PER_FORMAT) {
      const group = addresses.slice(k, k + CELLS_PER_FORMAT).join(",");
      await budget.spend(8, group);
      const format = sheet
        .getRanges(group)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = `=N("${HIGHLIGHT_MARK}")=0`;
      format.custom.format.fill.color = FILLS[severity];
    }
  }
  if (options) protection.protect(options);
  await budget.flush();
}
