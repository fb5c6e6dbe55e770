import type { ArrangementDay } from "../../core/calendar/arrangement";
import {
  ARRANGEMENT_HEADERS,
  ARRANGEMENT_KIND_TEXT,
  ARRANGEMENT_KIND_WORDS,
  ARRANGEMENT_YEARS,
  arrangementDateOf,
  arrangementDateOfSerial,
  arrangementKindOf,
  mergeArrangementDays,
  type PlacedDay,
} from "../../core/calendar/arrangement-text";
import { serialOf } from "../../core/calendar/official-calendar";
import {
  formatMessage,
  localized,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { cellRef } from "../../core/util/cell-ref";
import {
  a1,
  BLANK,
  columnLetters,
  type Cell,
  type Grid,
  type OutCell,
  type SheetSpec,
} from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { textOf } from "../shared/cell-values";
import { dataRows, findHeader, isExample } from "../shared/header-table";
import { printLayout, wrappedHeight } from "../shared/print-layout";

/**
 * The yearly holiday arrangement (放假安排) as a sheet: 日期, 类型 (休 or 班) and an optional 说明, one day a row.
 * The add-in generates it empty for the bank to fill from the State Council's notice; it reads it whoever made
 * it (headers within the first ten rows, Chinese or English, as the duties sheets are read).
 */
export const ARRANGEMENT_SHEET = "放假安排";

/** 0-based: title, instructions, header; the example row, then the rows to fill. */
const HEADER_ROW = 2;
const EXAMPLE_ROW = HEADER_ROW + 1;
/** Rows ready to fill below the example (drop-downs and date checks reach this far): a year has 30–40 days. */
const BLANK_ROWS = 50;
const HEADER_FILL = "DDEBF7";
const EXAMPLE_FILL = "F2F2F2";
const WIDTHS = [14, 8, 36];

export type ArrangementSheetRead = {
  /** The days read, by date; a date given twice with two kinds is left out (its issue says where). */
  days: ArrangementDay[];
  /** Errors, each with its cell: a caller loads no day of a sheet with any. */
  issues: Issue[];
};

const FIELD = {
  date: localized("日期", "日期 (date)"),
  kind: localized("类型", "类型 (type)"),
} as const;

/**
 * The days of a 放假安排 sheet: every row under the header that has something in 日期, 类型 or 说明, except the
 * generated example (its date or 说明 starting with 示例). Dates are date cells (or serials) or text
 * ("2027-01-01", "2027/1/1", "2027年1月1日"). `source` is the file the sheet is in, when not the workbook being
 * worked on: places are then written as Excel writes a reference to another file ('[2027.xlsx]放假安排'!A5).
 */
export function readArrangementSheet(grid: Grid, source?: string): ArrangementSheetRead {
  const sheet = source ? `[${source}]${grid.name}` : grid.name;
  const header = findHeader(grid, ARRANGEMENT_HEADERS, ["date", "kind"]);
  if (!header)
    return {
      days: [],
      issues: [
        issueAt("error", "arrangement.missingHeaders", {
          sheet: grid.name,
          missing: [ARRANGEMENT_HEADERS.date[0], ARRANGEMENT_HEADERS.kind[0]],
        }),
      ],
    };
  const issues: Issue[] = [];
  const placed: PlacedDay<{ address: string; row: number }>[] = [];
  const column = (field: keyof typeof ARRANGEMENT_HEADERS) => header.columns.get(field);
  for (const { r, row } of dataRows(grid, header.row + 1, [...header.columns.values()])) {
    const at = (field: keyof typeof ARRANGEMENT_HEADERS): Cell | undefined => {
      const c = column(field);
      return c === undefined ? undefined : row[c];
    };
    if (isExample(textOf(at("date"))) || isExample(textOf(at("note")))) continue;
    const address = (field: "date" | "kind") => a1(r, column(field)!);
    const problem = (field: "date" | "kind", key: MessageKey, params: MessageParams) =>
      issues.push(issueAt("error", key, params, sheet, address(field), r + 1));

    const dateCell = at("date");
    let date: string | null = null;
    if (!dateCell || dateCell.kind === "empty" || (dateCell.kind === "text" && !textOf(dateCell)))
      problem("date", "arrangement.required", { field: FIELD.date });
    else {
      date =
        dateCell.kind === "date" || dateCell.kind === "number"
          ? arrangementDateOfSerial(dateCell.value)
          : dateCell.kind === "text"
            ? arrangementDateOf(dateCell.value)
            : null;
      if (!date)
        problem("date", "arrangement.badDate", {
          text: textOf(dateCell) ?? String(dateCell.value),
        });
    }

    const kindText = textOf(at("kind"));
    const kind = arrangementKindOf(kindText);
    if (!kindText) problem("kind", "arrangement.required", { field: FIELD.kind });
    else if (!kind) problem("kind", "arrangement.badKind", { text: kindText });

    if (!date || !kind) continue;
    const note = textOf(at("note"));
    placed.push({
      day: { date, kind, ...(note ? { note } : {}), source: cellRef(sheet, address("date")) },
      place: { address: address("date"), row: r + 1 },
    });
  }
  const { days, conflicts } = mergeArrangementDays(placed);
  for (const { date, first, second } of conflicts)
    issues.push(
      issueAt(
        "error",
        "arrangement.conflict",
        {
          date,
          first: cellRef(sheet, first.place.address),
          firstKind: ARRANGEMENT_KIND_TEXT[first.day.kind],
          second: cellRef(sheet, second.place.address),
          secondKind: ARRANGEMENT_KIND_TEXT[second.day.kind],
        },
        sheet,
        second.place.address,
        second.place.row
      )
    );
  return { days, issues };
}

/**
 * The empty 放假安排 sheet for a year: a title, where to find the notice and how to fill the table, the headers
 * the reader looks for, a grey example row (never read) and rows ready to fill, with a 休/班 drop-down and dates
 * checked as dates (2000–2099) and shown as yyyy-mm-dd.
 */
export function arrangementSheetSpec(options: {
  year: number;
  locale?: Locale;
  generatedAt?: string;
}): SheetSpec {
  const locale = options.locale ?? "zh-CN";
  const say = (key: MessageKey, params: MessageParams = {}) => formatMessage(locale, key, params);
  const { year } = options;
  const help = say("sheet.arrangement.help", { year });
  const headers = [
    ARRANGEMENT_HEADERS.date[0],
    ARRANGEMENT_HEADERS.kind[0],
    ARRANGEMENT_HEADERS.note[0],
  ];
  const last = columnLetters(headers.length - 1);
  const example: OutCell[] = [
    { value: { date: serialOf(`${year}-01-01`) }, format: "yyyy-mm-dd" },
    { value: ARRANGEMENT_KIND_WORDS.off[0] },
    { value: say("sheet.arrangement.example") },
  ].map((cell) => ({ ...cell, fill: EXAMPLE_FILL }));
  const first = EXAMPLE_ROW + 1;
  const end = EXAMPLE_ROW + 1 + BLANK_ROWS;
  const range = (c: number) => `${columnLetters(c)}${first}:${columnLetters(c)}${end}`;
  const spanWidth = WIDTHS.reduce((a, b) => a + b, 0);
  return {
    name: ARRANGEMENT_SHEET,
    rows: [
      [{ value: say("sheet.arrangement.title", { year }), bold: true, size: 16 }],
      [{ value: help, wrap: true }],
      headers.map((value) => ({ value, bold: true, fill: HEADER_FILL })),
      example,
      // The table to fill: blank cells, so that both adapters give them the columns' formats.
      ...Array.from({ length: BLANK_ROWS }, () => headers.map(() => BLANK)),
    ],
    columns: WIDTHS.map((width, c) => ({ width, format: c === 0 ? "yyyy-mm-dd" : "@" })),
    rowHeights: { 0: 24, 1: wrappedHeight(help, spanWidth - 2) },
    merges: [`A1:${last}1`, `A2:${last}2`],
    freeze: { rows: EXAMPLE_ROW, columns: 0 },
    validations: [
      {
        kind: "decimal",
        range: range(0),
        min: serialOf(`${ARRANGEMENT_YEARS.first}-01-01`),
        max: serialOf(`${ARRANGEMENT_YEARS.last}-12-31`),
        prompt: say("sheet.arrangement.datePrompt", { year }),
        error: say("sheet.arrangement.dateError"),
      },
      {
        kind: "list",
        range: range(1),
        values: [ARRANGEMENT_KIND_WORDS.off[0], ARRANGEMENT_KIND_WORDS.work[0]],
        prompt: say("sheet.arrangement.kindPrompt"),
        error: say("sheet.arrangement.kindError"),
      },
    ],
    print: printLayout(WIDTHS, {
      repeatRows: `1:${HEADER_ROW + 1}`,
      header: say("sheet.confidential"),
    }),
    provenance: {
      kind: "arrangement",
      ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    },
  };
}
