import { EMPTY, type Cell, type Grid, type OutCell } from "../port";

/**
 * Conversions between Excel's range arrays (values, valueTypes, numberFormat) and the port's typed cells.
 * Pure functions: no Office.js object is touched here, so they are tested without a host.
 */

const DATE_FORMAT = /(^|[^"\\])[ymd]/i;
const isDateFormat = (format: string | undefined) =>
  Boolean(format && format !== "General" && DATE_FORMAT.test(format.replace(/"[^"]*"/g, "")));

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

/** Excel reads a string starting with = + - @ as a formula: an apostrophe keeps user text as text. */
export function asText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
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
      else if (typeof v === "object" && "formula" in v)
        out[c] = v.formula.startsWith("=") ? v.formula : `=${v.formula}`;
      else if (typeof v === "object" && "date" in v) out[c] = v.date;
      else if (typeof v === "string") out[c] = asText(v);
      else out[c] = v;
    });
    return out;
  });
}

export function formatsOf(
  rows: readonly OutCell[][],
  width: number,
  columnFormats: readonly (string | undefined)[]
): string[][] {
  return rows.map((cells) => {
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      const dateCell =
        cell && typeof cell.value === "object" && cell.value !== null && "date" in cell.value;
      out[c] = cell?.format ?? (dateCell ? "yyyy-mm-dd" : (columnFormats[c] ?? "General"));
    }
    return out;
  });
}

/** Rows in blocks whose request stays under Excel on the web's 5 MB limit (with room for the rest of it). */
export function rowBlocks(
  rows: readonly OutCell[][],
  width: number,
  limitBytes = 4_000_000
): { start: number; end: number }[] {
  const blocks: { start: number; end: number }[] = [];
  let start = 0;
  let size = 0;
  rows.forEach((cells, r) => {
    // What travels per row: its formulas (or constants) and its number formats.
    const rowSize = JSON.stringify(cells.map((cell) => cell?.value ?? "")).length + width * 10;
    if (size + rowSize > limitBytes && r > start) {
      blocks.push({ start, end: r });
      start = r;
      size = 0;
    }
    size += rowSize;
  });
  if (rows.length > start || blocks.length === 0) blocks.push({ start, end: rows.length });
  return blocks;
}

/** Excel's column width unit is points; the port's widths are in characters, as ExcelJS's are. */
export const widthInPoints = (characters: number) => Math.round(characters * 7.2);
