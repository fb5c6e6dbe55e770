import {
  columnLetters,
  type Registry,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../port";
import { parseRegistry, REGISTRY_SHEET, registryRows } from "../registry-sheet";
import {
  asText,
  formatsOf,
  formulasOf,
  gridFromRange,
  rowBlocks,
  widthInPoints,
} from "./office-cells";

/** Runs a batch against Excel: `Excel.run` in the add-in, a mock context in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

/**
 * The Workbook port over the open workbook, through Office.js. A read is one `context.sync()`; a write is one
 * sync to see which sheets exist and which the add-in owns, then one per block of rows (blocks keep each
 * request under Excel on the web's 5 MB limit; most writes are one block).
 */
export class OfficeWorkbook implements Workbook {
  /** Ids of the add-in's own highlight formats per sheet, found by the last read (so that replacing them
   *  needs no read of its own). */
  private highlightIds = new Map<string, string[]>();

  constructor(private readonly run: ExcelRunner = excelRun) {}

  read(names: readonly string[]): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const registryRange = sheets
        .getItemOrNullObject(REGISTRY_SHEET)
        .getUsedRangeOrNullObject(true);
      registryRange.load("values");
      const ranges = names.map((name) => {
        const range = sheets.getItemOrNullObject(name).getUsedRangeOrNullObject();
        range.load("values,valueTypes,numberFormat,rowIndex,columnIndex");
        // The conditional formats over the data, to find the add-in's own highlights in the same round trip.
        // (A navigation property: nothing is read from the range here.)
        // eslint-disable-next-line office-addins/call-sync-before-read
        const formats = range.conditionalFormats;
        formats.load("items/id,items/type,items/custom/rule/formula");
        return { name, range, formats };
      });
      await context.sync();

      for (const { name, range, formats } of ranges) {
        if (range.isNullObject) continue;
        this.highlightIds.set(
          name,
          formats.items
            .filter(
              (format) =>
                format.type === Excel.ConditionalFormatType.custom &&
                format.custom.rule.formula.includes(HIGHLIGHT_MARK)
            )
            .map((format) => format.id)
        );
      }

      const registry = registryRange.isNullObject ? {} : parseRegistry(registryRange.values);
      const grids = new Map();
      const existing = sheets.items.map((sheet) => sheet.name);
      for (const { name, range } of ranges) {
        if (!existing.includes(name)) continue;
        grids.set(
          name,
          range.isNullObject
            ? { name, rows: [] }
            : gridFromRange(
                name,
                { row: range.rowIndex, column: range.columnIndex },
                range.values,
                range.valueTypes as string[][],
                range.numberFormat as string[][]
              )
        );
      }
      return {
        sheets: existing
          .filter((name) => name !== REGISTRY_SHEET)
          .map((name) => ({ name, owned: name in registry })),
        grids,
        registry,
      };
    });
  }

  write(specs: readonly SheetSpec[]): Promise<void> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const registrySheet = sheets.getItemOrNullObject(REGISTRY_SHEET);
      const registryRange = registrySheet.getUsedRangeOrNullObject(true);
      registryRange.load("values");
      await context.sync();

      const registry: Registry = registryRange.isNullObject
        ? {}
        : parseRegistry(registryRange.values);
      const existing = new Set(sheets.items.map((sheet) => sheet.name));
      for (const spec of specs) {
        if (existing.has(spec.name) && !(spec.name in registry))
          throw new Error(`refusing to overwrite the user's sheet "${spec.name}"`);
      }
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();

      for (const spec of specs) {
        if (existing.has(spec.name)) sheets.getItem(spec.name).delete();
        const sheet = sheets.add(spec.name);
        const width = Math.max(1, ...spec.rows.map((row) => row.length), spec.columns?.length ?? 0);
        const columnFormats = (spec.columns ?? []).map((column) => column.format);
        const blocks = rowBlocks(spec.rows, width);
        for (let b = 0; b < blocks.length; b++) {
          const { start, end } = blocks[b];
          if (end > start) {
            const rows = spec.rows.slice(start, end);
            const range = sheet.getRangeByIndexes(start, 0, end - start, width);
            range.numberFormat = formatsOf(rows, width, columnFormats);
            range.formulas = formulasOf(rows, width);
            styleCells(sheet, rows, start);
          }
          // Large sheets: one request per block, so none passes the 5 MB limit. The last block goes with the rest.
          if (b < blocks.length - 1) await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop
        }
        finishSheet(sheet, spec);
        registry[spec.name] = spec.provenance;
      }

      if (!registrySheet.isNullObject) registrySheet.delete();
      const rows = registryRows(registry);
      const bookkeeping = sheets.add(REGISTRY_SHEET);
      bookkeeping.getRangeByIndexes(0, 0, rows.length, 2).values = rows.map((row) =>
        row.map(asText)
      );
      bookkeeping.visibility = Excel.SheetVisibility.veryHidden;
      await context.sync();
    });
  }

  /**
   * Marks the given cells (errors red, warnings yellow) with conditional formats the add-in owns, replacing its
   * earlier ones on that sheet; the user's own formats are untouched, and clearing ours restores their look.
   * One round trip: the earlier highlights were found by the read that validated the sheet.
   */
  highlight(
    sheetName: string,
    cells: { address: string; severity: "error" | "warning" }[]
  ): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, nothing is read
      const all = sheet.getRange().conditionalFormats;
      for (const id of this.highlightIds.get(sheetName) ?? []) all.getItemOrNullObject(id).delete();
      for (const severity of ["error", "warning"] as const) {
        const addresses = cells
          .filter((cell) => cell.severity === severity)
          .map((cell) => cell.address);
        // Excel limits the length of a multi-area address: highlight in chunks.
        for (let k = 0; k < addresses.length; k += 200) {
          const format = sheet
            .getRanges(addresses.slice(k, k + 200).join(","))
            .conditionalFormats.add(Excel.ConditionalFormatType.custom);
          format.custom.rule.formula = `=N("${HIGHLIGHT_MARK}")=0`;
          format.custom.format.fill.color = severity === "error" ? "#FFC7CE" : "#FFEB9C";
        }
      }
      await context.sync();
      this.highlightIds.delete(sheetName);
    });
  }
}

/** Marks the add-in's own conditional formats: their formula carries it, and nothing of the user's does. */
export const HIGHLIGHT_MARK = "bank-assess-highlight";

function styleCells(sheet: Excel.Worksheet, rows: SheetSpec["rows"], start: number): void {
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (!cell || !(cell.bold || cell.fill || cell.unlocked || cell.wrap)) return;
      const range = sheet.getCell(start + r, c);
      if (cell.bold) range.format.font.bold = true;
      if (cell.fill) range.format.fill.color = `#${cell.fill}`;
      if (cell.wrap) range.format.wrapText = true;
      if (cell.unlocked) range.format.protection.locked = false;
    });
  });
}

function finishSheet(sheet: Excel.Worksheet, spec: SheetSpec): void {
  spec.columns?.forEach((column, c) => {
    if (column.width)
      sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = widthInPoints(
        column.width
      );
  });
  if (spec.freeze) {
    if (spec.freeze.rows > 0) sheet.freezePanes.freezeRows(spec.freeze.rows);
    if (spec.freeze.columns > 0) sheet.freezePanes.freezeColumns(spec.freeze.columns);
  }
  if (spec.filter) sheet.autoFilter.apply(sheet.getRange(spec.filter));
  for (const v of spec.validations ?? []) {
    const range = sheet.getRange(v.range);
    range.dataValidation.rule =
      v.kind === "list"
        ? { list: { inCellDropDown: true, source: v.values.join(",") } }
        : {
            [v.kind === "whole" ? "wholeNumber" : "decimal"]: {
              operator: Excel.DataValidationOperator.between,
              formula1: v.min ?? -1e15,
              formula2: v.max ?? 1e15,
            },
          };
    if (v.error)
      range.dataValidation.errorAlert = {
        message: v.error,
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: "",
      };
    if (v.prompt) range.dataValidation.prompt = { message: v.prompt, showPrompt: true, title: "" };
  }
  for (const f of spec.conditionalFormats ?? []) {
    const format = sheet
      .getRange(f.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    format.cellValue.format.fill.color = `#${f.fill}`;
    if (f.font) format.cellValue.format.font.color = `#${f.font}`;
    format.cellValue.rule = {
      formula1: `="${f.equals}"`,
      operator: Excel.ConditionalCellValueOperator.equalTo,
    };
  }
  if (spec.print) {
    sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
    sheet.pageLayout.paperSize = Excel.PaperType.a4;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.repeatRows)
      sheet.pageLayout.setPrintTitleRows(`$${spec.print.repeatRows.replace(":", ":$")}`);
    sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = spec.print.header ?? "";
    sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
  }
  if (spec.protect)
    sheet.protection.protect({ allowAutoFilter: true, allowSort: true, allowFormatColumns: true });
  if (spec.activate) sheet.activate();
}
