import {
  PAGE_BREAK_LIMIT,
  ROW_HEIGHT_LIMIT,
  type OutCell,
  type SheetSource,
  type SheetSpec,
} from "./port";

/**
 * The sheet itself as every adapter writes it: made now if it was lazy, its number headers aligned, no row
 * taller than Excel has (a reason of 30 lines is cut at 409 points, where Excel itself would stop).
 */
export function sheetOf(source: SheetSource): SheetSpec {
  const spec = alignNumberHeaders("make" in source ? source.make() : source);
  // Past Excel's limit the last breaks would be lost, and pages run together: a maker's bug, never written.
  if ((spec.pageBreaks?.length ?? 0) > PAGE_BREAK_LIMIT)
    throw new RangeError(`${spec.name}: more than ${PAGE_BREAK_LIMIT} page breaks`);
  const heights = spec.rowHeights ?? {};
  if (Object.values(heights).some((height) => height > ROW_HEIGHT_LIMIT))
    spec.rowHeights = Object.fromEntries(
      Object.entries(heights).map(([row, height]) => [row, Math.min(height, ROW_HEIGHT_LIMIT)])
    );
  return spec;
}

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
    const numeric = numberColumns(rows, r, end, spec.columns);
    rows[r].forEach((cell, c) => {
      if (cell && !cell.align && numeric[c]) rows[r][c] = { ...cell, align: "right" };
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

/**
 * For each column of the header row `header`: numbers, dates or numeric formulas in every filled cell of
 * the table below it (to `end`), and at least one. Read row by row, all columns at once: a 100,000-row
 * table read column by column jumps between rows for every cell.
 */
function numberColumns(
  rows: readonly (readonly (OutCell | undefined)[])[],
  header: number,
  end: number,
  columns: SheetSpec["columns"]
): boolean[] {
  const width = rows[header].length;
  const numbers = new Int32Array(width);
  const other = new Uint8Array(width);
  for (let r = header + 1; r < end; r++) {
    const cells = rows[r];
    const last = Math.min(width, cells.length);
    for (let c = 0; c < last; c++) {
      const cell = cells[c];
      if (!cell || cell.value === null || other[c]) continue;
      // A plain number (nearly every cell) is counted without looking up its column's format.
      if (
        typeof cell.value === "number" ||
        shownAsNumber(cell.value, cell.format ?? columns?.[c]?.format)
      )
        numbers[c]++;
      else other[c] = 1;
    }
  }
  return Array.from(numbers, (count, c) => count > 0 && other[c] === 0);
}
