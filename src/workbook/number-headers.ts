import type { OutCell, SheetSource, SheetSpec } from "./port";

/** The sheet itself as every adapter writes it: made now if it was lazy, its number headers aligned. */
export const sheetOf = (source: SheetSource): SheetSpec =>
  alignNumberHeaders("make" in source ? source.make() : source);

/**
 * A header over a column of numbers is right-aligned, as the numbers are: left-aligned, each header stood
 * over the number of the column before it (提交情况 read 接收 3 / 错误 3 for a branch that had 3 and 0).
 * A header row is a row whose every cell is bold on a fill; its column runs down to the next such row or
 * the first row with nothing in it. Applied to every sheet as it is written, by every adapter.
 */
export function alignNumberHeaders(spec: SheetSpec): SheetSpec {
  const { rows } = spec;
  const headers: number[] = [];
  rows.forEach((cells, r) => {
    if (isHeaderRow(cells)) headers.push(r);
  });
  for (const [k, r] of headers.entries()) {
    // The table runs to the next header or to the first empty row, found once for all its columns.
    let end = r + 1;
    const next = headers[k + 1] ?? rows.length;
    while (end < next && rows[end]?.some((cell) => cell && cell.value !== null)) end++;
    rows[r].forEach((cell, c) => {
      if (cell && !cell.align && columnOfNumbers(rows, r + 1, end, c, spec.columns?.[c]?.format))
        rows[r][c] = { ...cell, align: "right" };
    });
  }
  return spec;
}

const isHeaderRow = (cells: readonly (OutCell | undefined)[]) => {
  let labels = 0;
  for (const cell of cells) {
    if (!cell || cell.value === null) continue;
    if (!cell.bold || !cell.fill || typeof cell.value !== "string") return false;
    labels++;
  }
  return labels >= 2;
};

/** What Excel right-aligns: a number, a date, a formula whose result is a number (or not yet known, in a number format). */
function shownAsNumber(value: OutCell["value"], format: string | undefined): boolean {
  if (typeof value === "number") return true;
  if (value === null || typeof value !== "object") return false;
  if ("date" in value) return true;
  if (typeof value.result === "number") return true;
  return value.result === null && format !== undefined && format !== "@";
}

/** Numbers, dates or numeric formulas in every filled cell of the table's column, and at least one. */
function columnOfNumbers(
  rows: readonly (readonly (OutCell | undefined)[])[],
  from: number,
  end: number,
  c: number,
  columnFormat: string | undefined
): boolean {
  let numbers = 0;
  for (let r = from; r < end; r++) {
    const cell = rows[r][c];
    if (!cell || cell.value === null) continue;
    if (!shownAsNumber(cell.value, cell.format ?? columnFormat)) return false;
    numbers++;
  }
  return numbers > 0;
}
