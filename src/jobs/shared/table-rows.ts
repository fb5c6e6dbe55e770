import type { OutCell } from "../../workbook/port";
import { linesHeight, wrappedLines } from "./print-layout";

/** The fill of a table's header row (Excel's pale blue). */
export const HEADER_FILL = "DDEBF7";

/**
 * The number format of a value in an indicator's unit (ux.md): ratios 0.00%, amounts #,##0.00, anything else
 * (scores, days, minutes, counts) 0.00.
 */
export const unitFormat = (unit: string | undefined) =>
  unit === "%" ? "0.00%" : unit === "amount" ? "#,##0.00" : "0.00";

/** A header row: each label bold on the header fill, wrapped (a blank label leaves its cell empty). */
export const headerCells = (labels: readonly (string | null)[]): OutCell[] =>
  labels.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true }));

/**
 * The three rows a table starts with: its title and the line under it (provenance or instructions), both
 * wrapped where they are merged, and its header.
 */
export function tableHead(
  title: string,
  line: string,
  header: readonly string[],
  titleSize = 16
): OutCell[][] {
  return [
    [{ value: title, bold: true, size: titleSize, wrap: true }],
    [{ value: line, wrap: true }],
    headerCells(header),
  ];
}

/**
 * The points a row needs for its wrapped text, so that a printed row never runs into the next: 15, the
 * default row the application fits, where every wrapped text is one line; else as tall as the most lines.
 * A column past `widths` is taken as `fallback` characters wide.
 */
export function wrappedRowHeight(
  cells: readonly OutCell[],
  widths: readonly number[],
  fallback: number,
  /** Only the first cells (a ranking row's printed ones, before its hidden detail). */
  count = cells.length
): number {
  let lines = 1;
  for (let c = 0; c < Math.min(count, cells.length); c++) {
    const cell = cells[c];
    if (cell?.wrap && typeof cell.value === "string")
      lines = Math.max(
        lines,
        wrappedLines(cell.value, Math.max(1, (widths[c] ?? fallback) - 1), cell.bold)
      );
  }
  return lines > 1 ? linesHeight(lines) : 15;
}

/**
 * The rows taller than a line (by `rowHeights`, from `from` on) with every filled cell marked to wrap: the
 * writers centre wrapped text in its row, so the row's short values line up with its wrapped ones instead of
 * sitting at the bottom. Changes `rows` in place; returns it.
 */
export function alignTallRows(
  rows: OutCell[][],
  rowHeights: Readonly<Record<number, number>>,
  from = 0
): OutCell[][] {
  for (const [key, height] of Object.entries(rowHeights)) {
    const r = Number(key);
    if (r < from || height <= 16 || !rows[r]) continue;
    rows[r] = rows[r].map((cell) =>
      cell && cell.value !== null && !cell.wrap ? { ...cell, wrap: true } : cell
    );
  }
  return rows;
}
