import { normaliseText } from "../../core/util/text";
import type { Cell, Grid } from "../../workbook/port";
import { textOf } from "./cell-values";

/**
 * Reading a table whoever made it: the header row is found within the first ten rows, headers matched with
 * white space and full-width characters folded, English case-insensitively; rows with nothing in the
 * fields read are skipped. The duties workbook and the 放假安排 sheet are read this way.
 */
/** A row whose first cell starts with 示例 (or "Example") is the generated sheet's example: never data. */
export const EXAMPLE_MARK = "示例";
export const isExample = (text: string | undefined) =>
  Boolean(text && (text.startsWith(EXAMPLE_MARK) || /^example/i.test(text)));

const key = (text: string) => normaliseText(text).toLowerCase().replace(/\s+/g, "");

export type Headers = Record<string, readonly string[]>;

export function findHeader<H extends Headers>(
  grid: Grid,
  headers: H,
  required: (keyof H)[]
): { row: number; columns: Map<keyof H, number> } | null {
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const columns = new Map<keyof H, number>();
    (grid.rows[r] ?? []).forEach((cell, c) => {
      const text = key(textOf(cell) ?? "");
      if (!text) return;
      for (const [field, names] of Object.entries(headers))
        if (!columns.has(field) && names.some((name) => key(name) === text)) columns.set(field, c);
    });
    if (required.every((field) => columns.has(field))) return { row: r, columns };
  }
  return null;
}

export function dataRows(grid: Grid, from: number, fields: number[]): { r: number; row: Cell[] }[] {
  const rows: { r: number; row: Cell[] }[] = [];
  for (let r = from; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (!fields.some((c) => textOf(row[c]) !== undefined || row[c]?.kind === "date")) continue;
    rows.push({ r, row });
  }
  return rows;
}
