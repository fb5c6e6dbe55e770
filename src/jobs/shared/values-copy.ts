import { BLANK, type Cell, type Grid, type OutCell, type SheetSpec } from "../../workbook/port";
import { cellPool } from "./cell-pool";
import { headerWidths, printedWidth, shownWidth, shownWidths, tableLayout } from "./print-layout";
import { alignTallRows, wrappedRowHeight } from "./table-rows";

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

/** The score sheet copied as values (what was ranked), with its provenance, so the result stands alone. */
export function valuesCopy(grid: Grid, provenance: SheetSpec["provenance"]): SheetSpec {
  const data = copiedColumns();
  const rows: SheetSpec["rows"] = grid.rows.map((cells, r) =>
    r >= 3
      ? cells.map(data.copy)
      : // The header row's empty cells are its own: they are marked to wrap below.
        cells.map((cell) => (r === 2 && cell.kind === "empty" ? { value: null } : outCellOf(cell)))
  );
  // Printed as the sheet it was: columns as wide as their values show (dates, percentages), the header
  // and long text wrapped, the title rows and the identity columns repeated on every page.
  const header = (rows[2] ?? []).map((cell) => (typeof cell?.value === "string" ? cell.value : ""));
  for (const cell of rows[2] ?? []) if (cell) cell.wrap = true;
  const widths = data.widths();
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
  // Text wider than its column wraps, and its row is as tall as it needs; only the columns whose widest
  // text is wider are looked at row by row.
  const wrapping = data.widerThan(fitted);
  if (wrapping.length > 0)
    for (let r = 3; r < rows.length; r++) {
      const cells = rows[r];
      let wraps = false;
      for (const c of wrapping) {
        const cell = cells[c];
        if (typeof cell?.value !== "string" || printedWidth(cell.value) <= fitted[c] - 1) continue;
        cells[c] = { ...cell, wrap: true };
        wraps = true;
      }
      const height = wraps ? wrappedRowHeight(cells, fitted, 8) : 15;
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

/** The narrowest a copied column gets (characters). */
const NARROWEST = 8;

/**
 * `outCellOf` for the data rows, one shared cell per distinct text, and number and format, in each column (a
 * score repeats down its column; frozen, as `BLANK` is: a cell that must differ is replaced): a 100,000-row
 * copy makes few cells. Each distinct cell is measured once, when first made: a column is as wide as its
 * widest value shows (`contentWidths`), and its widest text says whether any of its cells can wrap. A column
 * whose values hardly repeat (工号, 姓名) stops sharing: each of its cells is made and measured on its own,
 * which costs less than remembering 100,000 values that are never seen again.
 */
function copiedColumns() {
  const columns: CopiedColumn[] = [];
  const shown: number[] = [];
  const printed: number[] = [];
  const measure = shownWidths();
  const measured = (cell: OutCell, c: number, width: number) => {
    shown[c] = Math.max(shown[c] ?? NARROWEST, Math.min(WIDEST, width));
    if (typeof cell.value === "string")
      printed[c] = Math.max(printed[c] ?? 0, printedWidth(cell.value));
    return cell;
  };
  /** A column's own pool: each new cell is counted, and measured once. */
  const newColumn = (c: number): CopiedColumn => {
    const column: CopiedColumn = {
      cells: 0,
      made: 0,
      shares: true,
      pool: cellPool({}, (cell) => {
        column.made++;
        if (column.made >= JUDGED_AFTER && column.made * 10 >= column.cells * 9)
          column.shares = false;
        measured(cell, c, measure(cell.value, cell.format));
      }),
    };
    return column;
  };
  const pooled = (value: number | string, format: string | undefined, c: number): OutCell => {
    const column = (columns[c] ??= newColumn(c));
    column.cells++;
    if (column.shares) return column.pool(value, format);
    const cell = format === undefined ? { value } : { value, format };
    return measured(cell, c, shownWidth(value, format));
  };
  return {
    copy: (cell: Cell, c: number): OutCell => {
      if (cell.kind === "text") return pooled(cell.value, undefined, c);
      if (cell.kind === "number") return pooled(cell.value, cell.format, c);
      const out = outCellOf(cell);
      return measured(out, c, measure(out.value, out.format));
    },
    /** Each column's width from its values, as `contentWidths` measures them (a column with none: 8). */
    widths: () => Array.from(shown, (width) => width ?? NARROWEST),
    /** The columns with a text wider than the column (less a character's margin). */
    widerThan: (fitted: readonly number[]) => {
      const wider: number[] = [];
      printed.forEach((width, c) => {
        if (width > fitted[c] - 1) wider.push(c);
      });
      return wider;
    },
  };
}

/** A copied column's shared cells, and how many of its cells were new. */
type CopiedColumn = {
  pool: ReturnType<typeof cellPool>;
  cells: number;
  made: number;
  /** False once nine in ten of the column's first thousand cells or more were new. */
  shares: boolean;
};

/** How many new cells a column makes before it is judged not worth sharing. */
const JUDGED_AFTER = 1000;

/** How many leading columns say who a row is (机构 … 岗位, 编号, 流程名称…): at least the first. */
function identityColumns(header: readonly string[]): number {
  let count = 0;
  while (count < header.length && IDENTITY_LABELS.has(header[count].trim().toLowerCase())) count++;
  return Math.max(1, Math.min(count, header.length));
}
