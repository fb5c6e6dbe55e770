import ExcelJS from "exceljs";
import { roundTo15Significant } from "../../core/util/excel-round";
import {
  EMPTY,
  type Cell,
  type Grid,
  type OutCell,
  type Registry,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
  PRINT_MARGINS,
  WorkbookRefusal,
} from "../port";
import { liveRegistry, parseRegistry, REGISTRY_SHEET, registryRows } from "../registry-sheet";

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const toSerial = (date: Date) => (date.getTime() - EXCEL_EPOCH) / MS_PER_DAY;
const fromSerial = (serial: number) => new Date(EXCEL_EPOCH + serial * MS_PER_DAY);

/** The Workbook port over an .xlsx file held in memory by ExcelJS (the CLI, the tests, files in the pane). */
export class XlsxWorkbook implements Workbook {
  private constructor(readonly book: ExcelJS.Workbook) {}

  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  static async fromBuffer(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(book);
  }

  async toBuffer(): Promise<Uint8Array> {
    return new Uint8Array(await this.book.xlsx.writeBuffer());
  }

  async read(names: readonly string[]): Promise<WorkbookSnapshot> {
    const registry = this.registry();
    const grids = new Map<string, Grid>();
    for (const name of names) {
      const sheet = this.book.getWorksheet(name);
      if (sheet) grids.set(sheet.name, gridOf(sheet));
    }
    const sheets = this.book.worksheets
      .filter((sheet) => sheet.name !== REGISTRY_SHEET)
      .map((sheet) => ({ name: sheet.name, owned: sheet.name in registry }));
    return { sheets, grids, registry };
  }

  async write(specs: readonly SheetSpec[]): Promise<void> {
    const registry = this.registry();
    // Every name checked before anything is written: a refusal leaves the workbook as it was.
    for (const spec of specs) {
      const existing = this.book.getWorksheet(spec.name);
      if (existing && !(existing.name in registry))
        throw new WorkbookRefusal("userSheet", spec.name);
    }
    for (const spec of specs) {
      const existing = this.book.getWorksheet(spec.name);
      if (existing) this.book.removeWorksheet(existing.id);
      const sheet = this.book.addWorksheet(spec.name);
      await fillSheet(sheet, spec);
      registry[spec.name] = spec.provenance;
      if (spec.activate)
        this.book.views = [
          {
            activeTab: this.book.worksheets.indexOf(sheet),
            x: 0,
            y: 0,
            width: 20000,
            height: 12000,
            firstSheet: 0,
            visibility: "visible",
          },
        ];
    }
    this.saveRegistry(registry);
  }

  private registry(): Registry {
    const sheet = this.book.getWorksheet(REGISTRY_SHEET);
    if (!sheet) return {};
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
    return liveRegistry(
      parseRegistry(rows),
      this.book.worksheets.map((s) => s.name)
    );
  }

  private saveRegistry(registry: Registry): void {
    const old = this.book.getWorksheet(REGISTRY_SHEET);
    if (old) this.book.removeWorksheet(old.id);
    const sheet = this.book.addWorksheet(REGISTRY_SHEET, { state: "veryHidden" });
    for (const row of registryRows(registry)) sheet.addRow(row);
  }
}

function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged range holds its value once, in its first cell (ExcelJS repeats it in the others).
      if (cell.isMerged && cell.master !== cell) return;
      cells[column - 1] = cellOf(cell);
    });
    for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = EMPTY;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  return { name: sheet.name, rows };
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const format = cell.numFmt || undefined;
  return valueOf(cell.value, format);
}

function valueOf(value: ExcelJS.CellValue, format: string | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number")
    return format ? { kind: "number", value, format } : { kind: "number", value };
  if (typeof value === "string") return value === "" ? EMPTY : { kind: "text", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) return { kind: "date", value: toSerial(value) };
  if (typeof value === "object") {
    if ("error" in value) return { kind: "error", value: String(value.error) };
    if ("richText" in value)
      return { kind: "text", value: value.richText.map((run) => run.text).join("") };
    if ("hyperlink" in value)
      return { kind: "text", value: String((value as { text?: unknown }).text ?? value.hyperlink) };
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return valueOf(result ?? null, format);
    }
  }
  return { kind: "text", value: String(value) };
}

async function fillSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec): Promise<void> {
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
        (out.value === null && !out.bold && !out.fill && !out.unlocked && !out.wrap && !out.size)
      )
        return;
      const cell = row.getCell(c + 1);
      writeCell(cell, out, spec.columns?.[c]?.format);
    });
  });
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {}))
    sheet.getRow(Number(row) + 1).height = height;
  if (spec.freeze)
    sheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  if (spec.filter) sheet.autoFilter = spec.filter;
  for (const validation of spec.validations ?? []) {
    const common = {
      allowBlank: true,
      showInputMessage: Boolean(validation.prompt),
      prompt: validation.prompt,
      showErrorMessage: true,
      error: validation.error,
      errorStyle: "stop",
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
          formulae: [`"${format.equals}"`],
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
  else if (typeof value === "number") cell.value = roundTo15Significant(value);
  // Strings stay strings: ExcelJS writes them as text, so "=HYPERLINK(…)" or "+86…" never become formulas.
  else cell.value = value;
  if (out.format && out.format !== columnFormat) cell.numFmt = out.format;
  if (out.bold || out.size) cell.font = { bold: out.bold, ...(out.size ? { size: out.size } : {}) };
  if (out.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${out.fill}` } };
  if (out.unlocked) cell.protection = { locked: false };
  if (out.wrap) cell.alignment = { wrapText: true, vertical: "middle" };
}
