import { localized } from "../../core/i18n/messages";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator } from "../../core/template/schema";
import { normaliseText } from "../../core/util/text";
import { a1, type Cell, type Grid } from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";

/** The score sheet's columns: identity columns, then one per indicator; and finding them in a filled sheet. */

export const IDENTITY = ["branch", "department", "id", "name", "post"] as const;
export type IdentityColumn = (typeof IDENTITY)[number];
export const IDENTITY_HEADERS: Record<
  IdentityColumn,
  { zh: string; en: string; aliases: string[] }
> = {
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

/** Where a filled sheet's columns are (0-based), by identity column and by indicator id. */
export type ScoreColumns = {
  identityAt: Map<IdentityColumn, number>;
  indicatorAt: Map<string, number>;
};

/** The header row: the first of the top ten with a 工号 or 岗位 column; -1 if none has. */
export function findHeaderRow(grid: Grid): number {
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

/**
 * Each header cell as an identity column or an indicator (the first column of each wins); an unknown one is
 * a warning, a missing 工号 or 岗位 is fatal.
 */
export function mapColumns(
  grid: Grid,
  headerRow: number,
  indicators: readonly Indicator[]
): (ScoreColumns & { issues: Issue[] }) | { fatal: Issue[] } {
  const sheet = grid.name;
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
  return { identityAt, indicatorAt, issues };
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

export function textOf(cell: Cell): string | undefined {
  if (cell.kind === "text") return cell.value.trim() || undefined;
  if (cell.kind === "number") return String(cell.value);
  return undefined;
}
