import type ExcelJS from "exceljs";
import { roundTo15Significant } from "../../core/util/excel-round";
import {
  excelText,
  inExcelRange,
  writableValidations,
  type OutCell,
  type SheetSpec,
  PRINT_MARGINS,
} from "../port";

/**
 * Writes a sheet spec into a workbook held by ExcelJS: only for workbooks the user opened and the add-in
 * adds sheets to (the pane without Excel), where the rest of the file must be kept. New workbooks are
 * written by `xlsx-write.ts`.
 */
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const fromSerial = (serial: number) => new Date(EXCEL_EPOCH + serial * MS_PER_DAY);

export async function fillSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec): Promise<void> {
  spec.columns?.forEach((column, c) => {
    const target = sheet.getColumn(c + 1);
    if (column.width) target.width = column.width;
    if (column.hidden) target.hidden = true;
    // A column's format is set once on the column: cells created after it share the column's style.
    if (column.format) target.numFmt = column.format;
  });
  spec.rows.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((out, c) => {
      // A blank cell with no look of its own is not written at all: large sheets are mostly blanks.
      if (
        !out ||
        (out.value === null &&
          !out.bold &&
          !out.fill &&
          !out.unlocked &&
          !out.wrap &&
          !out.size &&
          !out.align)
      )
        return;
      const cell = row.getCell(c + 1);
      writeCell(cell, out, spec.columns?.[c]?.format);
    });
  });
  if (spec.hidden) sheet.state = "hidden";
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRow(Number(row) + 1).height = height;
  if (spec.freeze)
    sheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  if (spec.filter) sheet.autoFilter = spec.filter;
  for (const validation of writableValidations(spec.validations)) {
    const common = {
      allowBlank: true,
      showInputMessage: Boolean(validation.prompt),
      prompt: validation.prompt,
      showErrorMessage: true,
      error: validation.error,
      errorStyle: validation.kind === "list" && validation.alert === "warning" ? "warning" : "stop",
    };
    const rule: ExcelJS.DataValidation =
      validation.kind === "list"
        ? {
            ...common,
            type: "list",
            formulae: [`"${validation.values.map((v) => v.replace(/"/g, '""')).join(",")}"`],
          }
        : {
            ...common,
            type: validation.kind,
            operator: "between",
            formulae: [validation.min ?? -1e15, validation.max ?? 1e15],
          };
    (
      sheet as unknown as {
        dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
      }
    ).dataValidations.add(validation.range, rule);
  }
  for (const format of spec.conditionalFormats ?? []) {
    sheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          priority: 1,
          // Quotes doubled: a label can never become a live formula.
          formulae: [`"${format.equals.replace(/"/g, '""')}"`],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${format.fill}` } },
            font: format.font
              ? { color: { argb: `FF${format.font}` }, bold: true }
              : { bold: true },
          },
        },
      ],
    });
  }
  if (spec.print) {
    const print = spec.print;
    sheet.pageSetup = {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: PRINT_MARGINS,
      ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
      ...(print.repeatColumns ? { printTitlesColumn: print.repeatColumns } : {}),
      ...(print.area ? { printArea: print.area } : {}),
    };
    sheet.headerFooter = {
      oddHeader: print.header ? `&C${print.header.replace(/&/g, "&&")}` : "",
      oddFooter: "&C&P / &N",
    };
  }
  // ExcelJS breaks after a row: the row before the one that starts the page.
  for (const row of spec.pageBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
  if (spec.protect)
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      autoFilter: true,
      sort: true,
    });
}

function writeCell(cell: ExcelJS.Cell, out: OutCell, columnFormat: string | undefined): void {
  const value = out.value;
  if (value === null) cell.value = null;
  else if (typeof value === "object" && "formula" in value)
    cell.value = {
      formula: value.formula.replace(/^=/, ""),
      result:
        typeof value.result === "number"
          ? roundTo15Significant(value.result)
          : (value.result ?? undefined),
    } as ExcelJS.CellFormulaValue;
  else if (typeof value === "object" && "date" in value) cell.value = fromSerial(value.date);
  // No float noise: a number is stored with the 15 significant digits Excel shows.
  else if (typeof value === "number")
    cell.value = inExcelRange(value) ? roundTo15Significant(value) : { error: "#NUM!" };
  // Strings stay strings: ExcelJS writes them as text, so "=HYPERLINK(…)" or "+86…" never become formulas.
  else if (typeof value === "string") cell.value = excelText(value);
  else cell.value = value;
  if (out.format && out.format !== columnFormat) cell.numFmt = out.format;
  if (out.bold || out.size) cell.font = { bold: out.bold, ...(out.size ? { size: out.size } : {}) };
  if (out.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${out.fill}` } };
  if (out.unlocked) cell.protection = { locked: false };
  if (out.wrap || out.align)
    cell.alignment = {
      ...(out.wrap ? { wrapText: true, vertical: "middle" as const } : {}),
      ...(out.align ? { horizontal: out.align } : {}),
    };
}
