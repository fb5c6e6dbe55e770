import { roundTo15Significant } from "../../core/util/excel-round";
import { isDateFormat } from "../number-format";
import { EMPTY, excelText, inExcelRange, type Cell, type Grid, type OutCell } from "../port";

/**
 * Conversions between Excel's range arrays (values, valueTypes, numberFormat) and the port's typed cells.
 * Pure functions: no Office.js object is touched here, so they are tested without a host.
 */

export function gridFromRange(
  name: string,
  origin: { row: number; column: number },
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
  formats: readonly (readonly string[])[]
): Grid {
  const rows: Cell[][] = [];
  for (let r = 0; r < origin.row; r++) rows.push([]);
  values.forEach((rowValues, r) => {
    const cells: Cell[] = new Array(origin.column).fill(EMPTY);
    rowValues.forEach((value, c) => cells.push(cellFrom(value, types[r]?.[c], formats[r]?.[c])));
    while (cells.length > 0 && cells[cells.length - 1].kind === "empty") cells.pop();
    rows.push(cells);
  });
  return { name, rows };
}

/** Excel's error values as `values` gives them: text typed the same way reads the same. */
const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/**
 * A cell's `valueTypes` entry as its value tells it (`values` gives numbers, booleans and strings as they are),
 * or null where only `valueTypes` can tell: the text of an error value, which a user may also have typed.
 */
export function typeOfValue(value: unknown): string | null {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "string") return ERROR_VALUE.test(value) ? null : "String";
  return null;
}

function cellFrom(value: unknown, type: string | undefined, format: string | undefined): Cell {
  switch (type) {
    case "Empty":
      return EMPTY;
    case "Double":
    case "Integer":
      if (typeof value !== "number") return EMPTY;
      if (isDateFormat(format)) return { kind: "date", value };
      return format && format !== "General"
        ? { kind: "number", value, format }
        : { kind: "number", value };
    case "Boolean":
      return { kind: "boolean", value: Boolean(value) };
    case "Error":
      return { kind: "error", value: String(value) };
    case "String":
      return String(value) === "" ? EMPTY : { kind: "text", value: String(value) };
    default:
      return value === "" || value === null || value === undefined
        ? EMPTY
        : { kind: "text", value: String(value) };
  }
}

/**
 * How text reaches a cell unchanged. Excel types what is written as if a user typed it (`001234` → 1234,
 * `1-2` → a date, `TRUE` → a boolean, `=…` → a formula) unless the cell's format is Text (`@`) or the text
 * starts with an apostrophe, the prefix Excel strips and keeps as "this is text". Text that starts with a
 * formula sign (or an apostrophe of its own) gets the apostrophe; any other text goes into a Text cell.
 */
const NEEDS_PREFIX = /^[=+\-@']/;
export const TEXT_FORMAT = "@";

/** What goes into `range.formulas` for a text cell. */
export function asText(text: string): string {
  return NEEDS_PREFIX.test(text) ? `'${text}` : text;
}

const isText = (value: OutCell["value"] | undefined): value is string => typeof value === "string";

/**
 * A formula as a user types it. Files need the `_xlfn.` prefix on newer functions (`_xlfn.RANK.EQ`), but
 * `range.formulas` takes what a user would type, where Excel does not know the prefixed name (#NAME?).
 */
export function typedFormula(formula: string): string {
  const bare = formula.replace(/_xl(fn|ws|pm)\./gi, "");
  return bare.startsWith("=") ? bare : `=${bare}`;
}

/** The `formulas` matrix of a block: formulas where the cell has one, constants elsewhere, text kept as text. */
export function formulasOf(
  rows: readonly OutCell[][],
  width: number
): (string | number | boolean)[][] {
  return rows.map((cells) => {
    const out: (string | number | boolean)[] = new Array(width).fill("");
    cells.forEach((cell, c) => {
      const v = cell?.value;
      if (v === null || v === undefined) out[c] = "";
      else if (typeof v === "object" && "formula" in v) out[c] = typedFormula(v.formula);
      else if (typeof v === "object" && "date" in v) out[c] = v.date;
      else if (isText(v)) out[c] = asText(excelText(v));
      // No float noise: a number goes with the 15 significant digits Excel shows; none past Excel's range.
      else if (typeof v === "number") out[c] = inExcelRange(v) ? roundTo15Significant(v) : "#NUM!";
      else out[c] = v;
    });
    return out;
  });
}

/** The number format a cell is written with: text cells are Text (unless they carry the apostrophe). */
export function cellFormat(cell: OutCell | undefined, columnFormat: string | undefined): string {
  const value = cell?.value;
  if (cell?.format) return cell.format;
  if (typeof value === "object" && value !== null && "date" in value) return "yyyy-mm-dd";
  if (isText(value)) return NEEDS_PREFIX.test(value) ? "General" : TEXT_FORMAT;
  return columnFormat ?? "General";
}

/** The `numberFormat` matrix of a block: text cells are Text (unless they carry the apostrophe). */
export function formatsOf(
  rows: readonly OutCell[][],
  width: number,
  columnFormats: readonly (string | undefined)[]
): string[][] {
  return rows.map((cells) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = cellFormat(cells[c], columnFormats[c]);
    return out;
  });
}

/** Cells that share a number format, set with one call (`range.numberFormat = "0.00"`). */
export type FormatRectangle = {
  row: number;
  column: number;
  rows: number;
  columns: number;
  format: string;
};
/** Columns too mixed for rectangles: their formats as a matrix, null where the cell stays General. */
export type FormatMatrix = { row: number; column: number; formats: (string | null)[][] };

/** What a rectangle's call weighs in a request, besides its format (the range's path and the call). */
export const RECTANGLE_BYTES = 500;
/** A matrix of formats is sent in pieces of at most this many bytes (or fewer, if asked). */
const MATRIX_BYTES = 500_000;

/**
 * The number formats of rows written into General cells (a new sheet, or rows whose formats were cleared):
 * General cells need no call; every other format goes as rectangles of equal format (runs down a column,
 * merged with the same runs of the columns beside it), so a column of "0.00" is one call, not 100,000 cells.
 * A column whose formats change so often that its runs would weigh more than its cells goes as a matrix
 * (with the mixed columns beside it), null where a cell stays General: what is sent is never more than the
 * cell-by-cell matrix it replaces, and the cells end with exactly the formats of `formatsOf`.
 */
export function formatPlan(
  rows: readonly OutCell[][],
  start: number,
  width: number,
  columnFormats: readonly (string | undefined)[],
  matrixBytes = MATRIX_BYTES
): { rectangles: FormatRectangle[]; matrices: FormatMatrix[] } {
  type Run = { r0: number; r1: number; format: string };
  const runs: Run[][] = [];
  const mixed: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const column: Run[] = [];
    let cellBytes = 0;
    let open: Run | null = null;
    for (let r = 0; r < rows.length; r++) {
      const format = cellFormat(rows[r][c], columnFormats[c]);
      cellBytes += format === "General" ? 5 : utf8Length(format) + 3;
      if (open && open.format === format && open.r1 === r - 1) open.r1 = r;
      else if (format !== "General") column.push((open = { r0: r, r1: r, format }));
      else open = null;
    }
    runs.push(column);
    mixed.push(column.length * RECTANGLE_BYTES > cellBytes);
  }
  const rectangles: FormatRectangle[] = [];
  let open = new Map<string, FormatRectangle>();
  for (let c = 0; c < width; c++) {
    const next = new Map<string, FormatRectangle>();
    for (const run of mixed[c] ? [] : runs[c]) {
      const key = `${run.r0}:${run.r1}:${run.format}`;
      const left = open.get(key);
      if (left) left.columns++;
      const rectangle = left ?? {
        row: start + run.r0,
        column: c,
        rows: run.r1 - run.r0 + 1,
        columns: 1,
        format: run.format,
      };
      if (!left) rectangles.push(rectangle);
      next.set(key, rectangle);
    }
    open = next;
  }
  const pieceBytes = Math.min(matrixBytes, MATRIX_BYTES);
  return { rectangles, matrices: mixedMatrices(rows, start, columnFormats, mixed, pieceBytes) };
}

/** The mixed columns' formats, each run of adjacent mixed columns in row pieces of at most `pieceBytes`. */
function mixedMatrices(
  rows: readonly OutCell[][],
  start: number,
  columnFormats: readonly (string | undefined)[],
  mixed: readonly boolean[],
  pieceBytes: number
): FormatMatrix[] {
  const matrices: FormatMatrix[] = [];
  for (let c0 = 0; c0 < mixed.length; c0++) {
    if (!mixed[c0]) continue;
    let c1 = c0;
    while (c1 + 1 < mixed.length && mixed[c1 + 1]) c1++;
    let piece: (string | null)[][] = [];
    let bytes = 0;
    let first = 0;
    for (let r = 0; r < rows.length; r++) {
      const row: (string | null)[] = [];
      for (let c = c0; c <= c1; c++) {
        const format = cellFormat(rows[r][c], columnFormats[c]);
        row.push(format === "General" ? null : format);
      }
      const rowBytes = jsonBytes(row) + 1;
      if (piece.length > 0 && bytes + rowBytes > pieceBytes) {
        matrices.push({ row: start + first, column: c0, formats: piece });
        piece = [];
        bytes = 0;
        first = r;
      }
      piece.push(row);
      bytes += rowBytes;
    }
    if (piece.length > 0) matrices.push({ row: start + first, column: c0, formats: piece });
    c0 = c1;
  }
  return matrices;
}

/** A cell style the port knows, as one key, so equal neighbours can share one Office.js range. */
export type CellStyle = Pick<OutCell, "bold" | "fill" | "unlocked" | "wrap" | "size" | "align">;
const styleKey = (cell: OutCell | undefined) =>
  cell && (cell.bold || cell.fill || cell.unlocked || cell.wrap || cell.size || cell.align)
    ? `${cell.bold ? "b" : ""}|${cell.fill ?? ""}|${cell.unlocked ? "u" : ""}|${cell.wrap ? "w" : ""}|${cell.size ?? ""}|${cell.align ?? ""}`
    : null;

/**
 * The styled cells of a block as rectangles of equal style (runs along a row, merged down equal rows), so a
 * styled header is one range and 500 unlocked input rows are one range, not 500 × columns calls.
 */
export function styleRectangles(
  rows: readonly OutCell[][],
  start: number
): { row: number; column: number; rows: number; columns: number; style: CellStyle }[] {
  type Open = {
    row: number;
    column: number;
    rows: number;
    columns: number;
    key: string;
    style: CellStyle;
  };
  const done: Open[] = [];
  let open = new Map<string, Open>();
  rows.forEach((cells, r) => {
    const next = new Map<string, Open>();
    for (let c = 0; c < cells.length;) {
      const key = styleKey(cells[c]);
      if (!key) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < cells.length && styleKey(cells[end]) === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id);
      if (above) {
        above.rows++;
        next.set(id, above);
        open.delete(id);
      } else {
        const { bold, fill, unlocked, wrap, size, align } = cells[c];
        next.set(id, {
          row: start + r,
          column: c,
          rows: 1,
          columns: end - c,
          key,
          style: { bold, fill, unlocked, wrap, size, align },
        });
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.map(({ row, column, rows: height, columns, style }) => ({
    row,
    column,
    rows: height,
    columns,
    style,
  }));
}

/** UTF-8 bytes of a string: what it weighs in a request to Excel on the web. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What a value weighs as the JSON argument of a call. */
export const jsonBytes = (value: unknown) => utf8Length(JSON.stringify(value ?? null));

/** Excel's column width unit is points; the port's widths are in characters, as ExcelJS's are. */
export const widthInPoints = (characters: number) => Math.round(characters * 7.2);
