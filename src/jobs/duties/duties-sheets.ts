import { z } from "zod";
import {
  officialCalendar,
  serialOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import { CHANGE_STATES, CHANGE_TYPES, ROLES } from "../../core/duties/duties";
import {
  changeStatus,
  CHANGES_SHEET,
  DESCRIPTIONS_SHEET,
} from "../../core/duties/description-checks";
import { MATRIX_SHEET } from "../../core/duties/matrix-checks";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { calendarSheetSpec, workdayFormula } from "../calendar/calendar-sheet";
import { CHANGE_HEADERS, DESCRIPTION_HEADERS, MATRIX_HEADERS } from "./duties-read";
import { EXAMPLE_MARK } from "../shared/header-table";
import { printLayout, wrappedHeight } from "../shared/print-layout";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What a generated duties workbook may hold already: the posts of a template, or a whole sample. */
export const dutiesContentSchema = z.object({
  posts: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  descriptions: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        department: z.string(),
        duties: z.string(),
        requirements: z.string(),
        workflow: z.string(),
        standard: z.string(),
        revised: isoDay.optional(),
      })
    )
    .default([]),
  processes: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        line: z.string(),
        /** Post name → its roles, as the cell reads ("发起、协作"). */
        roles: z.record(z.string(), z.string()),
      })
    )
    .default([]),
  changes: z
    .array(
      z.object({
        id: z.string(),
        subject: z.string(),
        type: z.enum(Object.keys(CHANGE_TYPES) as [keyof typeof CHANGE_TYPES]),
        occurred: isoDay,
        posts: z.array(z.string()),
        completed: isoDay.optional(),
      })
    )
    .default([]),
});
export type DutiesContent = z.input<typeof dutiesContentSchema>;

/** Rows of each sheet ready to fill (formulas and drop-downs reach this far). */
const BLANK_ROWS = 200;
/** 职责变更: blank rows below the last change that have the 到期日 and 状态 formulas already. */
const FORMULA_ROWS_AHEAD = 20;
/** 0-based: title, instructions, header; data from row 4. */
const HEADER_ROW = 2;
const FIRST = HEADER_ROW + 1;
const HEADER_FILL = "DDEBF7";
const EXAMPLE_LOOK = { fill: "F2F2F2" } as const;
const FORMULA_FILL = "F2F2F2";

type Options = {
  locale?: Locale;
  generatedAt: string;
  /** The day the cached state of each change is worked out for (the formulas then follow TODAY()). */
  today: number;
  calendar?: OfficialCalendar;
  /** The last year the hidden 工作日历 lists (default the bundled calendar's last). */
  through?: number;
  /** What the 工作日历's header says of the years listed, once they are (a year without its arrangement). */
  calendarNote?: (calendar: OfficialCalendar) => string | undefined;
};

const date = (iso: string | undefined): OutCell =>
  iso ? { value: { date: serialOf(iso) }, format: "yyyy-mm-dd" } : { value: null };

/**
 * The duties workbook (duties.md §1–§3): 岗位说明书, 权责矩阵 and 职责变更, each with a title, instructions, the
 * headers a reader looks for, drop-downs and a grey example row; the hidden 工作日历 sheet the due-date
 * formulas read. A template's posts are pre-filled; a sample's content fills it.
 */
export function dutiesWorkbookSpecs(content: DutiesContent, options: Options): SheetSpec[] {
  const filled = dutiesContentSchema.parse(content);
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const provenance = { kind: "duties" as const, generatedAt: options.generatedAt };
  // The matrix's post columns: the described posts (else the template's), and any post a process names.
  const posts = [
    ...(filled.descriptions.length > 0 ? filled.descriptions : filled.posts).map((p) => p.name),
    ...filled.processes.flatMap((p) => Object.keys(p.roles)),
  ].filter((name, k, all) => all.indexOf(name) === k);

  const framed = (
    name: string,
    headers: string[],
    widths: number[],
    body: OutCell[][],
    help: MessageKey,
    extra: Partial<SheetSpec>
  ): SheetSpec => {
    const instructions = say(help, { roles: ROLES.join("、") });
    const span = Math.min(headers.length, 8);
    const spanWidth = widths.slice(0, span).reduce((a, b) => a + b, 0);
    return {
      name,
      rows: [
        [{ value: name, bold: true, size: 16 }],
        [{ value: instructions, wrap: true }],
        headers.map((value) => ({ value, bold: true, fill: HEADER_FILL, wrap: true })),
        ...body,
      ],
      rowHeights: {
        0: 24,
        1: wrappedHeight(instructions, spanWidth - 2),
        [HEADER_ROW]: Math.max(...headers.map((h, c) => wrappedHeight(h, (widths[c] ?? 10) - 1))),
        // Long texts (a description's duties, a change's subject) wrap: each row as tall as its longest.
        ...Object.fromEntries(
          body.map((row, k) => [
            FIRST + k,
            Math.max(
              15,
              ...row.map((cell, c) =>
                cell.wrap && typeof cell.value === "string"
                  ? wrappedHeight(cell.value, (widths[c] ?? 10) - 1)
                  : 15
              )
            ),
          ])
        ),
      },
      merges: [`A1:${columnLetters(span - 1)}1`, `A2:${columnLetters(span - 1)}2`],
      freeze: { rows: FIRST, columns: 2 },
      print: printLayout(widths, { repeatRows: "1:3", header: say("sheet.confidential") }),
      provenance,
      ...extra,
      columns: extra.columns ?? widths.map((width) => ({ width })),
    };
  };
  const range = (column: number, rows = BLANK_ROWS) =>
    `${columnLetters(column)}${FIRST + 1}:${columnLetters(column)}${FIRST + rows}`;
  const dateValidation = (column: number) => ({
    kind: "decimal" as const,
    range: range(column),
    min: serialOf("2000-01-01"),
    max: serialOf("2099-12-31"),
    prompt: say("sheet.duties.datePrompt"),
    error: say("sheet.duties.dateError"),
  });

  // 岗位说明书
  const descriptionFields = Object.keys(
    DESCRIPTION_HEADERS
  ) as (keyof typeof DESCRIPTION_HEADERS)[];
  const described = new Set(filled.descriptions.flatMap((d) => [d.name, d.id]));
  const descriptionRows: OutCell[][] = [
    [
      { value: `${EXAMPLE_MARK}`, ...EXAMPLE_LOOK },
      ...say("sheet.duties.exampleDescription")
        .split("|")
        .map((value) => ({ value, wrap: true, ...EXAMPLE_LOOK })),
    ],
    ...filled.descriptions.map((d) =>
      descriptionFields.map((field) =>
        field === "revised" ? date(d.revised) : { value: d[field] ?? null, wrap: true }
      )
    ),
    // A template's posts no description covers yet: id, name and the 考核标准 link, to be completed.
    ...filled.posts
      .filter(
        (p) =>
          !described.has(p.name) && !filled.descriptions.some((d) => d.standard.includes(p.name))
      )
      .map((p) =>
        descriptionFields.map((field) => ({
          value:
            field === "id"
              ? p.id
              : field === "name"
                ? p.name
                : field === "standard"
                  ? say("sheet.duties.standardLink", { post: p.name })
                  : null,
        }))
      ),
  ];
  const descriptions = framed(
    DESCRIPTIONS_SHEET,
    descriptionFields.map((f) => DESCRIPTION_HEADERS[f][0]),
    [10, 14, 12, 36, 28, 28, 22, 12],
    descriptionRows,
    "sheet.duties.descriptionsHelp",
    {
      columns: [10, 14, 12, 36, 28, 28, 22, 12].map((width, c) => ({
        width,
        format: c === 7 ? "yyyy-mm-dd" : "@",
      })),
      validations: [dateValidation(7)],
    }
  );

  // 权责矩阵
  const matrixHeaders = [...Object.values(MATRIX_HEADERS).map((names) => names[0]), ...posts];
  const exampleRoles = ["发起", "协作", "决策", "监督"];
  const matrixRows: OutCell[][] = [
    [
      { value: EXAMPLE_MARK, ...EXAMPLE_LOOK },
      { value: say("sheet.duties.exampleProcess"), ...EXAMPLE_LOOK },
      { value: say("sheet.duties.exampleLine"), ...EXAMPLE_LOOK },
      ...posts.map((_, k) => ({ value: exampleRoles[k] ?? null, ...EXAMPLE_LOOK })),
    ],
    ...filled.processes.map((p) => [
      { value: p.id },
      { value: p.name },
      { value: p.line },
      ...posts.map((post) => ({ value: p.roles[post] ?? null })),
    ]),
  ];
  const matrixWidths = [10, 22, 12, ...posts.map((post) => Math.max(9, post.length * 2 + 2))];
  const roleRows = Math.max(BLANK_ROWS, filled.processes.length + 50);
  const matrix = framed(
    MATRIX_SHEET,
    matrixHeaders,
    matrixWidths,
    matrixRows,
    "sheet.duties.matrixHelp",
    {
      freeze: { rows: FIRST, columns: 3 },
      columns: matrixWidths.map((width) => ({ width, format: "@" })),
      validations:
        posts.length > 0
          ? [
              {
                kind: "list",
                range: `D${FIRST + 1}:${columnLetters(2 + posts.length)}${FIRST + roleRows}`,
                // Single roles, and the pairs a step commonly joins; others may be typed ("发起、监督").
                values: [...ROLES, "发起、协作", "协作、监督"],
                alert: "warning",
                prompt: say("sheet.duties.rolePrompt"),
                error: say("sheet.duties.roleError"),
              },
            ]
          : [],
    }
  );

  // 职责变更
  const calendar = options.calendar ?? officialCalendar;
  const changeFields = Object.keys(CHANGE_HEADERS) as (keyof typeof CHANGE_HEADERS)[];
  const dueFormula = (r: number) => {
    const n = r + 1;
    const days = `IF(TRIM($C${n})="监管变化",${CHANGE_TYPES.监管变化},${CHANGE_TYPES.业务变化})`;
    // Blank unless the type is one of the two and the date a date within the calendar's years (as the engine).
    return `IF(AND(OR(TRIM($C${n})="业务变化",TRIM($C${n})="监管变化"),ISNUMBER($D${n})),${workdayFormula(`$D${n}`, days, calendar, options.through)},"")`;
  };
  const stateFormula = (r: number) => {
    const n = r + 1;
    const [onTime, late, pending, overdue] = [
      CHANGE_STATES["on-time"],
      CHANGE_STATES.late,
      CHANGE_STATES.pending,
      CHANGE_STATES.overdue,
    ];
    return `IF($G${n}="","",IF(ISNUMBER($F${n}),IF($F${n}<=$G${n},"${onTime}","${late}"),IF(TODAY()<=$G${n},"${pending}","${overdue}")))`;
  };
  const formulaCells = (r: number, change?: (typeof filled.changes)[number]): OutCell[] => {
    const status = change
      ? changeStatus(
          {
            type: change.type,
            occurred: serialOf(change.occurred),
            completed: change.completed ? serialOf(change.completed) : undefined,
          },
          options.today,
          calendar
        )
      : null;
    return [
      {
        value: { formula: `=${dueFormula(r)}`, result: status ? status.due : "" },
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
  };
  const [exampleSubject, examplePost] = say("sheet.duties.exampleChange").split("|");
  const example = {
    id: EXAMPLE_MARK,
    subject: exampleSubject,
    type: "监管变化" as const,
    occurred: "2025-09-26",
    posts: [examplePost],
    completed: "2025-10-10",
  };
  const changeRows: OutCell[][] = [
    [
      { value: EXAMPLE_MARK },
      { value: example.subject },
      { value: example.type },
      date(example.occurred),
      { value: examplePost },
      date(example.completed),
      ...formulaCells(FIRST, example),
    ].map((cell) => ({ ...cell, ...EXAMPLE_LOOK })),
    ...filled.changes.map((c, k) => [
      { value: c.id },
      { value: c.subject, wrap: true },
      { value: c.type },
      date(c.occurred),
      { value: c.posts.join("、") },
      date(c.completed),
      ...formulaCells(FIRST + 1 + k, c),
    ]),
  ];
  // Formulas reach 20 rows past the last change, not all 200: rows of formulas print as blank pages. Excel
  // carries them on into the rows typed below (it extends a column's formula from the rows above).
  const used = changeRows.length;
  for (let r = FIRST + used; r < FIRST + used + FORMULA_ROWS_AHEAD; r++)
    changeRows.push([...Array.from({ length: 6 }, () => ({ value: null })), ...formulaCells(r)]);
  const changeWidths = [12, 30, 10, 12, 24, 12, 12, 10];
  const changes = framed(
    CHANGES_SHEET,
    changeFields.map((f) => CHANGE_HEADERS[f][0]),
    changeWidths,
    changeRows,
    "sheet.duties.changesHelp",
    {
      columns: changeWidths.map((width, c) => ({
        width,
        format: [3, 5, 6].includes(c) ? "yyyy-mm-dd" : "@",
      })),
      validations: [
        {
          kind: "list",
          range: range(2),
          values: Object.keys(CHANGE_TYPES),
          prompt: say("sheet.duties.typePrompt"),
          error: say("sheet.duties.typeError"),
        },
        dateValidation(3),
        dateValidation(5),
      ],
      conditionalFormats: [
        { range: range(7), equals: CHANGE_STATES.overdue, fill: "F8CBAD", font: "9C0006" },
        { range: range(7), equals: CHANGE_STATES.late, fill: "FFE699" },
      ],
    }
  );
  return [
    { ...descriptions, activate: true },
    matrix,
    changes,
    calendarSheetSpec({
      locale,
      generatedAt: options.generatedAt,
      calendar,
      through: options.through,
      calendarNote: options.calendarNote,
    }),
  ];
}
