import type { AssessReport, RowResult } from "../../core/assess/assess";
import { describeIssue } from "../../core/assess/issue-text";
import { joinSentences, type Locale } from "../../core/i18n/messages";
import type { GradeBand } from "../../core/template/schema";
import { BLANK, columnLetters, type OutCell } from "../../workbook/port";
import type { Issue } from "../shared/issue";
import { wrappedHeight } from "../shared/print-layout";
import type { Say } from "../shared/say";
import { eachWho, RANKING_COLUMN } from "./ranking-columns";
import { wrappedRowHeight } from "../shared/table-rows";

const SCORE_FORMAT = "0.00";

/**
 * The summary under the ranked table: count, mean, median, highest and lowest; the people of each grade
 * against its largest share; and whether the grades keep to their shares (its label, then the verdict on a
 * row of its own, the last, for the caller to merge across the table and wrap).
 */
export function summaryRows(
  report: AssessReport,
  grades: readonly GradeBand[],
  issues: readonly Issue[],
  { say, locale }: { say: Say; locale: Locale }
): OutCell[][] {
  const s = report.summary;
  const violations = issues.filter((issue) => issue.key === "dist.violation");
  return [
    [{ value: say("sheet.summary"), bold: true }],
    [{ value: say("sheet.count") }, { value: s.count }],
    [{ value: say("sheet.mean") }, { value: s.mean, format: SCORE_FORMAT }],
    [{ value: say("sheet.median") }, { value: s.median, format: SCORE_FORMAT }],
    [{ value: say("sheet.max") }, { value: s.max, format: SCORE_FORMAT }],
    [{ value: say("sheet.min") }, { value: s.min, format: SCORE_FORMAT }],
    [
      { value: say("sheet.col.grade"), bold: true },
      { value: say("sheet.people"), bold: true },
      { value: say("sheet.share"), bold: true },
      { value: say("sheet.maxShare"), bold: true },
    ],
    ...grades.map((band): OutCell[] => {
      const count = report.gradeCounts.find((g) => g.label === band.label)?.count ?? 0;
      return [
        { value: band.label },
        { value: count },
        { value: s.count ? count / s.count : 0, format: "0.00%" },
        { value: band.maxShare ?? null, format: "0.00%" },
      ];
    }),
    [{ value: say("sheet.distCheck"), bold: true }],
    [
      {
        value: violations.length
          ? joinSentences(
              violations.map((v) => describeIssue(v, locale)),
              locale
            )
          : say("sheet.distOk"),
        wrap: true,
      },
    ],
  ];
}

/**
 * The rows that could not be ranked, each with why, added below the summary (after a blank row), in the
 * ranking's own columns: the tab's header, repeated on every printed page, stands over them too. 名次 is
 * blank (they have none); 机构 … 岗位 are theirs; the reason (which names the cell it is about) spans from
 * 综合得分 to `lastColumn` on a tab one page wide, and is 否决原因's alone on a tab printed pages across (a
 * cell merged across a page's edge would print cut), on as many lines as it needs.
 */
export function addUnrankedRows(
  sheet: { rows: OutCell[][]; merges: string[]; rowHeights: Record<number, number> },
  report: AssessReport,
  issues: readonly Issue[],
  place: {
    say: Say;
    locale: Locale;
    /** The last column the reason may span; the reason sits in 否决原因 alone when it is before it. */
    lastColumn: number;
    /** The ranking's column widths (characters). */
    widths: readonly number[];
    /** Why a row was not ranked, when not from the issues (the annual tab's). */
    unrankedReason?: (row: RowResult) => string;
  }
) {
  const { rows, merges, rowHeights } = sheet;
  const { say, locale } = place;
  if (report.unranked.length === 0) return;
  const merged = place.lastColumn >= RANKING_COLUMN.veto;
  const reasonAt = merged ? RANKING_COLUMN.composite : RANKING_COLUMN.veto;
  const reasonWidth = place.widths
    .slice(reasonAt, merged ? place.lastColumn + 1 : reasonAt + 1)
    .reduce((sum, width) => sum + width, 0);
  const span = (row: number) =>
    `${columnLetters(reasonAt)}${row}:${columnLetters(place.lastColumn)}${row}`;
  rows.push([]);
  rows.push([{ value: say("sheet.unranked", { count: report.unranked.length }), bold: true }]);
  const header: OutCell[] = [];
  const who = [
    "sheet.col.branch",
    "sheet.col.department",
    "sheet.col.id",
    "sheet.col.name",
    "sheet.col.post",
  ] as const;
  who.forEach((key, k) => (header[RANKING_COLUMN.branch + k] = { value: say(key), bold: true }));
  header[reasonAt] = { value: say("sheet.col.reason"), bold: true };
  rows.push(filled(header));
  const errors = place.unrankedReason ? null : errorsByRow(issues);
  for (const row of report.unranked) {
    const reasons =
      place.unrankedReason?.(row) ??
      joinSentences(
        (errors?.get(row.source?.row)?.get(row.id) ?? []).map((issue) =>
          describeIssue(issue, locale)
        ),
        locale
      );
    // Every cell wraps, so a row's values line up with its reason's lines (one look for all the rows).
    const cells: OutCell[] = [];
    eachWho(row, (value, c) => (cells[c] = { value: value ?? null, wrap: true }));
    // As tall as the reason's lines, or a who value's longer than its column.
    const height = Math.max(
      wrappedHeight(reasons, reasonWidth - 2),
      wrappedRowHeight(cells, place.widths, 11)
    );
    cells[reasonAt] = { value: reasons, wrap: true };
    rows.push(filled(cells));
    if (merged) merges.push(span(rows.length));
    if (height > 16) rowHeights[rows.length - 1] = height;
  }
}

/** A row with its holes made blank cells (the writers take a row as dense). */
const filled = (cells: OutCell[]): OutCell[] => Array.from(cells, (cell) => cell ?? BLANK);

/**
 * Each row's errors by its row number and id: what `reasonsFor` finds for one row, found once for all of
 * them (a filter of every issue for each unranked row made a sheet of 200,000 wrong rows take minutes).
 */
function errorsByRow(issues: readonly Issue[]): Map<number | undefined, Map<string, Issue[]>> {
  const byRow = new Map<number | undefined, Map<string, Issue[]>>();
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.recordId === undefined) continue;
    let byId = byRow.get(issue.row);
    if (!byId) byRow.set(issue.row, (byId = new Map()));
    const list = byId.get(issue.recordId);
    if (list) list.push(issue);
    else byId.set(issue.recordId, [issue]);
  }
  return byRow;
}
