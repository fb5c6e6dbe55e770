import { serialOf } from "../../core/calendar/official-calendar";
import { ROLES } from "../../core/duties/duties";
import type { MessageKey } from "../../core/i18n/messages";
import { columnLetters, type OutCell, type Provenance, type SheetSpec } from "../../workbook/port";
import { printLayout, titleSpan, wrappedHeight } from "../shared/print-layout";
import type { Say } from "../shared/say";
import { alignTallRows, tableHead, wrappedRowHeight } from "../shared/table-rows";

/**
 * What the three sheets of the duties workbook share: a title, instructions and the header a reader looks
 * for above the rows to fill, a grey example row, and ranges reaching as far as the rows ready to fill.
 */

/** Rows of each sheet ready to fill (formulas and drop-downs reach this far). */
export const BLANK_ROWS = 200;
/** 0-based: title, instructions, header; data from row 4. */
const HEADER_ROW = 2;
export const FIRST = HEADER_ROW + 1;
export const EXAMPLE_LOOK = { fill: "F2F2F2" } as const;

/** The language and the provenance every sheet of one workbook is written with. */
export type DutiesFrame = { say: Say; provenance: Provenance };

export const dateCell = (iso: string | undefined): OutCell =>
  iso ? { value: { date: serialOf(iso) }, format: "yyyy-mm-dd" } : { value: null };

/** A column's rows ready to fill, as an A1 range ("C4:C203"). */
export const fillRange = (column: number, rows = BLANK_ROWS) =>
  `${columnLetters(column)}${FIRST + 1}:${columnLetters(column)}${FIRST + rows}`;

/** A date column's check: a day of this century, said how to type it when it is not. */
export const dateValidation = ({ say }: DutiesFrame, column: number) => ({
  kind: "decimal" as const,
  range: fillRange(column),
  min: serialOf("2000-01-01"),
  max: serialOf("2099-12-31"),
  prompt: say("sheet.duties.datePrompt"),
  error: say("sheet.duties.dateError"),
});

/** A sheet in the workbook's frame: its table under the title and instructions, printed with them. */
export function framedSheet(
  { say, provenance }: DutiesFrame,
  table: { name: string; headers: string[]; widths: number[]; body: OutCell[][]; help: MessageKey },
  extra: Partial<SheetSpec>
): SheetSpec {
  const { name, headers, widths, body } = table;
  const instructions = say(table.help, { roles: ROLES });
  const print = printLayout(widths, { repeatRows: "1:3", header: say("sheet.confidential") });
  // The title and the instructions span the page (the first page's columns, should the sheet print across).
  const span = titleSpan(print, widths, 0) + 1;
  const spanWidth = widths.slice(0, span).reduce((a, b) => a + b, 0);
  const rowHeights = {
    0: 24,
    1: wrappedHeight(instructions, spanWidth - 2),
    [HEADER_ROW]: Math.max(...headers.map((h, c) => wrappedHeight(h, (widths[c] ?? 10) - 1, true))),
    // Long texts (a description's duties, a change's subject) wrap: each row as tall as its longest.
    ...Object.fromEntries(
      body
        .map((row, k) => [FIRST + k, wrappedRowHeight(row, widths, 10)])
        .filter(([, height]) => height > 15)
    ),
  };
  return {
    name,
    rows: alignTallRows([...tableHead(name, instructions, headers), ...body], rowHeights, FIRST),
    rowHeights,
    merges: [`A1:${columnLetters(span - 1)}1`, `A2:${columnLetters(span - 1)}2`],
    freeze: { rows: FIRST, columns: 2 },
    print,
    provenance,
    ...extra,
    columns: extra.columns ?? widths.map((width) => ({ width })),
  };
}
