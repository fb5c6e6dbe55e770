import { BLANK, type Grid, type SheetSpec } from "../../workbook/port";
import { contentWidths, tableLayout } from "./print-layout";

/** The score sheet copied as values (what was ranked), with its provenance, so the result stands alone. */
export function valuesCopy(grid: Grid, provenance: SheetSpec["provenance"]): SheetSpec {
  const rows: SheetSpec["rows"] = grid.rows.map((cells, r) =>
    cells.map((cell) => {
      switch (cell.kind) {
        case "empty":
          // The header row's cells are its own: they are marked to wrap below.
          return r === 2 ? { value: null } : BLANK;
        case "date":
          return { value: { date: cell.value }, format: "yyyy-mm-dd" };
        case "error":
          return { value: cell.value };
        case "number":
          return { value: cell.value, format: cell.format };
        default:
          return { value: cell.value };
      }
    })
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
