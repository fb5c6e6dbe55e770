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

/** The `numberFormat` matrix of a block: text cells are Text (unless they carry the apostrophe). */
export function formatsOf(
  rows: readonly OutCell[][],
  width: number,
  columnFormats: readonly (string | undefined)[]
): string[][] {
  return rows.map((cells) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const value = cell?.value;
      if (cell?.format) out[c] = cell.format;
      else if (typeof value === "object" && value !== null && "date" in value)
        out[c] = "yyyy-mm-dd";
      else if (isText(value)) out[c] = NEEDS_PREFIX.test(value) ? "General" : TEXT_FORMAT;
      else out[c] = columnFormats[c] ?? "General";
    }
    return out;
  });
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
