import type { OutCell } from "../../workbook/port";
import { wrappedHeight } from "./print-layout";

/** The fill of a table's header row (Excel's pale blue). */
export const HEADER_FILL = "DDEBF7";

/** A header row: each label bold on the header fill, wrapped (a blank label leaves its cell empty). */
export const headerCells = (labels: readonly (string | null)[]): OutCell[] =>
  labels.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));

/**
 * The three rows a table starts with: its title, the line under it (provenance or instructions, wrapped),
 * and its header.
 */
export function tableHead(
  title: string,
  line: string,
  header: readonly string[],
  titleSize = 16
): OutCell[][] {
  return [
    [{ value: title, bold: true, size: titleSize }],
    [{ value: line, wrap: true }],
    headerCells(header),
  ];
}

/**
 * The points a row needs for its wrapped text, at least 15 (one line): a printed row never runs into the
 * next. A column past `widths` is taken as `fallback` characters wide.
 */
export function wrappedRowHeight(
  cells: readonly OutCell[],
  widths: readonly number[],
  fallback: number
): number {
  return Math.max(
    15,
    ...cells.map((cell, c) =>
      cell.wrap && typeof cell.value === "string"
        ? wrappedHeight(cell.value, Math.max(1, (widths[c] ?? fallback) - 1))
        : 15
    )
  );
}
