import { BLANK, type Cell, type Grid, type OutCell, type SheetSpec } from "../../workbook/port";
import { contentWidths, tableLayout } from "./print-layout";

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

export function valuesCopy(grid: Grid, provenance: SheetSpec["provenance"]): SheetSpec {
  const rows: SheetSpec["rows"] = grid.rows.map((cells, r) =>
    // The header row's empty cells are its own: they are marked to wrap below.
    cells.map((cell) => (r === 2 && cell.kind === "empty" ? { value: null } : outCellOf(cell)))
  );
  // Printed as the score sheet it was: columns as wide as their values, the header wrapped, the title rows
  // and the identity columns repeated on every page.
  const header = (rows[2] ?? []).map((cell) => (typeof cell?.value === "string" ? cell.value : ""));
  for (const cell of rows[2] ?? []) if (cell) cell.wrap = true;
  const widths = contentWidths(rows.slice(3), 8, 14);
  while (widths.length < header.length) widths.push(8);
  return {
    name: grid.name,
    rows,
    columns: widths.map((width) => ({ width })),
    ...tableLayout(header, widths, Math.min(5, widths.length)),
    provenance,
  };
}
