import { serialOf, type OfficialCalendar } from "../../core/calendar/official-calendar";
import { CHANGE_STATES, CHANGE_TYPES } from "../../core/duties/duties";
import { changeStatus, CHANGES_SHEET } from "../../core/duties/description-checks";
import type { OutCell, SheetSpec } from "../../workbook/port";
import { workdayFormula } from "../calendar/calendar-sheet";
import { EXAMPLE_MARK } from "../shared/header-table";
import type { DutiesChange } from "./duties-content";
import { CHANGE_HEADERS } from "./duties-read";
import {
  dateCell,
  dateValidation,
  EXAMPLE_LOOK,
  FIRST,
  fillRange,
  framedSheet,
  type DutiesFrame,
} from "./duties-frame";

/** 职责变更: blank rows below the last change that have the 到期日 and 状态 formulas already. */
const FORMULA_ROWS_AHEAD = 20;
const FORMULA_FILL = "F2F2F2";
const WIDTHS = [12, 30, 10, 12, 24, 12, 12, 10];

/** How the 到期日 is counted: the calendar its formula reads, and the day the cached state is for. */
export type DueDates = { today: number; calendar: OfficialCalendar; through?: number };

/** 到期日 of 0-based row `r`: the working days its type allows after the day it occurred. */
function dueFormula(r: number, due: DueDates): string {
  const n = r + 1;
  const days = `IF(TRIM($C${n})="监管变化",${CHANGE_TYPES.监管变化},${CHANGE_TYPES.业务变化})`;
  // Blank unless the type is one of the two and the date a date within the calendar's years (as the engine).
  return `IF(AND(OR(TRIM($C${n})="业务变化",TRIM($C${n})="监管变化"),ISNUMBER($D${n})),${workdayFormula(`$D${n}`, days, due.calendar, due.through)},"")`;
}

/** 状态 of 0-based row `r`: on time or late once completed, else pending or overdue as of TODAY(). */
function stateFormula(r: number): string {
  const n = r + 1;
  const [onTime, late, pending, overdue] = [
    CHANGE_STATES["on-time"],
    CHANGE_STATES.late,
    CHANGE_STATES.pending,
    CHANGE_STATES.overdue,
  ];
  return `IF($G${n}="","",IF(ISNUMBER($F${n}),IF($F${n}<=$G${n},"${onTime}","${late}"),IF(TODAY()<=$G${n},"${pending}","${overdue}")))`;
}

/** The 到期日 and 状态 cells of a row: formulas, with a change's values cached as the engine works them out. */
function formulaCells(r: number, due: DueDates, change?: DutiesChange): OutCell[] {
  const status = change
    ? changeStatus(
        {
          type: change.type,
          occurred: serialOf(change.occurred),
          completed: change.completed ? serialOf(change.completed) : undefined,
        },
        due.today,
        due.calendar
      )
    : null;
  return [
    {
      value: { formula: `=${dueFormula(r, due)}`, result: status ? status.due : "" },
      format: "yyyy-mm-dd",
      fill: change ? FORMULA_FILL : undefined,
    },
    {
      value: {
        formula: `=${stateFormula(r)}`,
        result: status ? CHANGE_STATES[status.state] : "",
      },
      fill: change ? FORMULA_FILL : undefined,
    },
  ];
}

/** The grey example row, a change done in time, then the changes, then blank rows with their formulas. */
function changeRows({ say }: DutiesFrame, changes: DutiesChange[], due: DueDates): OutCell[][] {
  const [exampleSubject, examplePost] = say("sheet.duties.exampleChange").split("|");
  const example = {
    id: EXAMPLE_MARK,
    subject: exampleSubject,
    type: "监管变化" as const,
    occurred: "2025-09-26",
    posts: [examplePost],
    completed: "2025-10-10",
  };
  const rows: OutCell[][] = [
    [
      { value: EXAMPLE_MARK },
      { value: example.subject },
      { value: example.type },
      dateCell(example.occurred),
      { value: examplePost },
      dateCell(example.completed),
      ...formulaCells(FIRST, due, example),
    ].map((cell) => ({ ...cell, ...EXAMPLE_LOOK })),
    ...changes.map((c, k) => [
      { value: c.id },
      { value: c.subject, wrap: true },
      { value: c.type },
      dateCell(c.occurred),
      { value: c.posts.join("、") },
      dateCell(c.completed),
      ...formulaCells(FIRST + 1 + k, due, c),
    ]),
  ];
  // Formulas reach 20 rows past the last change, not all 200: rows of formulas print as blank pages. Excel
  // carries them on into the rows typed below (it extends a column's formula from the rows above).
  const used = rows.length;
  for (let r = FIRST + used; r < FIRST + used + FORMULA_ROWS_AHEAD; r++)
    rows.push([...Array.from({ length: 6 }, () => ({ value: null })), ...formulaCells(r, due)]);
  return rows;
}

/**
 * 职责变更 (duties.md §3): each change with its 到期日 and 状态 as native formulas, so they follow TODAY() in
 * Excel without the add-in; overdue and late states stand out.
 */
export function dutyChangesSheet(
  frame: DutiesFrame,
  changes: DutiesChange[],
  due: DueDates
): SheetSpec {
  const { say } = frame;
  const fields = Object.keys(CHANGE_HEADERS) as (keyof typeof CHANGE_HEADERS)[];
  return framedSheet(
    frame,
    {
      name: CHANGES_SHEET,
      headers: fields.map((f) => CHANGE_HEADERS[f][0]),
      widths: WIDTHS,
      body: changeRows(frame, changes, due),
      help: "sheet.duties.changesHelp",
    },
    {
      columns: WIDTHS.map((width, c) => ({
        width,
        format: [3, 5, 6].includes(c) ? "yyyy-mm-dd" : "@",
      })),
      validations: [
        {
          kind: "list",
          range: fillRange(2),
          values: Object.keys(CHANGE_TYPES),
          prompt: say("sheet.duties.typePrompt"),
          error: say("sheet.duties.typeError"),
        },
        dateValidation(frame, 3),
        dateValidation(frame, 5),
      ],
      conditionalFormats: [
        { range: fillRange(7), equals: CHANGE_STATES.overdue, fill: "F8CBAD", font: "9C0006" },
        { range: fillRange(7), equals: CHANGE_STATES.late, fill: "FFE699" },
      ],
    }
  );
}
