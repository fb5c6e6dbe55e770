import { BLANK, columnLetters, type OutCell } from "../../workbook/port";
import { linesHeight, printedWidth, wrappedLines } from "../shared/print-layout";
import { headerCells } from "../shared/table-rows";

/** A cell of a section's row and how many columns it spans (merged when more than one). */
export type Placed = { cell: OutCell; span?: number };

/**
 * The 方案比较 sheet as it is laid out, section by section, over the columns of its last table: its rows, the
 * merges of cells that span columns, and the heights of rows whose wrapped text takes more than a line.
 */
export class SectionSheet {
  readonly rows: OutCell[][] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(
    /** Each column's width in characters. */
    readonly widths: readonly number[]
  ) {}

  get last(): number {
    return this.widths.length - 1;
  }

  /** Characters of the columns from `first` spanning `span`. */
  widthOf(first: number, span: number): number {
    let sum = 0;
    for (let c = first; c < first + span; c++) sum += this.widths[c] ?? 9;
    return sum;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** A line across the whole table (a section's heading, bold; or a note), wrapped as tall as it needs. */
  line(text: string, bold = false): void {
    this.place([{ cell: { value: text, bold, wrap: true }, span: this.widths.length }]);
  }

  /** A header row of labels, each spanning its columns. */
  header(labels: readonly (string | { label: string; span: number })[]): void {
    this.place(
      labels.map((label) =>
        typeof label === "string"
          ? { cell: headerCells([label])[0] }
          : { cell: headerCells([label.label])[0], span: label.span }
      )
    );
  }

  /** A row of cells from column A, each spanning its columns; text wraps and the row is as tall as it needs. */
  place(cells: readonly Placed[]): void {
    const r = this.rows.length;
    const row: OutCell[] = [];
    let lines = 1;
    for (const { cell, span = 1 } of cells) {
      const c = row.length;
      const text = typeof cell.value === "string" ? cell.value : null;
      const placed = text !== null && !cell.wrap ? { ...cell, wrap: true } : cell;
      row.push(placed);
      for (let k = 1; k < span; k++) row.push(BLANK);
      if (span > 1)
        this.merges.push(`${columnLetters(c)}${r + 1}:${columnLetters(c + span - 1)}${r + 1}`);
      if (text !== null) lines = Math.max(lines, linesOf(text, this.widthOf(c, span), !!cell.bold));
    }
    // A taller row's every value wraps: the writers centre wrapped text in its row, so its numbers line up with
    // its wrapped text instead of sitting at the bottom.
    if (lines > 1) {
      this.rowHeights[r] = linesHeight(lines);
      for (let c = 0; c < row.length; c++)
        if (row[c].value !== null && !row[c].wrap) row[c] = { ...row[c], wrap: true };
    }
    this.rows.push(row);
  }
}

/** Lines `text` takes in a column (or merged columns) of `width` characters: one without wrapping when it fits. */
export function linesOf(text: string, width: number, bold = false): number {
  const room = width - 1;
  if (!text.includes("\n") && printedWidth(text, bold) <= room) return 1;
  return wrappedLines(text, room, bold);
}
