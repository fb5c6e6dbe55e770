import {
  columnLetters,
  PRINT_MARGINS,
  writableValidations,
  WorkbookRefusal,
  type Registry,
  type SheetSpec,
} from "../port";
import {
  liveRegistry,
  parseRegistry,
  REGISTRY_SHEET,
  registryRows,
  completed,
  writingEntry,
} from "../registry-sheet";
import {
  formatPlan,
  formulasOf,
  jsonBytes,
  styleRectangles,
  TEXT_FORMAT,
  widthInPoints,
} from "./office-cells";
import { CALL_BYTES, REQUEST_LIMIT, RequestBudget } from "./request-budget";

/** The port's alignments as Excel.HorizontalAlignment spells them. */
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;

/** The add-in's own sheet protection: no password (so it can lift it to rewrite), filters and widths allowed. */
export const OWN_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
};

/** A sheet's rows and last column (Excel 2007 and later). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_LAST_COLUMN = "XFD";

/** Excel limits the length of a multi-area address: equal styles and row heights go this many areas a call. */
const AREAS_PER_CALL = 100;
/** A block of values fills the request being queued, unless less than this is left (then it starts the next). */
const MIN_BLOCK_BYTES = 64_000;

type Target = {
  spec: SheetSpec;
  sheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  charts: Excel.ChartCollection;
  filter: Excel.AutoFilter;
};

/** The registry sheet as the first sync found it: how many rows it holds (a rewrite covers them all). */
type RegistryPlace = { sheet: Excel.Worksheet; rows: number; veryHidden: boolean };

/**
 * Writes the specs into the open workbook. The first sync sees what is there; an owned sheet is then
 * rewritten in place (its values written over, so its tab keeps its position and formulas pointing at it keep
 * working), a new one is added; the rows go in blocks, every call counted against the 5 MB request limit.
 * The registry sheet is very hidden, which Excel cannot delete: it is rewritten in place too.
 *
 * Excel's requests are not a transaction: a job of fifty requests can stop at any of them (a network failure
 * on Excel on the web, a closed pane), and Excel keeps what ran before the failure. So the first request
 * records every target in the registry as being written, before anything of it is touched, and the last
 * records them complete: a sheet left half written is the add-in's (the next run rewrites it, never taken for
 * the user's) and says it is unfinished to every reader. `limit` is the request budget: REQUEST_LIMIT, smaller
 * only in tests.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[],
  limit = REQUEST_LIMIT
): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const registrySheet = sheets.getItemOrNullObject(REGISTRY_SHEET);
  registrySheet.load("visibility");
  const registryRange = registrySheet.getUsedRangeOrNullObject(true);
  registryRange.load("values,rowIndex");
  const targets: Target[] = specs.map((spec) => {
    const sheet = sheets.getItemOrNullObject(spec.name);
    // Navigation properties, each loaded on the next line (the lint rule cannot tell them from values).
    /* eslint-disable office-addins/call-sync-before-read */
    const protection = sheet.protection;
    protection.load("protected,options");
    const charts = sheet.charts;
    charts.load("items/name");
    const filter = sheet.autoFilter;
    filter.load("enabled");
    /* eslint-enable office-addins/call-sync-before-read */
    return { spec, sheet, protection, charts, filter };
  });
  await context.sync();

  const existing = sheets.items.map((sheet) => sheet.name);
  const registry: Registry = registryRange.isNullObject
    ? {}
    : liveRegistry(parseRegistry(registryRange.values), existing);
  for (const { spec, sheet } of targets)
    if (!sheet.isNullObject && !(spec.name in registry))
      throw new WorkbookRefusal("userSheet", spec.name);

  const lifted = targets.filter((t) => !t.sheet.isNullObject && t.protection.protected);
  await checkProtection(context, lifted);

  const budget = new RequestBudget(
    context,
    (first) => {
      context.application.suspendApiCalculationUntilNextSync();
      // Once a job: Microsoft warns that calling it request after request makes the window flicker.
      if (first) context.application.suspendScreenUpdatingUntilNextSync();
    },
    limit
  );
  const place: RegistryPlace = {
    sheet: registrySheet,
    rows: registryRange.isNullObject ? 0 : registryRange.rowIndex + registryRange.values.length,
    veryHidden: !registrySheet.isNullObject && registrySheet.visibility === "VeryHidden",
  };

  // Before anything of the targets is touched: each is the add-in's, being written.
  const writing: Registry = { ...registry };
  for (const { spec, sheet } of targets)
    writing[spec.name] = writingEntry(
      registry[spec.name],
      spec.provenance,
      sheet.isNullObject ? undefined : spec.keepRows
    );
  await writeRegistry(context, place, writing, registrySheet.isNullObject, budget);

  await budget.spend(lifted.length);
  for (const { protection } of lifted) protection.unprotect();

  let formulas = false;
  let activated: Excel.Worksheet | null = null;
  for (const target of targets) {
    await budget.spend(3);
    const sheet = target.sheet.isNullObject ? sheets.add(target.spec.name) : target.sheet;
    if (target.spec.activate) activated = sheet;
    // Hidden once another sheet is there: a new workbook's only sheet may not be hidden. A run stopped
    // before this leaves it visible, and the next run hides it.
    hideRegistry(place);
    // An append-only sheet keeps its whole rows in place; any other has its values written over.
    const kept = target.sheet.isNullObject ? 0 : (target.spec.keepRows ?? 0);
    if (!target.sheet.isNullObject) await clearOwnSheet(sheet, target, budget, kept);
    formulas = (await writeRows(sheet, target.spec, budget, kept)) || formulas;
    if (!target.sheet.isNullObject) await trimOwnSheet(sheet, target.spec, budget);
    await finishSheet(sheet, target.spec, budget);
    registry[target.spec.name] = completed(target.spec.provenance);
  }

  await writeRegistry(context, place, registry, false, budget);
  // The tab to bring to the front, last of the last request: a job stopped before it leaves the active tab
  // (another period's ranking, a user's sheet) as it was.
  if (activated) activated.activate();
  await budget.flush();
  if (formulas) {
    // Calculation was suspended while writing: the live formulas are calculated now, once.
    context.application.calculate(Excel.CalculationType.recalculate);
    await context.sync();
  }
}

/**
 * Every protected target is checked before any is lifted: each is unprotected and protected again as it was,
 * in one request. A password makes that request fail at its sheet, and what ran before it put every earlier
 * sheet back; only then is each tried on its own, to name the sheet in the refusal.
 */
async function checkProtection(context: Excel.RequestContext, targets: Target[]): Promise<void> {
  if (targets.length === 0) return;
  const tryLift = (target: Target) => {
    target.protection.unprotect();
    target.protection.protect(target.protection.options);
  };
  targets.forEach(tryLift);
  try {
    await context.sync();
    return;
  } catch (error) {
    for (const target of targets) {
      tryLift(target);
      try {
        await context.sync(); // eslint-disable-line office-addins/no-context-sync-in-loop -- a refusal names its sheet
      } catch {
        throw new WorkbookRefusal("protectedSheet", target.spec.name);
      }
    }
    throw error;
  }
}

/**
 * Readies one of the add-in's own sheets for its new content without deleting it: its looks, rules, charts
 * and panes go (below its first `kept` rows), but not its values. They are written over, and what the new
 * content does not cover is cleared after (trimOwnSheet): stopped at any request, every cell holds its old
 * value or its new one, so a register a user filled in loses nothing.
 */
async function clearOwnSheet(
  sheet: Excel.Worksheet,
  { charts, filter }: Target,
  budget: RequestBudget,
  kept: number
): Promise<void> {
  await budget.spend(8 + charts.items.length * 2);
  for (const chart of charts.items) chart.delete();
  sheet.freezePanes.unfreeze();
  if (filter.enabled) sheet.autoFilter.remove();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  (kept > 0 ? sheet.getRange(`${kept + 1}:${EXCEL_ROWS}`) : all).clear(Excel.ClearApplyTo.formats);
  sheet.horizontalPageBreaks.removePageBreaks();
  all.format.useStandardWidth = true;
}

/** Clears what an owned sheet held beyond its new content: the rows below it and the columns right of it. */
async function trimOwnSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget
): Promise<void> {
  await budget.spend(4);
  if (spec.rows.length < EXCEL_ROWS)
    sheet.getRange(`${spec.rows.length + 1}:${EXCEL_ROWS}`).clear(Excel.ClearApplyTo.all);
  const width = sheetWidth(spec);
  sheet.getRange(`${columnLetters(width)}:${EXCEL_LAST_COLUMN}`).clear(Excel.ClearApplyTo.all);
}

const sheetWidth = (spec: SheetSpec) => {
  let width = Math.max(1, spec.columns?.length ?? 0);
  for (const row of spec.rows) width = Math.max(width, row.length);
  return width;
};

/**
 * The rows from `from` on, into cells that are General (a new sheet, or rows whose formats were just
 * cleared): number formats first, so a text cell is Text before its value arrives and stays text; then the
 * styles; then the values, in blocks that fill each request.
 */
async function writeRows(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
  from: number
): Promise<boolean> {
  const width = sheetWidth(spec);
  const rows = from > 0 ? spec.rows.slice(from) : spec.rows;
  if (rows.length === 0) return false;
  const columnFormats = (spec.columns ?? []).map((column) => column.format);
  // A matrix of mixed formats goes in pieces that leave room in a request.
  const plan = formatPlan(rows, from, width, columnFormats, budget.limit / 4);
  await writeFormats(sheet, plan, budget);
  await writeStyles(sheet, styleRectangles(rows, from), budget);
  return writeValues(sheet, spec.rows, from, width, budget);
}

/**
 * One number format for every cell of a bounded range. Office.js types `numberFormat` as a matrix, but Excel
 * takes a single value for the whole range (Microsoft's "Update all cells in a range"; never on a whole
 * column or row, which Excel refuses).
 */
export function setEveryFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Formats as rectangles of equal format (one call each), and the mixed columns as matrices. */
async function writeFormats(
  sheet: Excel.Worksheet,
  { rectangles, matrices }: ReturnType<typeof formatPlan>,
  budget: RequestBudget
): Promise<void> {
  for (const { row, column, rows, columns, format } of rectangles) {
    await budget.spend(2, format);
    setEveryFormat(sheet.getRangeByIndexes(row, column, rows, columns), format);
  }
  for (const { row, column, formats } of matrices) {
    await budget.spend(2, formats);
    sheet.getRangeByIndexes(row, column, formats.length, formats[0].length).numberFormat = formats;
  }
}

/**
 * Styles as rectangles of equal style (a styled header is one range, 500 unlocked input rows one range); the
 * rectangles of one style go together as multi-area ranges (`getRanges("A1:F1,A9:F9")`, ExcelApi 1.9), a
 * feedback sheet's thousands of equal headers in a few calls.
 */
async function writeStyles(
  sheet: Excel.Worksheet,
  styles: ReturnType<typeof styleRectangles>,
  budget: RequestBudget
): Promise<void> {
  const byStyle = new Map<string, typeof styles>();
  for (const rectangle of styles) {
    const key = JSON.stringify(rectangle.style);
    const same = byStyle.get(key);
    if (same) same.push(rectangle);
    else byStyle.set(key, [rectangle]);
  }
  for (const group of byStyle.values())
    for (let k = 0; k < group.length; k += AREAS_PER_CALL) {
      const { style } = group[k];
      const address = group
        .slice(k, k + AREAS_PER_CALL)
        .map(areaAddress)
        .join(",");
      await budget.spend(6, style, address);
      const cells = sheet.getRanges(address);
      if (style.bold) cells.format.font.bold = true;
      if (style.fill) cells.format.fill.color = `#${style.fill}`;
      if (style.wrap) cells.format.wrapText = true;
      if (style.align) cells.format.horizontalAlignment = HORIZONTAL[style.align];
      if (style.unlocked) cells.format.protection.locked = false;
      if (style.size) cells.format.font.size = style.size;
    }
}

/** "B3:D7" for 0-based row and column, and a size. */
const areaAddress = (a: { row: number; column: number; rows: number; columns: number }) =>
  `${columnLetters(a.column)}${a.row + 1}:${columnLetters(a.column + a.columns - 1)}${a.row + a.rows}`;

/**
 * The values (formulas where a cell has one, text as text), each block of rows one call that fills what the
 * request being queued can still take, or the whole of the next request when little is left.
 */
async function writeValues(
  sheet: Excel.Worksheet,
  rows: SheetSpec["rows"],
  from: number,
  width: number,
  budget: RequestBudget
): Promise<boolean> {
  let formulas = false;
  let start = from;
  while (start < rows.length) {
    const room = budget.room() - 3 * CALL_BYTES;
    const target = room < MIN_BLOCK_BYTES ? budget.limit - 3 * CALL_BYTES : room;
    const values: (string | number | boolean)[][] = [];
    let bytes = 2;
    let end = start;
    while (end < rows.length) {
      const [row] = formulasOf([rows[end]], width);
      const rowBytes = jsonBytes(row) + 1;
      if (values.length > 0 && bytes + rowBytes > target) break;
      values.push(row);
      bytes += rowBytes;
      end++;
    }
    await budget.spend(2, values);
    sheet.getRangeByIndexes(start, 0, end - start, width).formulas = values;
    for (let r = start; r < end && !formulas; r++)
      formulas = rows[r].some(
        (cell) => typeof cell?.value === "object" && cell.value !== null && "formula" in cell.value
      );
    start = end;
  }
  return formulas;
}

/** Widths, panes, filter, validations, conditional formats, print set-up, protection, activation. */
async function finishSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget
): Promise<void> {
  const columns = spec.columns ?? [];
  await budget.spend(columns.length * 4);
  columns.forEach((column, c) => {
    const range = sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`);
    if (column.width) range.format.columnWidth = widthInPoints(column.width);
    if (column.hidden) range.columnHidden = true;
  });
  // Each counted on its own: a feedback sheet of 100,000 pages has as many merges and heights.
  for (const range of spec.merges ?? []) {
    await budget.spend(2, range);
    sheet.getRange(range).merge(false);
  }
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    const rows = byHeight.get(height);
    if (rows) rows.push(Number(row) + 1);
    else byHeight.set(height, [Number(row) + 1]);
  }
  for (const [height, rows] of byHeight)
    for (let k = 0; k < rows.length; k += AREAS_PER_CALL) {
      const address = rows
        .slice(k, k + AREAS_PER_CALL)
        .map((row) => `${row}:${row}`)
        .join(",");
      await budget.spend(3, address);
      sheet.getRanges(address).format.rowHeight = height;
    }
  await budget.spend(4, spec.filter ?? null);
  if (spec.freeze) {
    // freezeRows and freezeColumns each replace the frozen panes: both at once is freezeAt.
    const { rows, columns: frozenColumns } = spec.freeze;
    if (rows > 0 && frozenColumns > 0)
      sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, frozenColumns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (frozenColumns > 0) sheet.freezePanes.freezeColumns(frozenColumns);
  }
  if (spec.filter) sheet.autoFilter.apply(sheet.getRange(spec.filter));
  for (const v of writableValidations(spec.validations)) {
    await budget.spend(6, v);
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
        style:
          v.kind === "list" && v.alert === "warning"
            ? Excel.DataValidationAlertStyle.warning
            : Excel.DataValidationAlertStyle.stop,
        title: "",
      };
    if (v.prompt) range.dataValidation.prompt = { message: v.prompt, showPrompt: true, title: "" };
  }
  for (const f of spec.conditionalFormats ?? []) {
    await budget.spend(8, f);
    const format = sheet
      .getRange(f.range)
      .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    format.cellValue.format.fill.color = `#${f.fill}`;
    if (f.font) format.cellValue.format.font.color = `#${f.font}`;
    format.cellValue.rule = {
      formula1: `="${f.equals.replace(/"/g, '""')}"`,
      operator: Excel.ConditionalCellValueOperator.equalTo,
    };
  }
  await budget.spend(20, spec.print ?? null);
  if (spec.print) printSetup(sheet, spec.print);
  // Office.js puts a break before the range's top-left cell.
  for (const row of (spec.pageBreaks ?? []).filter((row) => row > 0)) {
    await budget.spend(2);
    sheet.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (spec.protect) sheet.protection.protect(OWN_PROTECTION);
  if (spec.hidden) sheet.visibility = Excel.SheetVisibility.hidden;
}

/** Page set-up: A4, orientation, fit to width, margins, repeated titles, print area, header and footer. */
function printSetup(sheet: Excel.Worksheet, print: NonNullable<SheetSpec["print"]>): void {
  const layout = sheet.pageLayout;
  layout.orientation =
    print.orientation === "landscape"
      ? Excel.PageOrientation.landscape
      : Excel.PageOrientation.portrait;
  layout.paperSize = Excel.PaperType.a4;
  layout.zoom = print.fitToWidth
    ? { horizontalFitToPages: 1, verticalFitToPages: 0 }
    : { scale: 100 };
  // Office.js takes margins in points.
  layout.leftMargin = PRINT_MARGINS.left * 72;
  layout.rightMargin = PRINT_MARGINS.right * 72;
  layout.topMargin = PRINT_MARGINS.top * 72;
  layout.bottomMargin = PRINT_MARGINS.bottom * 72;
  layout.headerMargin = PRINT_MARGINS.header * 72;
  layout.footerMargin = PRINT_MARGINS.footer * 72;
  if (print.repeatRows) layout.setPrintTitleRows(absolute(print.repeatRows));
  if (print.repeatColumns) layout.setPrintTitleColumns(absolute(print.repeatColumns));
  if (print.area) layout.setPrintArea(print.area);
  layout.headersFooters.defaultForAllPages.centerHeader = (print.header ?? "").replace(/&/g, "&&");
  layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
}

/** "1:3" → "$1:$3", "A:E" → "$A:$E". */
const absolute = (span: string) =>
  span
    .split(":")
    .map((part) => `$${part}`)
    .join(":");

function hideRegistry(place: RegistryPlace): void {
  if (place.veryHidden) return;
  place.sheet.visibility = Excel.SheetVisibility.veryHidden;
  place.veryHidden = true;
}

/**
 * The registry, in place: one row per owned sheet that still exists, names and JSON written as Text. The rows
 * go in one call that also blanks the rows of a longer registry before it: never cleared first, so no failure
 * between two calls can leave the registry empty.
 */
async function writeRegistry(
  context: Excel.RequestContext,
  place: RegistryPlace,
  registry: Registry,
  create: boolean,
  budget: RequestBudget
): Promise<void> {
  const rows = registryRows(registry);
  const height = Math.max(rows.length, place.rows);
  while (rows.length < height) rows.push(["", ""]);
  await budget.spend(8, rows);
  if (create) place.sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
  const range = place.sheet.getRangeByIndexes(0, 0, height, 2);
  setEveryFormat(range, TEXT_FORMAT);
  range.values = rows;
  place.rows = height;
}
