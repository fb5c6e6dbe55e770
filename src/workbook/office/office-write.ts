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
  formatsOf,
  formulasOf,
  styleRectangles,
  TEXT_FORMAT,
  utf8Length,
  widthInPoints,
} from "./office-cells";
import { RequestBudget } from "./request-budget";

/** The add-in's own sheet protection: no password (so it can lift it to rewrite), filters and widths allowed. */
export const OWN_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowSort: true,
  allowFormatColumns: true,
};

/** A sheet's rows and last column (Excel 2007 and later). */
const EXCEL_ROWS = 1_048_576;
const EXCEL_LAST_COLUMN = "XFD";

/** Rows of a sheet go in blocks of at most this many bytes (the budget packs blocks into requests). */
const BLOCK_BYTES = 1_500_000;

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
 * the user's) and says it is unfinished to every reader.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  specs: readonly SheetSpec[]
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

  const budget = new RequestBudget(context, (first) => {
    context.application.suspendApiCalculationUntilNextSync();
    // Once a job: Microsoft warns that calling it request after request makes the window flicker.
    if (first) context.application.suspendScreenUpdatingUntilNextSync();
  });
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

/** The rows in blocks: number formats first (text cells as Text), then the values, then the styles. */
async function writeRows(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget,
  from: number
): Promise<boolean> {
  const width = sheetWidth(spec);
  const columnFormats = (spec.columns ?? []).map((column) => column.format);
  let formulas = false;
  let start = from;
  while (start < spec.rows.length) {
    let end = start;
    let bytes = 0;
    while (end < spec.rows.length && (end === start || bytes < BLOCK_BYTES)) {
      bytes += rowBytes(spec.rows[end], width);
      end++;
    }
    const rows = spec.rows.slice(start, end);
    const formats = formatsOf(rows, width, columnFormats);
    const values = formulasOf(rows, width);
    const styles = styleRectangles(rows, start);
    await budget.spend(4 + styles.length * 6, formats, values, styles);
    const range = sheet.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = formats;
    range.formulas = values;
    for (const { row, column, rows: height, columns, style } of styles) {
      const cells = sheet.getRangeByIndexes(row, column, height, columns);
      if (style.bold) cells.format.font.bold = true;
      if (style.fill) cells.format.fill.color = `#${style.fill}`;
      if (style.wrap) cells.format.wrapText = true;
      if (style.align) cells.format.horizontalAlignment = "Right";
      if (style.unlocked) cells.format.protection.locked = false;
      if (style.size) cells.format.font.size = style.size;
    }
    formulas ||= rows.some((cells) =>
      cells.some(
        (cell) => typeof cell?.value === "object" && cell.value !== null && "formula" in cell.value
      )
    );
    start = end;
  }
  return formulas;
}

function rowBytes(cells: SheetSpec["rows"][number], width: number): number {
  let bytes = width * 12; // each cell's number format and separators
  for (const cell of cells) {
    const value = cell?.value;
    if (typeof value === "string") bytes += utf8Length(value) + 4;
    else if (value && typeof value === "object" && "formula" in value)
      bytes += utf8Length(value.formula) + 4;
    else bytes += 24;
  }
  return bytes;
}

/** Widths, panes, filter, validations, conditional formats, print set-up, protection, activation. */
async function finishSheet(
  sheet: Excel.Worksheet,
  spec: SheetSpec,
  budget: RequestBudget
): Promise<void> {
  const columns = spec.columns ?? [];
  const heights = Object.entries(spec.rowHeights ?? {});
  await budget.spend(columns.length * 4 + heights.length * 3);
  columns.forEach((column, c) => {
    const range = sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`);
    if (column.width) range.format.columnWidth = widthInPoints(column.width);
    if (column.hidden) range.columnHidden = true;
  });
  await budget.spend((spec.merges ?? []).length * 2, spec.merges ?? []);
  for (const range of spec.merges ?? []) sheet.getRange(range).merge(false);
  for (const [row, height] of heights)
    sheet.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = height;
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
  if (spec.print) {
    const print = spec.print;
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
    layout.headersFooters.defaultForAllPages.centerHeader = (print.header ?? "").replace(
      /&/g,
      "&&"
    );
    layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
  }
  const breaks = (spec.pageBreaks ?? []).filter((row) => row > 0);
  await budget.spend(breaks.length * 2);
  // Office.js puts a break before the range's top-left cell.
  for (const row of breaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  if (spec.protect) sheet.protection.protect(OWN_PROTECTION);
  if (spec.hidden) sheet.visibility = Excel.SheetVisibility.hidden;
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
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows;
  place.rows = height;
}
