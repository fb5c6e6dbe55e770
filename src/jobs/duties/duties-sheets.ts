import { officialCalendar, type OfficialCalendar } from "../../core/calendar/official-calendar";
import { ROLES } from "../../core/duties/duties";
import { DESCRIPTIONS_SHEET } from "../../core/duties/description-checks";
import { MATRIX_SHEET } from "../../core/duties/matrix-checks";
import type { Locale } from "../../core/i18n/messages";
import { columnLetters, type OutCell, type SheetSpec } from "../../workbook/port";
import { contentWidths, printedWidth } from "../shared/print-layout";
import { calendarSheetSpec } from "../calendar/calendar-sheet";
import { EXAMPLE_MARK } from "../shared/header-table";
import { sayIn } from "../shared/say";
import { dutiesContentSchema, type DutiesContent, type FilledDuties } from "./duties-content";
import { dutyChangesSheet } from "./duties-changes-sheet";
import { DESCRIPTION_HEADERS, MATRIX_HEADERS } from "./duties-read";
import {
  BLANK_ROWS,
  dateCell,
  dateValidation,
  EXAMPLE_LOOK,
  FIRST,
  framedSheet,
  type DutiesFrame,
} from "./duties-frame";

export { dutiesContentSchema, type DutiesContent } from "./duties-content";

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

/**
 * The duties workbook (duties.md §1–§3): 岗位说明书, 权责矩阵 and 职责变更, each with a title, instructions, the
 * headers a reader looks for, drop-downs and a grey example row; the hidden 工作日历 sheet the due-date
 * formulas read. A template's posts are pre-filled; a sample's content fills it.
 */
export function dutiesWorkbookSpecs(content: DutiesContent, options: Options): SheetSpec[] {
  const filled = dutiesContentSchema.parse(content);
  const locale = options.locale ?? "zh-CN";
  const frame: DutiesFrame = {
    say: sayIn(locale),
    provenance: { kind: "duties", generatedAt: options.generatedAt },
  };
  const calendar = options.calendar ?? officialCalendar;
  return [
    { ...descriptionsSheet(frame, filled), activate: true },
    matrixSheet(frame, filled),
    dutyChangesSheet(frame, filled.changes, {
      today: options.today,
      calendar,
      through: options.through,
    }),
    calendarSheetSpec({
      locale,
      generatedAt: options.generatedAt,
      calendar,
      through: options.through,
      calendarNote: options.calendarNote,
    }),
  ];
}

const DESCRIPTION_WIDTHS = [10, 14, 12, 36, 28, 28, 22, 12];
/** The widest the 岗位编号 column grows to hold a template's post ids (credit-approval) whole. */
const WIDEST_ID = 22;

/** 岗位说明书 (duties.md §1): the example, the descriptions, then the template's posts still to describe. */
function descriptionsSheet(frame: DutiesFrame, filled: FilledDuties): SheetSpec {
  const { say } = frame;
  const fields = Object.keys(DESCRIPTION_HEADERS) as (keyof typeof DESCRIPTION_HEADERS)[];
  const described = new Set(filled.descriptions.flatMap((d) => [d.name, d.id]));
  const rows: OutCell[][] = [
    [
      { value: `${EXAMPLE_MARK}`, ...EXAMPLE_LOOK },
      ...say("sheet.duties.exampleDescription")
        .split("|")
        .map((value) => ({ value, wrap: true, ...EXAMPLE_LOOK })),
    ],
    ...filled.descriptions.map((d) =>
      fields.map((field) =>
        field === "revised" ? dateCell(d.revised) : { value: d[field] ?? null, wrap: true }
      )
    ),
    // A template's posts no description covers yet: id, name and the 考核标准 link, to be completed.
    ...filled.posts
      .filter(
        (p) =>
          !described.has(p.name) && !filled.descriptions.some((d) => d.standard.includes(p.name))
      )
      .map((p) =>
        fields.map((field) => ({
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
  // 岗位编号 as wide as the ids it holds (a template's are words: credit-approval), within reason.
  const [idWidth] = contentWidths(
    rows.map((cells) => cells.slice(0, 1)),
    DESCRIPTION_WIDTHS[0],
    WIDEST_ID
  );
  const widths = [idWidth, ...DESCRIPTION_WIDTHS.slice(1)];
  return framedSheet(
    frame,
    {
      name: DESCRIPTIONS_SHEET,
      headers: fields.map((f) => DESCRIPTION_HEADERS[f][0]),
      widths,
      body: rows.map((cells) =>
        cells.map((cell) => (typeof cell.value === "string" ? { ...cell, wrap: true } : cell))
      ),
      help: "sheet.duties.descriptionsHelp",
    },
    {
      columns: widths.map((width, c) => ({
        width,
        format: c === 7 ? "yyyy-mm-dd" : "@",
      })),
      validations: [dateValidation(frame, 7)],
    }
  );
}

/** 权责矩阵 (duties.md §2): a process a row, a post a column, the post's roles in the process where they meet. */
function matrixSheet(frame: DutiesFrame, filled: FilledDuties): SheetSpec {
  const { say } = frame;
  // The post columns: the described posts (else the template's), and any post a process names.
  const posts = [
    ...(filled.descriptions.length > 0 ? filled.descriptions : filled.posts).map((p) => p.name),
    ...filled.processes.flatMap((p) => Object.keys(p.roles)),
  ].filter((name, k, all) => all.indexOf(name) === k);
  const exampleRoles = ["发起", "协作", "决策", "监督"];
  const rows: OutCell[][] = [
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
  const widths = [
    10,
    22,
    12,
    ...posts.map((post) => Math.max(9, Math.ceil(printedWidth(post, true)) + 2)),
  ];
  const roleRows = Math.max(BLANK_ROWS, filled.processes.length + 50);
  return framedSheet(
    frame,
    {
      name: MATRIX_SHEET,
      headers: [...Object.values(MATRIX_HEADERS).map((names) => names[0]), ...posts],
      widths,
      body: rows,
      help: "sheet.duties.matrixHelp",
    },
    {
      freeze: { rows: FIRST, columns: 3 },
      columns: widths.map((width) => ({ width, format: "@" })),
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
}
