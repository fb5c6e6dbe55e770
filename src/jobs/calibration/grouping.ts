import type { RowResult } from "../../core/assess/assess";
import { BLANK_GROUP, type GroupedRow } from "../../core/calibration/calibrate";
import { joinList, localized } from "../../core/i18n/messages";
import { normaliseText } from "../../core/util/text";
import { err, ok, type Result } from "../../core/util/result";
import { cellAt, type Grid, type WorkbookSnapshot } from "../../workbook/port";
import { dataSheets } from "../assessment/score-data";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Say } from "../shared/say";
import { TEMPLATE_SHEET } from "../shared/template-sheet";
import { workbookTemplate } from "../shared/workbook-template";
import {
  findHeaderRow,
  IDENTITY,
  IDENTITY_HEADERS,
  indicatorColumns,
  indicatorHeader,
  textOf,
  type IdentityColumn,
} from "../assessment/score-sheet-columns";
import { issueAt, type Issue } from "../shared/issue";

/** calibration.md §1: the column that groups rows when none is asked for. */
export const DEFAULT_BY = "机构";

/** Identity columns nobody groups by: each row has its own. */
const NOT_GROUPING: readonly IdentityColumn[] = ["id", "name"];

const keyOf = (label: string) => normaliseText(label).toLowerCase();

/** The identity column a label names (机构, 机构名称, Branch… are all 机构), if any. */
const identityOf = (label: string): IdentityColumn | undefined =>
  IDENTITY.find((column) => IDENTITY_HEADERS[column].aliases.includes(keyOf(label)));

/** The header row's labels with their columns (0-based). */
function headerLabels(grid: Grid): { label: string; column: number }[] {
  const headerRow = findHeaderRow(grid);
  if (headerRow < 0) return [];
  const labels: { label: string; column: number }[] = [];
  (grid.rows[headerRow] ?? []).forEach((cell, column) => {
    const label = textOf(cell);
    if (label) labels.push({ label, column });
  });
  return labels;
}

/**
 * The column of the score data that `by` names: the header as typed (after folding width, case and white
 * space), or, for an identity column, any of its names (机构 finds 机构名称). -1 when there is none.
 */
export function groupingColumn(grid: Grid, by: string): number {
  const labels = headerLabels(grid);
  const exact = labels.find(({ label }) => keyOf(label) === keyOf(by));
  if (exact) return exact.column;
  const identity = identityOf(by);
  const alias = identity ? labels.find(({ label }) => identityOf(label) === identity) : undefined;
  return alias ? alias.column : -1;
}

/**
 * The sheets `groupingColumns` needs of a workbook so listed: the template and the first score data sheet
 * there is (not the log, nor the other data sheets).
 */
export function groupingSheets(listed: Pick<WorkbookSnapshot, "sheets" | "registry">): string[] {
  const present = new Set(listed.sheets.map((sheet) => sheet.name));
  const data = dataSheets(listed).find((name) => present.has(name));
  return [TEMPLATE_SHEET, ...(data ? [data] : [])];
}

/**
 * The score data's header texts that can group rows, for the pane's picker: 机构 and 部门 first, then the
 * other columns in sheet order; 工号 and 姓名 (one row each) and the template's indicators (values, not
 * groups) left out.
 */
export function groupingColumns(snapshot: WorkbookSnapshot): string[] {
  const sheet = dataSheets(snapshot).find((name) => snapshot.grids.has(name));
  const grid = sheet ? snapshot.grids.get(sheet) : undefined;
  if (!grid) return [];
  const loaded = workbookTemplate(snapshot, "");
  return groupableLabels(grid, loaded.ok ? loaded.value : null);
}

/** The header labels a row can be grouped by, 机构 and 部门 first (see `groupingColumns`). */
function groupableLabels(grid: Grid, loaded: LoadedTemplate | null): string[] {
  const indicators = loaded ? indicatorColumns(loaded.template) : [];
  const isIndicator = (label: string) =>
    indicators.some((i) =>
      [i.id, i.name, i.nameEn, indicatorHeader(i)]
        .filter((name): name is string => Boolean(name))
        .some((name) => keyOf(name) === keyOf(label))
    );
  const labels = headerLabels(grid)
    .map(({ label }) => label)
    .filter((label) => !isIndicator(label));
  const first = (["branch", "department"] as const).flatMap((column) =>
    labels.filter((label) => identityOf(label) === column).slice(0, 1)
  );
  const rest = labels.filter((label) => {
    const identity = identityOf(label);
    return !first.includes(label) && !(identity && NOT_GROUPING.includes(identity));
  });
  return [...new Set([...first, ...rest])];
}

/**
 * A group's name as the reader's language shows it: the rows without a grouping value are under （空）
 * (BLANK_GROUP, the key every job groups by), "(blank)" in English.
 */
export const groupName = (say: Say, group: string) =>
  group === BLANK_GROUP ? say("sheet.calibration.blankGroup") : group;

/** A cell's text as a group: numbers as Excel shows them, blank as （空）. */
const groupText = (grid: Grid, row: number, column: number): string => {
  const text = textOf(cellAt(grid, row, column));
  return text === undefined || text.trim() === "" ? BLANK_GROUP : text.trim();
};

/**
 * Each ranked row with its group: its own cell in the `by` column of the score data it was read from (its
 * `source.row`). A column the sheet does not have is an error naming the sheet and listing its columns.
 */
export function groupedRows(
  ranked: readonly RowResult[],
  grid: Grid,
  by: string,
  loaded: LoadedTemplate | null = null
): Result<GroupedRow[], Issue[]> {
  const column = groupingColumn(grid, by);
  if (column < 0) {
    const columns = groupableLabels(grid, loaded);
    return err([
      issueAt("error", "calibrate.unknownColumn", {
        column: by,
        sheet: grid.name,
        columns: localized(joinList(columns, "zh-CN"), joinList(columns, "en-US")),
      }),
    ]);
  }
  return ok(
    ranked.map((row) => ({
      row,
      group: row.source ? groupText(grid, row.source.row - 1, column) : BLANK_GROUP,
    }))
  );
}
