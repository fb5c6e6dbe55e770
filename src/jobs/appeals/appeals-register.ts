import {
  APPEAL_FIELDS,
  APPEAL_STATES,
  CONCLUSIONS,
  type Appeal,
  type AppealField,
} from "../../core/appeals/appeal";
import {
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { normaliseText } from "../../core/util/text";
import {
  a1,
  BLANK,
  columnLetters,
  type Grid,
  type OutCell,
  type SheetSpec,
} from "../../workbook/port";
import { serialOf } from "../../core/calendar/official-calendar";
import { dateOf, textOf } from "../shared/cell-values";
import { printLayout, titleSpan, wrappedHeight } from "../shared/print-layout";
import { outCellOf } from "../shared/values-copy";

export const APPEALS_SHEET = "申诉登记";

/** The register's headers (cycle.md §5), the same in every language: they are how a register is recognised. */
export const APPEAL_HEADERS: Record<AppealField, string> = {
  id: "编号",
  period: "期间",
  employeeId: "工号",
  indicator: "指标",
  reason: "申诉理由",
  submitted: "提交日期",
  state: "状态",
  investigation: "调查记录",
  opinion: "处理意见",
  conclusion: "结论",
  correctedValue: "更正值",
  approver: "审批人",
  approvedOn: "审批日期",
  answeredOn: "答复日期",
  answer: "答复理由",
};
const DATE_FIELDS: AppealField[] = ["submitted", "approvedOn", "answeredOn"];
/** The fifteen columns, narrow enough for the register to print one landscape page wide at 8 pt or more. */
const WIDTHS = [14, 9, 10, 12, 20, 11, 9, 20, 18, 8, 9, 8, 11, 11, 20];
const HEADER_ROW = 2; // 0-based: title, instructions, header
/** 编号, 期间 and 工号: which appeal a row is (repeated on every page, should the register print across). */
const IDENTITY = 3;
/** The last column the title and instructions span: the whole register, printed one page wide. */
const TITLE_LAST = titleSpan(printLayout(WIDTHS), WIDTHS, IDENTITY);
const TITLE_WIDTH = WIDTHS.slice(0, TITLE_LAST + 1).reduce((a, b) => a + b, 0);
const ROWS = 200;

/**
 * 申诉登记 as the add-in makes it: instructions on top, the fifteen columns of cycle.md §5, drop-downs for
 * 状态 and 结论, dates as dates. The register is the users' to fill: nothing is locked, and the add-in never
 * writes over one that exists.
 */
export function appealsRegisterSpec(options: {
  period?: string;
  locale?: Locale;
  generatedAt: string;
}): SheetSpec {
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const column = (field: AppealField) => columnLetters(APPEAL_FIELDS.indexOf(field));
  const range = (field: AppealField) =>
    `${column(field)}${HEADER_ROW + 2}:${column(field)}${HEADER_ROW + 1 + ROWS}`;
  const instructions = say("sheet.appeals.instructions", {
    states: APPEAL_STATES.join(" → "),
  });
  return {
    name: APPEALS_SHEET,
    rows: [
      [
        {
          value: say("sheet.appeals.title", { period: options.period ?? "" }).trim(),
          bold: true,
          size: 16,
        },
      ],
      [{ value: instructions, wrap: true }],
      APPEAL_FIELDS.map((field) => ({ value: APPEAL_HEADERS[field], bold: true, fill: "DDEBF7" })),
    ],
    columns: APPEAL_FIELDS.map((field, c) => ({
      width: WIDTHS[c],
      format: DATE_FIELDS.includes(field)
        ? "yyyy-mm-dd"
        : field === "correctedValue"
          ? "General"
          : "@",
    })),
    // The instructions wrap across the register's printed width.
    rowHeights: { 0: 24, 1: wrappedHeight(instructions, TITLE_WIDTH - 2) },
    merges: [1, 2].map((r) => `A${r}:${columnLetters(TITLE_LAST)}${r}`),
    freeze: { rows: HEADER_ROW + 1, columns: 1 },
    validations: [
      {
        kind: "list",
        range: range("state"),
        values: [...APPEAL_STATES],
        prompt: say("sheet.appeals.statePrompt"),
        error: say("sheet.appeals.stateError"),
      },
      {
        kind: "list",
        range: range("conclusion"),
        values: [...CONCLUSIONS],
        prompt: say("sheet.appeals.conclusionPrompt"),
      },
      ...DATE_FIELDS.map((field) => ({
        kind: "decimal" as const,
        range: range(field),
        min: serialOf("2000-01-01"),
        max: serialOf("2099-12-31"),
        prompt: say("sheet.appeals.datePrompt"),
        error: say("sheet.appeals.dateError"),
      })),
    ],
    print: printLayout(WIDTHS, {
      repeatRows: "1:3",
      repeatColumns: `A:${columnLetters(IDENTITY - 1)}`,
      header: say("sheet.confidential"),
    }),
    provenance: { kind: "appeals", period: options.period, generatedAt: options.generatedAt },
  };
}

/**
 * Any sheet named 申诉登记 with the headers of cycle.md §5 (in any order, within its first ten rows), whoever
 * made it: each filled row as an appeal, with each field's cell. Null when the headers are not there.
 */
export function readAppealsRegister(grid: Grid): {
  appeals: Appeal[];
  missing: string[];
  /** Each field's 0-based column, where its header was found. */
  columns: ReadonlyMap<AppealField, number>;
} {
  let headerRow = -1;
  let columns = new Map<AppealField, number>();
  for (let r = 0; r < Math.min(10, grid.rows.length) && headerRow < 0; r++) {
    const found = new Map<AppealField, number>();
    (grid.rows[r] ?? []).forEach((cell, c) => {
      const text = normaliseText(textOf(cell) ?? "");
      const field = APPEAL_FIELDS.find((f) => normaliseText(APPEAL_HEADERS[f]) === text);
      if (field && !found.has(field)) found.set(field, c);
    });
    if (found.has("id") && found.has("employeeId")) {
      headerRow = r;
      columns = found;
    }
  }
  const missing = APPEAL_FIELDS.filter((f) => !columns.has(f)).map((f) => APPEAL_HEADERS[f]);
  if (headerRow < 0) return { appeals: [], missing, columns };
  const appeals: Appeal[] = [];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (!row.some((cell) => cell.kind !== "empty")) continue;
    const cellOf = (field: AppealField) => {
      const c = columns.get(field);
      return c === undefined ? undefined : row[c];
    };
    const unreadable: AppealField[] = [];
    const date = (field: AppealField) => {
      const value = dateOf(cellOf(field));
      if (value === null) unreadable.push(field);
      return value ?? undefined;
    };
    const corrected = cellOf("correctedValue");
    let correctedValue: number | undefined;
    if (corrected?.kind === "number") correctedValue = corrected.value;
    else if (corrected && corrected.kind !== "empty" && textOf(corrected) !== undefined)
      unreadable.push("correctedValue");
    const appeal: Appeal = {
      row: r + 1,
      cells: Object.fromEntries([...columns].map(([field, c]) => [field, a1(r, c)])),
      id: textOf(cellOf("id")),
      period: textOf(cellOf("period")),
      employeeId: textOf(cellOf("employeeId")),
      indicator: textOf(cellOf("indicator")),
      reason: textOf(cellOf("reason")),
      submitted: date("submitted"),
      state: textOf(cellOf("state")),
      investigation: textOf(cellOf("investigation")),
      opinion: textOf(cellOf("opinion")),
      conclusion: textOf(cellOf("conclusion")),
      correctedValue,
      approver: textOf(cellOf("approver")),
      approvedOn: date("approvedOn"),
      answeredOn: date("answeredOn"),
      answer: textOf(cellOf("answer")),
      unreadable,
    };
    appeals.push(appeal);
  }
  return { appeals, missing, columns };
}

/** An appeal as a row of the add-in's register, in its column order (dates as dates). */
function appealRow(appeal: Appeal): OutCell[] {
  return APPEAL_FIELDS.map((field) => {
    const v = appeal[field as keyof Appeal];
    if (DATE_FIELDS.includes(field))
      return typeof v === "number" ? { value: { date: v }, format: "yyyy-mm-dd" } : { value: null };
    return { value: typeof v === "string" || typeof v === "number" ? v : null };
  });
}

const statesOf = (appeals: readonly Appeal[]) =>
  Object.fromEntries(appeals.flatMap((a) => (a.id && a.state ? [[a.id, a.state.trim()]] : [])));

/**
 * The register as it stood when corrections were applied, laid out as the add-in's own (whoever made the one
 * read), for the corrected workbook: verify re-applies its answered corrections (cycle.md §6.2 (4)).
 */
export function registerCopySpec(
  appeals: readonly Appeal[],
  options: { period?: string; locale?: Locale; generatedAt: string }
): SheetSpec {
  const spec = appealsRegisterSpec(options);
  return {
    ...spec,
    rows: [...spec.rows.slice(0, HEADER_ROW + 1), ...appeals.map(appealRow)],
    // A record, not a form: no drop-downs.
    validations: [],
    provenance: { ...spec.provenance, states: statesOf(appeals) },
  };
}

/**
 * The add-in's own register after one change the pane made (an appeal appended, or one state moved on):
 * every row below the header written back as read, columns the add-in does not know included, so nothing
 * a user typed is lost; the states recorded for the forward-only rule.
 */
export function registerUpdateSpec(
  grid: Grid | undefined,
  change: { append: Appeal } | { state: { row: number; column: number; value: string } },
  appealsAfter: readonly Appeal[],
  options: { period?: string; locale?: Locale; generatedAt: string }
): SheetSpec {
  const spec = appealsRegisterSpec(options);
  const rows = [
    ...spec.rows.slice(0, HEADER_ROW + 1),
    ...(grid?.rows.slice(HEADER_ROW + 1) ?? []).map((row) => row.map(outCellOf)),
  ];
  if ("append" in change) rows.push(appealRow(change.append));
  else {
    const row = rows[change.state.row] ?? [];
    while (row.length <= change.state.column) row.push(BLANK);
    row[change.state.column] = { value: change.state.value };
    rows[change.state.row] = row;
  }
  return { ...spec, rows, provenance: { ...spec.provenance, states: statesOf(appealsAfter) } };
}
