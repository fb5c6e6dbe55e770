/* A recomputed table against the one on a tab, row by row by id: shared by ranking and calibrated tabs. */
import { a1, cellAt, type Cell, type Grid } from "../../workbook/port";
import type { Difference, DifferenceKind } from "./verify-difference";

export const valueOf = (cell: Cell): string | number | null =>
  cell.kind === "number" || cell.kind === "text" ? cell.value : null;

/** Numbers alike to 1e-9 (what a cell stores of a rounded value), text alike, blank alike. */
export const same = (a: string | number | null, b: string | number | null) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : (a ?? "") === (b ?? "");

/** A tab's row: its 0-based sheet row and its id. */
export type TabRow = { r: number; id: string };

/** The table under the header, down to the first row without an id. */
export function tabRows(grid: Grid, headerRow: number, idColumn: number): TabRow[] {
  const rows: TabRow[] = [];
  for (let r = headerRow; r < grid.rows.length; r++) {
    const id = valueOf(cellAt(grid, r, idColumn));
    if (id === null || id === "") break;
    rows.push({ r, id: String(id) });
  }
  return rows;
}

/** One value to check: what it is, its column, the recomputed value, and another recorded value accepted. */
export type Check = [DifferenceKind, number, string | number | null, (string | number | null)?];

/**
 * Every row of the tab against its recomputation (by id): each checked cell that differs, each row on the tab
 * that was not recomputed (extraRow, at its id cell) and each recomputed row missing from the tab.
 */
export function compareRows<T extends { id: string }>(
  sheet: string,
  tab: Grid,
  rows: readonly TabRow[],
  fresh: readonly T[],
  idColumn: number,
  checksOf: (row: T) => Check[],
  differences: Difference[]
): void {
  const byId = new Map(fresh.map((row) => [row.id, row]));
  const onTab = new Set(rows.map((row) => row.id));
  for (const { r, id } of rows) {
    const row = byId.get(id);
    if (!row) {
      differences.push({
        sheet,
        cell: a1(r, idColumn),
        what: "extraRow",
        recorded: id,
        recomputed: null,
      });
      continue;
    }
    for (const [what, column, recomputed, alsoAccepted] of checksOf(row)) {
      const recorded = valueOf(cellAt(tab, r, column));
      const accepted = alsoAccepted !== undefined && same(recorded, alsoAccepted);
      if (!same(recorded, recomputed) && !accepted)
        differences.push({ sheet, cell: a1(r, column), what, recorded, recomputed });
    }
  }
  for (const row of fresh)
    if (!onTab.has(row.id))
      differences.push({ sheet, cell: "", what: "missingRow", recorded: null, recomputed: row.id });
}
