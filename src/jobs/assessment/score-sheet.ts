import type { ScoreRecord } from "../../core/assess/score-record";
import { headerWidths, tableLayout } from "../shared/print-layout";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, Post } from "../../core/template/schema";
import {
  columnLetters,
  type Grid,
  type OutCell,
  type SheetSpec,
  type Validation,
} from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import {
  findHeaderRow,
  IDENTITY,
  IDENTITY_HEADERS,
  indicatorColumns,
  indicatorHeader,
  mapColumns,
} from "./score-sheet-columns";
import { missingColumnIssues, postLookup, readRows, type RowReading } from "./score-sheet-rows";

// The columns have a file of their own; importers keep using this one.
export {
  IDENTITY,
  indicatorColumns,
  indicatorHeader,
  SOURCE_HEADER,
  type IdentityColumn,
} from "./score-sheet-columns";
import { SCORE_SHEET } from "./score-sheet-name";

/** The score sheet (评分表) managers fill: identity columns, then one column per indicator of the template. */
export { SCORE_SHEET };
export const TITLE_ROWS = 2;

const INDICATOR_WIDTH = 12;

export function scoreSheetSpec(
  loaded: LoadedTemplate,
  options: { rows: number; generatedAt: string }
): SheetSpec {
  const t = loaded.template;
  const columns = indicatorColumns(t);
  const first = TITLE_ROWS + 1; // the first data row, 0-based index of the row after the header
  const lastRow = first + options.rows; // 1-based number of the last input row
  const header = [
    ...IDENTITY.map((key) => IDENTITY_HEADERS[key].zh),
    ...columns.map(indicatorHeader),
  ];
  // Narrow indicator columns with wrapped headers (widened where a header would take over six lines or
  // break a word): a landscape page holds several of them, the identity columns repeated on every page.
  const widths = headerWidths(
    header,
    [
      ...IDENTITY.map((key) => (key === "branch" || key === "department" ? 14 : 10)),
      ...columns.map(() => INDICATOR_WIDTH),
    ],
    { lines: 6, max: 26, ids: true }
  );
  const line = `权重模板 ${t.name} · 版本 ${t.version} · 指纹 ${loaded.fingerprint.slice(0, 8)} · 生成于 ${options.generatedAt} · 请在第 ${first + 1} 行起填写，一行一人（或一个机构/部门）`;
  const title = `${SCORE_SHEET}：${t.name}${t.period ? `（${t.period}）` : ""}`;
  const rows: OutCell[][] = [
    [{ value: title, bold: true, size: 14, wrap: true }],
    [{ value: line, wrap: true }],
    header.map((value) => ({ value, bold: true, fill: "DDEBF7", wrap: true })),
  ];
  for (let r = 0; r < options.rows; r++) {
    rows.push([
      ...IDENTITY.map(() => ({ value: null, unlocked: true })),
      ...columns.map(() => ({ value: null, unlocked: true })),
    ]);
  }
  const range = (column: number) =>
    `${columnLetters(column)}${first + 1}:${columnLetters(column)}${lastRow}`;
  const postColumn = IDENTITY.indexOf("post");
  const validations: Validation[] = [
    // (Posts whose names do not fit a drop-down are left out by the writers: writableValidations.)
    {
      kind: "list",
      range: range(postColumn),
      values: t.posts.map((post) => post.name),
      prompt: "从下拉列表中选择岗位",
      error: "请选择权重模板中的岗位",
    },
    ...columns.map((indicator, k) =>
      numberValidation(indicator, t.posts, t.fullScore, range(IDENTITY.length + k))
    ),
  ];
  return {
    name: SCORE_SHEET,
    rows,
    columns: widths.map((width, c) => ({
      width,
      ...(c >= IDENTITY.length
        ? { format: columns[c - IDENTITY.length].unit === "%" ? "0.00%" : "0.00" }
        : {}),
    })),
    ...tableLayout(header, widths, IDENTITY.length, undefined, { title, titleSize: 14, line }),
    freeze: { rows: TITLE_ROWS + 1, columns: IDENTITY.length },
    validations,
    protect: true,
    provenance: {
      kind: "scores",
      templateId: t.id,
      templateVersion: t.version,
      templateFingerprint: loaded.fingerprint,
      generatedAt: options.generatedAt,
    },
    activate: true,
  };
}

/** Numbers only; where every post scores the column by `direct`, within [0, full]; counts are whole. */
function numberValidation(
  indicator: Indicator,
  posts: readonly Post[],
  full: number,
  range: string
): Validation {
  const uses = posts.flatMap((post) => post.indicators.filter((i) => i.id === indicator.id));
  const prompt = `${indicator.name}${indicator.unit === "%" ? "：填小数或百分比，如 0.12 或 12%" : ""}`;
  if (uses.every((i) => i.scoring.method === "direct"))
    return {
      kind: "decimal",
      range,
      min: 0,
      max: full,
      prompt,
      error: `请输入 0 到 ${full} 之间的数字`,
    };
  if (uses.every((i) => i.scoring.method === "deduction"))
    return { kind: "whole", range, min: 0, prompt, error: "请输入不小于 0 的整数" };
  return { kind: "decimal", range, prompt, error: "请输入数字" };
}

export type ReadScores = {
  records: ScoreRecord[];
  /** Problems found in the sheet itself (columns, empty rows, percentages); row scoring adds its own. */
  issues: Issue[];
  /** Indicator ids whose column is missing, to keep their per-row "blank" issues from flooding the report. */
  missingColumns: Set<string>;
  /** Cells already reported by a more specific message than the engine's. */
  reportedCells: Set<string>;
  headerRow: number;
};

/** Reads a filled score sheet into score records, each cell's address kept for messages. */
export function readScoreSheet(
  grid: Grid,
  loaded: LoadedTemplate
): ReadScores | { fatal: Issue[] } {
  const sheet = grid.name;
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0) return { fatal: [issueAt("error", "sheet.noHeader", { sheet })] };
  const t = loaded.template;
  const indicators = indicatorColumns(t);
  const columns = mapColumns(grid, headerRow, indicators);
  if ("fatal" in columns) return columns;
  const { issues } = columns;
  const reading: RowReading = {
    grid,
    columns,
    indicators,
    fullScore: t.fullScore,
    ...postLookup(t),
    issues,
    reportedCells: new Set<string>(),
    lettersByPost: new Map(),
  };
  const records = readRows(reading, headerRow);
  if (records.length === 0) issues.push(issueAt("error", "sheet.noRows", { sheet }));
  const missingColumns = missingColumnIssues(reading, t, records, headerRow);
  return { records, issues, missingColumns, reportedCells: reading.reportedCells, headerRow };
}
