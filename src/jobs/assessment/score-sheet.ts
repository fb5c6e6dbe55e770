import type { CellValue, ScoreRecord } from "../../core/assess/score-record";
import { tableLayout } from "../shared/print-layout";
import { localized } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, Post } from "../../core/template/schema";
import { normaliseText } from "../../core/util/text";
import {
  a1,
  cellAt,
  columnLetters,
  type Cell,
  type Grid,
  type OutCell,
  type SheetSpec,
  type Validation,
} from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";

/** The score sheet (评分表) managers fill: identity columns, then one column per indicator of the template. */
export const SCORE_SHEET = "评分表";
export const TITLE_ROWS = 2;

export const IDENTITY = ["branch", "department", "id", "name", "post"] as const;
export type IdentityColumn = (typeof IDENTITY)[number];
const IDENTITY_HEADERS: Record<IdentityColumn, { zh: string; en: string; aliases: string[] }> = {
  branch: { zh: "机构", en: "Branch", aliases: ["机构", "机构名称", "分支机构", "branch"] },
  department: { zh: "部门", en: "Department", aliases: ["部门", "department", "dept"] },
  id: {
    zh: "工号",
    en: "Employee ID",
    aliases: ["工号", "员工编号", "编号", "id", "employee id", "employeeid"],
  },
  name: { zh: "姓名", en: "Name", aliases: ["姓名", "名称", "name"] },
  post: { zh: "岗位", en: "Post", aliases: ["岗位", "岗位名称", "post"] },
};
const REQUIRED_IDENTITY: IdentityColumn[] = ["id", "post"];
/** Columns the add-in itself adds (the collected sheet's source file): known, and not scored. */
export const SOURCE_HEADER = "来源文件";
const IGNORED_HEADERS = [SOURCE_HEADER, "source file"];

/** Every indicator of every post, once per id, in template order: the score sheet's columns. */
export function indicatorColumns(template: LoadedTemplate["template"]): Indicator[] {
  const seen = new Map<string, Indicator>();
  for (const post of template.posts)
    for (const indicator of post.indicators)
      if (!seen.has(indicator.id)) seen.set(indicator.id, indicator);
  return [...seen.values()];
}

/** "贷款不良率（npl_ratio）": the name users read and the id that matches it exactly. */
export const indicatorHeader = (indicator: Pick<Indicator, "id" | "name">) =>
  `${indicator.name}（${indicator.id}）`;

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
  // Narrow indicator columns with wrapped headers: a landscape page holds about ten of them, the identity
  // columns repeated on every page.
  const widths = [
    ...IDENTITY.map((key) => (key === "branch" || key === "department" ? 14 : 10)),
    ...columns.map(() => INDICATOR_WIDTH),
  ];
  const rows: OutCell[][] = [
    [
      {
        value: `${SCORE_SHEET}：${t.name}${t.period ? `（${t.period}）` : ""}`,
        bold: true,
        size: 14,
      },
    ],
    [
      {
        value: `权重模板 ${t.name} · 版本 ${t.version} · 指纹 ${loaded.fingerprint.slice(0, 8)} · 生成于 ${options.generatedAt} · 请在第 ${first + 1} 行起填写，一行一人（或一个机构/部门）`,
        wrap: true,
      },
    ],
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
    ...tableLayout(header, widths, IDENTITY.length),
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

const PERCENT_TEXT = /^([-+]?\d+(?:\.\d+)?)\s*%$/;

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
  const issues: Issue[] = [];

  const identityAt = new Map<IdentityColumn, number>();
  const indicatorAt = new Map<string, number>();
  const headerCells = grid.rows[headerRow] ?? [];
  headerCells.forEach((cell, c) => {
    const label = textOf(cell);
    if (!label) return;
    const key = normaliseText(label).toLowerCase();
    const identity = IDENTITY.find((column) => IDENTITY_HEADERS[column].aliases.includes(key));
    if (identity && !identityAt.has(identity)) return void identityAt.set(identity, c);
    const indicator = matchIndicator(key, indicators);
    if (indicator && !indicatorAt.has(indicator.id)) return void indicatorAt.set(indicator.id, c);
    if (IGNORED_HEADERS.includes(key)) return;
    issues.push({
      ...issueAt("warning", "sheet.unknownColumn", { value: label }, sheet, a1(headerRow, c)),
    });
  });
  const fatal = REQUIRED_IDENTITY.filter((column) => !identityAt.has(column)).map((column) =>
    issueAt(
      "error",
      "sheet.missingIdentity",
      { column: localized(IDENTITY_HEADERS[column].zh, IDENTITY_HEADERS[column].en) },
      sheet,
      a1(headerRow, 0)
    )
  );
  if (fatal.length > 0) return { fatal };

  // Each row's post, found by name or id as the user typed it (the first post in template order that
  // matches, as a search down the list would), and its own indicators: looked up once, not per row.
  const posts = new Map<string, Post>();
  for (const post of [...t.posts].reverse()) {
    posts.set(normaliseText(post.id), post);
    posts.set(normaliseText(post.name), post);
  }
  const postByText = (text: string) => posts.get(normaliseText(text));
  const postIndicators = new Map(
    t.posts.map((post) => [post, new Map(post.indicators.map((i) => [i.id, i]))])
  );
  const records: ScoreRecord[] = [];
  const reportedCells = new Set<string>();
  // The run of empty rows since the last filled one: its first row (0-based) and length.
  let emptyFrom = -1;
  let emptyCount = 0;
  const usedColumns = [...identityAt.values(), ...indicatorAt.values()];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (usedColumns.every((c) => (row[c] ?? { kind: "empty" }).kind === "empty")) {
      if (emptyCount++ === 0) emptyFrom = r;
      continue;
    }
    // An empty row between filled ones is reported; trailing empty rows (the unused input rows) are not. A
    // run of them is one warning: a row filled 150,000 rows down is one line, not 150,000.
    if (emptyCount === 1) {
      const empty = emptyFrom;
      issues.push(
        issueAt("warning", "sheet.emptyRow", { row: empty + 1 }, sheet, a1(empty, 0), empty + 1)
      );
    } else if (emptyCount > 1) {
      const [first, last] = [emptyFrom, emptyFrom + emptyCount - 1];
      issues.push(
        issueAt(
          "warning",
          "sheet.emptyRows",
          { from: first + 1, to: last + 1, count: emptyCount },
          sheet,
          a1(first, 0),
          first + 1
        )
      );
    }
    emptyCount = 0;

    const identity = (column: IdentityColumn) => {
      const c = identityAt.get(column);
      return c === undefined ? undefined : textOf(cellAt(grid, r, c));
    };
    const cells: Record<string, string> = {
      id: a1(r, identityAt.get("id") as number),
      post: a1(r, identityAt.get("post") as number),
    };
    const values: Record<string, CellValue> = {};
    const post = identity("post") ?? "";
    const postOf = postByText(post);
    const own = postOf ? postIndicators.get(postOf) : undefined;
    for (const indicator of indicators) {
      const c = indicatorAt.get(indicator.id);
      if (c === undefined) continue;
      const cell = cellAt(grid, r, c);
      const inPost = own?.get(indicator.id);
      // Large sheets: keep only what scoring and messages need (the post's cells, and values that are there).
      if (inPost || !postOf) cells[indicator.id] = a1(r, c);
      if (cell.kind === "empty") continue;
      values[indicator.id] = toCellValue(cell);
      const address = a1(r, c);
      const name = localized(indicator.name, indicator.nameEn);
      if (postOf && !inPost) {
        issues.push(
          issueAt(
            "warning",
            "row.notInPost",
            { indicator: name, post: localized(postOf.name, postOf.nameEn) },
            sheet,
            address,
            r + 1
          )
        );
      }
      const unit = (inPost ?? indicator).unit;
      if (cell.kind === "text") {
        const percent = normaliseText(cell.value).match(PERCENT_TEXT);
        if (percent) {
          issues.push({
            ...issueAt(
              "error",
              "row.percentText",
              { indicator: name, value: cell.value, suggest: Number(percent[1]) / 100 },
              sheet,
              address,
              r + 1
            ),
            recordId: identity("id"),
          });
          reportedCells.add(`${sheet}!${address}`);
        }
      } else if (
        cell.kind === "number" &&
        unit === "%" &&
        Math.abs(cell.value) > 1 &&
        Math.abs(cell.value) <= 100
      ) {
        issues.push({
          ...issueAt(
            "warning",
            "row.percentScale",
            { indicator: name, value: cell.value, suggest: cell.value / 100 },
            sheet,
            address,
            r + 1
          ),
          recordId: identity("id"),
        });
      }
    }
    records.push({
      id: identity("id") ?? "",
      name: identity("name"),
      branch: identity("branch"),
      department: identity("department"),
      post,
      values,
      source: { sheet, row: r + 1, cells },
    });
  }
  if (records.length === 0) issues.push(issueAt("error", "sheet.noRows", { sheet }));

  const missingColumns = new Set<string>();
  const postsInUse = new Set(records.map((record) => normaliseText(record.post)));
  for (const post of t.posts) {
    if (!postsInUse.has(normaliseText(post.name)) && !postsInUse.has(normaliseText(post.id)))
      continue;
    for (const indicator of post.indicators) {
      if (indicatorAt.has(indicator.id) || missingColumns.has(indicator.id) || indicator.bonus)
        continue;
      missingColumns.add(indicator.id);
      issues.push(
        issueAt(
          "error",
          "sheet.missingColumn",
          {
            indicator: localized(indicator.name, indicator.nameEn),
            post: localized(post.name, post.nameEn),
          },
          sheet,
          a1(headerRow, 0)
        )
      );
    }
  }
  return { records, issues, missingColumns, reportedCells, headerRow };
}

function findHeaderRow(grid: Grid): number {
  for (let r = 0; r < Math.min(10, grid.rows.length); r++) {
    const labels = (grid.rows[r] ?? []).map((cell) =>
      normaliseText(textOf(cell) ?? "").toLowerCase()
    );
    const has = (column: IdentityColumn) =>
      labels.some((label) => IDENTITY_HEADERS[column].aliases.includes(label));
    if (has("id") || has("post")) return r;
  }
  return -1;
}

/** By id, by Chinese or English name, or as "name（id）" — after folding width and white space. */
function matchIndicator(key: string, indicators: readonly Indicator[]): Indicator | undefined {
  const bracketed = key.match(/\(([^()]+)\)\s*$/)?.[1]?.trim();
  return indicators.find((indicator) => {
    const candidates = [indicator.id, indicator.name, indicator.nameEn]
      .filter(Boolean)
      .map((v) => normaliseText(v as string).toLowerCase());
    return (
      candidates.includes(key) ||
      (bracketed !== undefined && normaliseText(indicator.id).toLowerCase() === bracketed)
    );
  });
}

function textOf(cell: Cell): string | undefined {
  if (cell.kind === "text") return cell.value.trim() || undefined;
  if (cell.kind === "number") return String(cell.value);
  return undefined;
}

function toCellValue(cell: Cell): CellValue {
  switch (cell.kind) {
    case "empty":
      return null;
    case "number":
    case "date":
      return cell.value;
    case "text":
      return cell.value;
    case "boolean":
      return cell.value;
    case "error":
      return { error: cell.value };
  }
}
