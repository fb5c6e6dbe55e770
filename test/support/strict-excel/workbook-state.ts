/* What a user (and every job after) sees of a workbook held by the strict fake, to compare two workbooks:
 * each sheet's cells, looks, rules and set-up, but not how they got there (the order of format calls, ids). */
import { parseRegistry, REGISTRY_SHEET } from "../../../src/workbook/registry-sheet";
import type { Registry } from "../../../src/workbook/port";
import type { FakeSheet } from "./model";
import { StrictExcel } from "./strict-excel";

/** A copy of the workbook, as independent of it as a second file. */
export function copyOf(excel: StrictExcel): StrictExcel {
  const copy = new StrictExcel();
  copy.sheets = structuredClone(excel.sheets);
  return copy;
}

/** One sheet as it looks: cells with anything in them, by address, and its sheet-wide settings. */
export function sheetState(sheet: FakeSheet): unknown {
  const cells: Record<string, unknown> = {};
  const rows = Math.max(sheet.values.length, sheet.formulas.length, sheet.formats.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(
      sheet.values[r]?.length ?? 0,
      sheet.formulas[r]?.length ?? 0,
      sheet.formats[r]?.length ?? 0
    );
    for (let c = 0; c < width; c++) {
      const value = sheet.values[r]?.[c] ?? "";
      const formula = sheet.formulas[r]?.[c];
      const format = sheet.formats[r]?.[c] ?? "General";
      if (value === "" && formula === undefined && format === "General") continue;
      cells[`${r},${c}`] = [value, sheet.types[r]?.[c], formula ?? null, format];
    }
  }
  // Each cell's looks as the last call that set them (Excel's "later calls win"); whole columns and rows
  // are looked at as far as the sheet has cells.
  const looks: Record<string, unknown> = {};
  for (const call of sheet.formatCalls) {
    for (let r = call.area.r0; r <= Math.min(call.area.r1, rows); r++)
      for (let c = call.area.c0; c <= Math.min(call.area.c1, 64); c++)
        looks[`${r},${c},${call.property}`] = call.value;
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    looks,
    columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
    conditionalFormats: sheet.conditionalFormats.map(
      ({ type, range, formula, fill, font, rule }) => ({
        type,
        range,
        formula,
        fill,
        font,
        rule,
      })
    ),
    validations: sheet.validations,
    protection: sheet.protection,
    freeze: sheet.freeze,
    autoFilter: sheet.autoFilter,
    merges: sheet.merges,
    charts: sheet.charts,
    pageLayout: sheet.pageLayout,
    pageBreaks: [...sheet.pageBreaks].sort((a, b) => a - b),
    activated: sheet.activated,
    stale: [...sheet.stale].sort(),
  };
}

/** The whole workbook, sheets in tab order. */
export function workbookState(excel: StrictExcel): unknown[] {
  return excel.sheets.map(sheetState);
}

/** The registry as the add-in reads it back (null: its sheet is gone or holds no header). */
export function registryOf(excel: StrictExcel): Registry | null {
  const sheet = excel.sheet(REGISTRY_SHEET);
  if (!sheet || sheet.values[0]?.[0] !== "sheet") return null;
  return parseRegistry(sheet.values);
}

/** Each sheet as text, in tab order: comparing text is fast where deep equality of 10,000 rows is not. */
export const workbookText = (excel: StrictExcel): string[] =>
  excel.sheets.map((sheet) => JSON.stringify(sheetState(sheet)));

/** Where a workbook differs from one seen before (null: nowhere): the first differing sheet, parsed back. */
export function firstDifference(
  actual: StrictExcel,
  expected: readonly string[]
): unknown[] | null {
  const text = workbookText(actual);
  if (text.length !== expected.length)
    return [
      actual.sheets.map((sheet) => sheet.name),
      expected.map((sheet) => (JSON.parse(sheet) as { name: string }).name),
    ];
  for (let k = 0; k < text.length; k++)
    if (text[k] !== expected[k]) return [JSON.parse(text[k]), JSON.parse(expected[k])];
  return null;
}
