import { BLANK, type Cell, type Grid, type OutCell, type SheetSpec } from "../../workbook/port";
import { cellPool } from "./cell-pool";
import { contentWidths, headerWidths, printedWidth, tableLayout } from "./print-layout";
import { alignTallRows, wrappedRowHeight } from "./table-rows";

/** The score sheet copied as values (what was ranked), with its provenance, so the result stands alone. */
/** A cell as read, to write back as the same value (a date stays a date, a number keeps its format). */
export function outCellOf(cell: Cell): OutCell {
  switch (cell.kind) {
    case "empty":
      return BLANK;
    case "date":
      return { value: { date: cell.value }, format: "yyyy-mm-dd" };
    case "number":
      return { value: cell.value, format: cell.format };
    default:
      return { value: cell.value };
  }
}

/** Headers of the columns that say who or what a row is, repeated on every page of a copy wider than one. */
const IDENTITY_LABELS = new Set(
  [
    ...["名次", "机构", "部门", "工号", "姓名", "岗位", "编号", "期间"],
    ...["岗位编号", "岗位名称", "流程编号", "流程名称"],
    ...["rank", "branch", "department", "id", "employee id", "name", "post"],
  ].map((label) => label.toLowerCase())
);
/** The widest a copied column gets (characters): longer text wraps. */
const WIDEST = 24;

export function valuesCopy(grid: Grid, provenance: SheetSpec["provenance"]): SheetSpec {
  const copied = sharedCopies();
  const rows: SheetSpec["rows"] = grid.rows.map((cells, r) =>
    r >= 3
      ? cells.map(copied)
      : // The header row's empty cells are its own: they are marked to wrap below.
        cells.map((cell) => (r === 2 && cell.kind === "empty" ? { value: null } : outCellOf(cell)))
  );
  // Printed as the sheet it was: columns as wide as their values show (dates, percentages), the header
  // and long text wrapped, the title rows and the identity columns repeated on every page.
  const header = (rows[2] ?? []).map((cell) => (typeof cell?.value === "string" ? cell.value : ""));
  for (const cell of rows[2] ?? []) if (cell) cell.wrap = true;
  const widths = contentWidths(rows.slice(3), 8, WIDEST);
  while (widths.length < header.length) widths.push(8);
  const fitted = headerWidths(header, widths, { lines: 6, max: 14 });
  // The title and the line under it wrap where they are merged.
  const text = (r: number) => {
    const cell = rows[r]?.[0];
    if (!cell || typeof cell.value !== "string") return undefined;
    rows[r][0] = { ...cell, wrap: true };
    return cell.value;
  };
  const layout = tableLayout(header, fitted, identityColumns(header), undefined, {
    title: text(0),
    titleSize: rows[0]?.[0]?.size ?? 11,
    line: text(1),
  });
  const rowHeights = { ...layout.rowHeights };
  const widthOf = printedWidths();
  for (let r = 3; r < rows.length; r++) {
    let wraps = false;
    rows[r].forEach((cell, c) => {
      if (typeof cell?.value !== "string" || widthOf(cell.value) <= fitted[c] - 1) return;
      rows[r][c] = { ...cell, wrap: true };
      wraps = true;
    });
    const height = wraps ? wrappedRowHeight(rows[r], fitted, 8) : 15;
    if (height > 15) rowHeights[r] = height;
  }
  return {
    name: grid.name,
    rows: alignTallRows(rows, rowHeights, 3),
    columns: fitted.map((width) => ({ width })),
    ...layout,
    rowHeights,
    provenance,
  };
}

/**
 * `outCellOf` for the data rows, one shared cell per distinct text, and number and format (a score repeats
 * down its column; frozen, as `BLANK` is: a cell that must differ is replaced): a 100,000-row copy makes few
 * cells.
 */
function sharedCopies(): (cell: Cell) => OutCell {
  const shared = cellPool();
  return (cell) =>
    cell.kind === "text"
      ? shared(cell.value)
      : cell.kind === "number"
        ? shared(cell.value, cell.format)
        : outCellOf(cell);
}

const SHARED_LIMIT = 100_000;

/** `printedWidth` of text, measured once per distinct text. */
function printedWidths(): (text: string) => number {
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      width = printedWidth(text);
      if (known.size < SHARED_LIMIT) known.set(text, width);
    }
    return width;
  };
}

/** How many leading columns say who a row is (机构 … 岗位, 编号, 流程名称…): at least the first. */
function identityColumns(header: readonly string[]): number {
  let count = 0;
  while (count < header.length && IDENTITY_LABELS.has(header[count].trim().toLowerCase())) count++;
  return Math.max(1, Math.min(count, header.length));
}
