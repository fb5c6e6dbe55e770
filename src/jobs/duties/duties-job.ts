import {
  addWorkdays,
  officialCalendar,
  yearOf,
  type OfficialCalendar,
} from "../../core/calendar/official-calendar";
import {
  changeStatus,
  CHANGES_SHEET,
  checkChanges,
  checkDescriptions,
  DESCRIPTIONS_SHEET,
} from "../../core/duties/description-checks";
import { tally, type DutyChange } from "../../core/duties/duties";
import { checkMatrix, MATRIX_SHEET } from "../../core/duties/matrix-checks";
import { formatMessage, type Locale } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import {
  freeSheetName,
  type Grid,
  type SheetSource,
  type SheetSpec,
  type Workbook,
  type WorkbookSnapshot,
} from "../../workbook/port";
import { AUDIT_SHEET, withAuditLog } from "../shared/audit-log";
import type { ArrangementDay } from "../../core/calendar/arrangement";
import { countErrors, issueAt, type Issue } from "../shared/issue";
import { ARRANGEMENT_SHEET } from "../calendar/arrangement-sheet";
import { jobCalendar, statutoryLine, statutoryNotes } from "../calendar/work-calendar";
import { CALENDAR_SHEET } from "../calendar/calendar-sheet";
import { checkupSheetSpec, checkupSheetName } from "./checkup-sheet";
import { readChanges, readDescriptions, readMatrix, type Unreadable } from "./duties-read";
import { dutiesWorkbookSpecs } from "./duties-sheets";
import type { ChangeRow, DutiesCheck } from "./duties-check";
import { readTemplateSheet, TEMPLATE_SHEET } from "../shared/template-sheet";
import { formatTimestamp } from "../shared/timestamp";

export const DUTIES_SHEETS = [DESCRIPTIONS_SHEET, MATRIX_SHEET, CHANGES_SHEET] as const;
/** duties.md §4: changes due within this many working days are listed with the overdue ones. */
export const SOON_WORKDAYS = 5;

export type DutiesJobResult =
  | { ok: false; problems: Issue[] }
  | (DutiesCheck & {
      ok: true;
      reportSheet: string;
      /** The report tab and the 审计日志 with this check's row. */
      sheets: SheetSource[];
      /** What was read (the command line copies the three sheets beside the report). */
      snapshot: WorkbookSnapshot;
      errors: number;
      warnings: number;
      /** What the outputs say besides: due dates counted without a year's arrangement. */
      notes: Issue[];
    });

export type DutiesJobOptions = {
  /** Posts to link descriptions to; default the workbook's own 权重模板, if it has one. */
  template?: LoadedTemplate | null;
  /** The template when neither `template` is given nor the workbook has a 权重模板 (the pane's own). */
  fallbackTemplate?: LoadedTemplate | null;
  /** The check date (Excel serial); default today. */
  asOf: number;
  /** The file's name, for the report's provenance line. */
  source?: string;
  locale?: Locale;
  who?: string;
  now?: Date;
  /** The calendar to count with; default the bundled one with the workbook's 放假安排 and `arrangement`. */
  calendar?: OfficialCalendar;
  /** Days of the State Council's arrangements loaded for this job (`--calendar`). */
  arrangement?: readonly ArrangementDay[];
};

const unreadableIssue = (u: Unreadable, sheet: string): Issue =>
  issueAt(
    "error",
    `duties.unreadable.${u.expected}`,
    { field: u.field, text: u.text },
    sheet,
    u.cell
  );

/**
 * `duties` (duties.md §1–§4): the three sheets read whoever made them, every check of §1–§3 with its cell,
 * each change's due date and state on the official calendar, and the quarterly check-up tab
 * `岗位责任体检 2025Q4` with the 审计日志 row. One read; the caller writes `sheets`.
 */
export async function dutiesJob(
  book: Workbook,
  options: DutiesJobOptions
): Promise<DutiesJobResult> {
  const locale = options.locale ?? "zh-CN";
  const snapshot = await book.read([
    ...DUTIES_SHEETS,
    TEMPLATE_SHEET,
    AUDIT_SHEET,
    ARRANGEMENT_SHEET,
  ]);
  const counting = options.calendar
    ? { calendar: options.calendar, issues: [] }
    : jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return { ok: false, problems: counting.issues };
  const calendar = counting.calendar;
  const file = options.source ?? "";
  const missing = DUTIES_SHEETS.filter((name) => !snapshot.grids.has(name));
  if (missing.length > 0)
    return {
      ok: false,
      problems: missing.map((sheet) => issueAt("error", "duties.missingSheet", { sheet, file })),
    };
  const grid = (name: string) => snapshot.grids.get(name) as Grid;
  const descriptions = readDescriptions(grid(DESCRIPTIONS_SHEET));
  const matrix = readMatrix(grid(MATRIX_SHEET));
  const changes = readChanges(grid(CHANGES_SHEET));
  const problems: Issue[] = [];
  for (const [sheet, read] of [
    [DESCRIPTIONS_SHEET, descriptions],
    [MATRIX_SHEET, matrix],
    [CHANGES_SHEET, changes],
  ] as const)
    if (!read.ok)
      problems.push(issueAt("error", "duties.missingHeaders", { sheet, missing: read.missing }));
  if (!descriptions.ok || !matrix.ok || !changes.ok || problems.length > 0)
    return { ok: false, problems };
  // A workbook as generated, nothing filled in: "0 errors" would read as a system that passed its check.
  if (descriptions.rows.length === 0 && matrix.rows.length === 0)
    return { ok: false, problems: [issueAt("error", "duties.empty", {})] };

  let template = options.template ?? options.fallbackTemplate ?? null;
  if (options.template === undefined && snapshot.grids.has(TEMPLATE_SHEET)) {
    const read = readTemplateSheet(grid(TEMPLATE_SHEET));
    if (!read.ok) return { ok: false, problems: read.issues };
    template = read.value.loaded;
  }
  const check = checkDuties(
    descriptions.rows,
    matrix.rows,
    changes.rows,
    template,
    options.asOf,
    calendar
  );
  check.unreadable = [
    ...descriptions.unreadable.map((u) => unreadableIssue(u, DESCRIPTIONS_SHEET)),
    ...changes.unreadable.map((u) => unreadableIssue(u, CHANGES_SHEET)),
  ];
  const { errors, warnings } = tally(check.findings, check.unreadable.length);
  const reportSheet = freeSheetName(checkupSheetName(options.asOf, locale), snapshot);
  const generatedAt = formatTimestamp(options.now ?? new Date());
  const notes = statutoryNotes(calendar);
  const report: SheetSpec = checkupSheetSpec(check, {
    name: reportSheet,
    source: file,
    generatedAt,
    locale,
    calendarNote: statutoryLine(calendar, locale),
  });
  const soon = check.changes.filter((c) => c.soon).length;
  const overdue = check.changes.filter((c) => c.state === "overdue").length;
  return {
    ok: true,
    ...check,
    reportSheet,
    snapshot,
    errors,
    warnings,
    notes,
    sheets: withAuditLog(
      [report],
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "duties",
        who: options.who,
        template,
        summary: formatMessage(locale, "audit.summary.duties", { errors, warnings, overdue, soon }),
        now: options.now,
      },
      locale
    ),
  };
}

/** The checks of duties.md §1–§3 over rows already read, and each change's due date and state. */
export function checkDuties(
  descriptions: Parameters<typeof checkDescriptions>[0],
  processes: Parameters<typeof checkMatrix>[0],
  changes: readonly DutyChange[],
  template: LoadedTemplate | null,
  asOf: number,
  calendar: OfficialCalendar = officialCalendar
): DutiesCheck {
  const templatePosts = template?.template.posts.map((p) => ({ id: p.id, name: p.name })) ?? null;
  const findings = [
    ...checkDescriptions(descriptions, templatePosts, asOf),
    ...checkMatrix(processes, descriptions),
    ...checkChanges(changes, descriptions),
  ];
  const horizon = addWorkdays(calendar, asOf, SOON_WORKDAYS);
  const rows: ChangeRow[] = changes.flatMap((change) => {
    const status = changeStatus(change, asOf, calendar);
    if (!status) return [];
    const soon = status.state === "pending" && horizon.ok && status.due <= horizon.value;
    return [
      {
        id: change.id ?? `#${change.row}`,
        row: change.row,
        cell: `${CHANGES_SHEET}!${change.cells.id ?? `A${change.row}`}`,
        subject: change.subject,
        type: change.type,
        occurred: change.occurred,
        posts: change.posts,
        due: status.due,
        state: status.state,
        soon,
      },
    ];
  });
  return {
    template,
    asOf,
    counts: { posts: descriptions.length, processes: processes.length, changes: changes.length },
    findings,
    unreadable: [],
    changes: rows,
  };
}

/**
 * The empty duties workbook (duties.md §1–§3) with a template's posts pre-filled: its three sheets and the
 * hidden 工作日历. A sheet of those names already in the workbook is never written over: the job says which.
 */
export async function dutiesWorkbookJob(
  book: Workbook,
  options: {
    template?: LoadedTemplate | null;
    locale?: Locale;
    now?: Date;
    today: number;
    who?: string;
    /** Days of the State Council's arrangements loaded for this job (`--calendar`). */
    arrangement?: readonly ArrangementDay[];
  }
): Promise<
  | { ok: true; sheets: SheetSource[]; names: string[]; notes: Issue[] }
  | { ok: false; problems: Issue[] }
> {
  const snapshot = await book.read([AUDIT_SHEET, ARRANGEMENT_SHEET]);
  const taken = [...DUTIES_SHEETS, CALENDAR_SHEET].filter((name) =>
    snapshot.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())
  );
  if (taken.length > 0)
    return {
      ok: false,
      problems: [issueAt("error", "duties.exists", { sheets: taken })],
    };
  const locale = options.locale ?? "zh-CN";
  const posts = options.template?.template.posts.map((p) => ({ id: p.id, name: p.name })) ?? [];
  const counting = jobCalendar(snapshot, options.arrangement);
  if (countErrors(counting.issues) > 0) return { ok: false, problems: counting.issues };
  // The due-date formulas count along the hidden 工作日历: it reaches the year after this one, so a change
  // made in December has its due date; a year nobody loaded is listed by the statutory rules, and says so.
  const specs = dutiesWorkbookSpecs(
    { posts },
    {
      locale,
      generatedAt: formatTimestamp(options.now ?? new Date()),
      today: options.today,
      calendar: counting.calendar,
      through: yearOf(options.today) + 1,
      calendarNote: (calendar) => statutoryLine(calendar, locale),
    }
  );
  const notes = statutoryNotes(counting.calendar);
  return {
    ok: true,
    notes,
    names: specs.filter((s) => !s.hidden).map((s) => s.name),
    sheets: withAuditLog(
      specs,
      snapshot.grids.get(AUDIT_SHEET),
      {
        job: "duties",
        who: options.who,
        template: options.template,
        summary: formatMessage(locale, "audit.summary.dutiesWorkbook", { posts: posts.length }),
        now: options.now,
      },
      locale
    ),
  };
}
