import type { OutCell } from "../../workbook/port";

/** The look a pool's cells share (everything of a cell but its value and number format). */
export type Look = Omit<OutCell, "value" | "format">;

/**
 * One shared, frozen cell per distinct value and number format, all with the same look: a 100,000-row
 * table repeats its scores, grades and branches down every column, and each cell it makes is memory and
 * collector's time. Frozen, as `BLANK` is, so that no one can change one cell and with it many; a cell that
 * must differ is replaced, never changed. The cells are what `{ value, format, ...look }` would be (a
 * format only where given). `made` is told of each cell when it is first made.
 */
export function cellPool(
  look: Look = {},
  made?: (cell: OutCell) => void
): (value: number | string | null, format?: string) => OutCell {
  const byFormat = new Map<string | undefined, Map<number | string | null, OutCell>>();
  return (value, format) => {
    let cells = byFormat.get(format);
    if (!cells) byFormat.set(format, (cells = new Map()));
    let cell = cells.get(value);
    // A Map takes 0 and -0 for one key: only the same number is shared.
    if (cell === undefined || !Object.is(cell.value, value)) {
      cell = Object.freeze(
        format === undefined ? { value, ...look } : { value, format, ...look }
      ) as OutCell;
      if (cells.size < POOL_LIMIT) cells.set(value, cell);
      made?.(cell);
    }
    return cell;
  };
}

/** How many distinct values of one format a pool keeps (ids and names are not worth keeping). */
const POOL_LIMIT = 100_000;
