import type { CellValue, ScoreRecord } from "../../core/assess/score-record";
import {
  formatMessage,
  localized,
  type MessageKey,
  type MessageParams,
} from "../../core/i18n/messages";
import { percentAdvice, type PercentAdvice } from "../../core/scoring/percent-advice";
import type { LoadedTemplate } from "../../core/template/parse-template";
import type { Indicator, Post } from "../../core/template/schema";
import { normaliseText } from "../../core/util/text";
import { a1, cellAt, columnLetters, type Cell, type Grid } from "../../workbook/port";
import { issueAt, type Issue } from "../shared/issue";
import { textOf, type IdentityColumn, type ScoreColumns } from "./score-sheet-columns";

/** A filled score sheet's rows under its header, read into score records with their issues. */

const PERCENT_TEXT = /^([-+]?\d+(?:\.\d+)?)\s*%$/;

/** What reading the rows needs, and where it puts its issues and the cells they already report. */
export type RowReading = {
  grid: Grid;
  columns: ScoreColumns;
  indicators: readonly Indicator[];
  /** The template's full marks: a direct score's 95% is 95 of 100. */
  fullScore: number;
  postByText: (text: string) => Post | undefined;
  postIndicators: Map<Post, Map<string, Indicator>>;
  issues: Issue[];
  reportedCells: Set<string>;
  /** The column letters a row's messages point at, by the row's post (null: none found), made once. */
  lettersByPost: Map<Post | null, Record<string, string>>;
};

/**
 * Each row's post, found by name or id as the user typed it (the first post in template order that matches,
 * as a search down the list would), and its own indicators: looked up once, not per row.
 */
export function postLookup(
  t: LoadedTemplate["template"]
): Pick<RowReading, "postByText" | "postIndicators"> {
  const posts = new Map<string, Post>();
  for (const post of [...t.posts].reverse()) {
    posts.set(normaliseText(post.id), post);
    posts.set(normaliseText(post.name), post);
  }
  const postByText = (text: string) => posts.get(normaliseText(text));
  const postIndicators = new Map(
    t.posts.map((post) => [post, new Map(post.indicators.map((i) => [i.id, i]))])
  );
  return { postByText, postIndicators };
}

/** Every filled row under the header as a record; runs of empty rows between them are warned of. */
export function readRows(reading: RowReading, headerRow: number): ScoreRecord[] {
  const { grid, columns, issues } = reading;
  const records: ScoreRecord[] = [];
  // The run of empty rows since the last filled one: its first row (0-based) and length.
  let emptyFrom = -1;
  let emptyCount = 0;
  const usedColumns = [...columns.identityAt.values(), ...columns.indicatorAt.values()];
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    if (usedColumns.every((c) => (row[c] ?? { kind: "empty" }).kind === "empty")) {
      if (emptyCount++ === 0) emptyFrom = r;
      continue;
    }
    // An empty row between filled ones is reported; trailing empty rows (the unused input rows) are not.
    if (emptyCount > 0) issues.push(emptyRowsIssue(grid.name, emptyFrom, emptyCount));
    emptyCount = 0;
    records.push(readRow(reading, r));
  }
  return records;
}

/** A run of empty rows is one warning: a row filled 150,000 rows down is one line, not 150,000. */
function emptyRowsIssue(sheet: string, from: number, count: number): Issue {
  if (count === 1)
    return issueAt("warning", "sheet.emptyRow", { row: from + 1 }, sheet, a1(from, 0), from + 1);
  const [first, last] = [from, from + count - 1];
  return issueAt(
    "warning",
    "sheet.emptyRows",
    { from: first + 1, to: last + 1, count },
    sheet,
    a1(first, 0),
    first + 1
  );
}

/** One filled row as a record: its identity, its values, and the cells scoring and messages point at. */
function readRow(reading: RowReading, r: number): ScoreRecord {
  const { grid, columns } = reading;
  const { identityAt, indicatorAt } = columns;
  const identity = (column: IdentityColumn) => {
    const c = identityAt.get(column);
    return c === undefined ? undefined : textOf(cellAt(grid, r, c));
  };
  const values: Record<string, CellValue> = {};
  const post = identity("post") ?? "";
  const postOf = reading.postByText(post);
  const own = postOf ? reading.postIndicators.get(postOf) : undefined;
  const recordId = identity("id");
  for (const indicator of reading.indicators) {
    const c = indicatorAt.get(indicator.id);
    if (c === undefined) continue;
    const cell = cellAt(grid, r, c);
    if (cell.kind === "empty") continue;
    values[indicator.id] = toCellValue(cell);
    checkValue(reading, {
      r,
      c,
      cell,
      indicator,
      inPost: own?.get(indicator.id),
      post: postOf,
      recordId,
    });
  }
  return {
    id: recordId ?? "",
    name: identity("name"),
    branch: identity("branch"),
    department: identity("department"),
    post,
    values,
    source: { sheet: grid.name, row: r + 1, columns: lettersOf(reading, postOf) },
  };
}

/**
 * The column letters of the cells a row's messages point at: 工号, 岗位, and its post's indicators (every
 * indicator when its post is not found). Large sheets keep only these; the same for every row of a post.
 */
function lettersOf(reading: RowReading, post: Post | undefined): Record<string, string> {
  const byPost = reading.lettersByPost;
  const known = byPost.get(post ?? null);
  if (known) return known;
  const { identityAt, indicatorAt } = reading.columns;
  const own = post ? reading.postIndicators.get(post) : undefined;
  const letters: Record<string, string> = {
    id: columnLetters(identityAt.get("id") as number),
    post: columnLetters(identityAt.get("post") as number),
  };
  for (const indicator of reading.indicators) {
    const c = indicatorAt.get(indicator.id);
    if (c !== undefined && (!post || own?.get(indicator.id)))
      letters[indicator.id] = columnLetters(c);
  }
  byPost.set(post ?? null, letters);
  return letters;
}

/** A filled indicator cell of a row, with the row's post (if found) and that post's own indicator. */
type FilledValue = {
  r: number;
  c: number;
  cell: Cell;
  indicator: Indicator;
  inPost: Indicator | undefined;
  post: Post | undefined;
  recordId: string | undefined;
};

/** A value outside the row's post is warned of; so is a percentage typed as text (an error) or as 12 for 12%. */
function checkValue(reading: RowReading, filled: FilledValue): void {
  const { r, cell, indicator, inPost, post, recordId } = filled;
  const unit = (inPost ?? indicator).unit;
  const percent = cell.kind === "text" ? normaliseText(cell.value).match(PERCENT_TEXT) : null;
  const scale =
    cell.kind === "number" &&
    unit === "%" &&
    Math.abs(cell.value) > 1 &&
    Math.abs(cell.value) <= 100;
  // Nearly every cell is fine: its address and the indicator's name are made only for a message.
  const outside = post && !inPost;
  if (!outside && !percent && !scale) return;
  const { issues } = reading;
  const sheet = reading.grid.name;
  const address = a1(r, filled.c);
  const name = localized(indicator.name, indicator.nameEn);
  if (outside) {
    issues.push(
      issueAt(
        "warning",
        "row.notInPost",
        { indicator: name, post: localized(post.name, post.nameEn) },
        sheet,
        address,
        r + 1
      )
    );
  }
  if (percent && cell.kind === "text") {
    // What 95% means depends on the row's own indicator: 0.95 for a ratio in %, 95 for a 0–100 score.
    const advice = percentAdvice(inPost ?? indicator, reading.fullScore, Number(percent[1]));
    issues.push({
      ...issueAt(
        "error",
        PERCENT_ADVICE_KEY[advice.kind],
        { indicator: name, value: cell.value, ...adviceParams(advice) },
        sheet,
        address,
        r + 1
      ),
      recordId,
    });
    reading.reportedCells.add(`${sheet}!${address}`);
  } else if (scale && cell.kind === "number") {
    issues.push({
      ...issueAt(
        "warning",
        "row.percentScale",
        { indicator: name, value: cell.value, suggest: cell.value / 100 },
        sheet,
        address,
        r + 1
      ),
      recordId,
    });
  }
}

/** A percentage typed as text, by what the indicator means by it (every key in the pane's 百分比 group). */
export const PERCENT_ADVICE_KEY = {
  fraction: "row.percentText",
  score: "row.percentTextScore",
  points: "row.percentTextPoints",
  unit: "row.percentTextUnit",
  either: "row.percentTextEither",
} as const satisfies Record<PercentAdvice["kind"], MessageKey>;

function adviceParams(advice: PercentAdvice): MessageParams {
  switch (advice.kind) {
    case "fraction":
    case "points":
      return { suggest: advice.suggest };
    case "score":
      return { suggest: advice.suggest, full: advice.full };
    case "unit": {
      // The unit as the template editor names it (天 / days), in either language.
      const unit = `unit.${advice.unit}` as const;
      return { unit: localized(formatMessage("zh-CN", unit), formatMessage("en-US", unit)) };
    }
    case "either":
      return { fraction: advice.fraction, points: advice.points };
  }
}

/**
 * The indicators (bonus ones aside) of the posts the rows use whose column is missing: an error each, once
 * per indicator.
 */
export function missingColumnIssues(
  reading: RowReading,
  t: LoadedTemplate["template"],
  records: readonly ScoreRecord[],
  headerRow: number
): Set<string> {
  const missingColumns = new Set<string>();
  const postsInUse = new Set(records.map((record) => normaliseText(record.post)));
  for (const post of t.posts) {
    if (!postsInUse.has(normaliseText(post.name)) && !postsInUse.has(normaliseText(post.id)))
      continue;
    for (const indicator of post.indicators) {
      if (
        reading.columns.indicatorAt.has(indicator.id) ||
        missingColumns.has(indicator.id) ||
        indicator.bonus
      )
        continue;
      missingColumns.add(indicator.id);
      reading.issues.push(
        issueAt(
          "error",
          "sheet.missingColumn",
          {
            indicator: localized(indicator.name, indicator.nameEn),
            post: localized(post.name, post.nameEn),
          },
          reading.grid.name,
          a1(headerRow, 0)
        )
      );
    }
  }
  return missingColumns;
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
